import { useVirtualizer } from '@tanstack/react-virtual';
import { type DragEvent, type ReactNode, useCallback, useEffect, useRef, useState } from 'react';
import type { ApiClient } from '../api/client.js';
import type { BoardCard, BoardPage } from '../api/types.js';
import { type BoardView, columnPagePath } from '../board-query.js';
import { useLocale } from '../i18n/locale-context.js';
import { errorText } from '../i18n/server-text.js';

/** Cards fetched a page at a time; the list renders only those in view. */
const pageSize = 100;
/** Load the next page when the last rendered card is this close to the end of what is loaded. */
const loadAhead = 20;

interface Props {
  client: ApiClient;
  statusId: string;
  view: BoardView;
  /** Bumped after every change on the board: the column reloads from its first page. */
  version: number;
  header: ReactNode;
  selected: ReadonlySet<string>;
  /** A card to focus once it is loaded here (after a move, the keyboard user's place). */
  focusCard: string | undefined;
  onFocused(): void;
  allMatchingSelected: boolean;
  onToggle(card: BoardCard): void;
  onOpen(card: BoardCard): void;
  onDragStart(card: BoardCard): void;
  onDragEnd(): void;
  dragging: string | undefined;
  dropTarget: boolean;
  onDragOver(event: DragEvent): void;
  onDragLeave(): void;
  onDrop(event: DragEvent): void;
  labelledBy: string;
  name: string;
}

/** The pages of one column loaded so far, and how to load the next. */
function useColumnPages(client: ApiClient, statusId: string, view: BoardView, version: number) {
  const [cards, setCards] = useState<BoardCard[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  // What was thrown, not its text: the hook has no locale, the column words it in the user's language.
  const [error, setError] = useState<unknown>();
  /** The `version` the loaded cards belong to: until it is the current one, they are stale. */
  const [loadedVersion, setLoadedVersion] = useState(-1);
  const loading = useRef(false);
  // A page that answers after the view changed belongs to the old view and is dropped.
  const generation = useRef(0);

  const load = useCallback(
    async (from: string | null, mine: number, forVersion?: number) => {
      loading.current = true;
      try {
        const page = await client.json<BoardPage>(columnPagePath(view, statusId, pageSize, from));
        if (mine !== generation.current) return;
        setCards((current) => (from === null ? page.data : [...current, ...page.data]));
        setCursor(page.nextCursor);
        setDone(page.nextCursor === null);
        if (forVersion !== undefined) setLoadedVersion(forVersion);
        setError(undefined);
      } catch (caught) {
        if (mine === generation.current) setError(caught);
      } finally {
        if (mine === generation.current) loading.current = false;
      }
    },
    [client, statusId, view],
  );

  useEffect(() => {
    const mine = ++generation.current;
    setDone(false);
    void load(null, mine, version);
  }, [load, version]);

  const loadMore = useCallback(() => {
    if (loading.current || done || cursor === null) return;
    void load(cursor, generation.current);
  }, [cursor, done, load]);

  return { cards, done, error, loadMore, fresh: loadedVersion === version };
}

/**
 * One board column: a virtualised list that renders only the cards in view (a 20,000-card
 * column keeps a small DOM) and loads the next page by cursor as it is scrolled.
 */
export function BoardColumn(props: Props) {
  const { t, format } = useLocale();
  const { cards, done, error, loadMore, fresh } = useColumnPages(
    props.client,
    props.statusId,
    props.view,
    props.version,
  );
  const scroller = useRef<HTMLDivElement>(null);
  const rows = cards.length + (done ? 0 : 1);
  const virtualizer = useVirtualizer({
    count: rows,
    getScrollElement: () => scroller.current,
    estimateSize: () => 76,
    overscan: 6,
    getItemKey: (index) => cards[index]?.id ?? 'loading',
  });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items.at(-1)?.index ?? 0;
  useEffect(() => {
    if (lastIndex >= cards.length - loadAhead) loadMore();
  }, [lastIndex, cards.length, loadMore]);

  const section = useRef<HTMLElement>(null);
  const { focusCard, onFocused } = props;
  // Only fresh cards: a moved card's old place may still be on screen until its column reloads.
  const focusIndex =
    focusCard === undefined || !fresh ? -1 : cards.findIndex((card) => card.id === focusCard);
  useEffect(() => {
    if (focusIndex < 0) return;
    virtualizer.scrollToIndex(focusIndex);
    // The card is rendered on the next frame once scrolled into the window.
    requestAnimationFrame(() => {
      const button = section.current?.querySelector<HTMLElement>(
        `[data-contact="${CSS.escape(focusCard ?? '')}"] .card-button`,
      );
      if (button) {
        button.focus();
        onFocused();
      }
    });
  }, [focusIndex, focusCard, onFocused, virtualizer]);

  return (
    <section
      ref={section}
      className={`column${props.dropTarget ? ' drop-target' : ''}`}
      aria-labelledby={props.labelledBy}
      data-column={props.name}
      onDragOver={props.onDragOver}
      onDragLeave={props.onDragLeave}
      onDrop={props.onDrop}
    >
      {props.header}
      {error !== undefined && (
        <p role="alert" className="error small">
          {errorText(t, error)}
        </p>
      )}
      <div className="cards" ref={scroller} data-testid="column-scroller">
        {cards.length === 0 && done && <p className="muted small empty-column">{t.board.noCards}</p>}
        <ul className="cards-inner" style={{ height: virtualizer.getTotalSize() }}>
          {items.map((item) => {
            const card = cards[item.index];
            return (
              <li
                key={item.key}
                data-index={item.index}
                ref={virtualizer.measureElement}
                className="card-slot"
                style={{ transform: `translateY(${item.start}px)` }}
                draggable={card !== undefined}
                onDragStart={(event) => {
                  if (!card) return;
                  event.dataTransfer.effectAllowed = 'move';
                  event.dataTransfer.setData('text/plain', card.id);
                  props.onDragStart(card);
                }}
                onDragEnd={props.onDragEnd}
              >
                {card ? (
                  <Card
                    card={card}
                    selected={props.allMatchingSelected || props.selected.has(card.id)}
                    selectionLocked={props.allMatchingSelected}
                    dragging={props.dragging === card.id}
                    onToggle={() => props.onToggle(card)}
                    onOpen={() => props.onOpen(card)}
                  />
                ) : (
                  <p className="muted small loading-row">{t.app.loading}</p>
                )}
              </li>
            );
          })}
        </ul>
      </div>
      <p className="muted small column-footer">
        {done ? t.board.allLoaded(format.count(cards.length)) : t.board.loaded(format.count(cards.length))}
      </p>
    </section>
  );
}

function Card({
  card,
  selected,
  selectionLocked,
  dragging,
  onToggle,
  onOpen,
}: {
  card: BoardCard;
  selected: boolean;
  selectionLocked: boolean;
  dragging: boolean;
  onToggle(): void;
  onOpen(): void;
}) {
  const { t, format } = useLocale();
  const title = card.name ?? card.email ?? card.phone ?? card.id;
  const active = card.activeThisMonth;
  return (
    <div
      className={`contact-card${dragging ? ' dragging' : ''}${selected ? ' selected' : ''}`}
      data-contact={card.id}
    >
      <input
        type="checkbox"
        className="card-check"
        checked={selected}
        disabled={selectionLocked}
        aria-label={t.board.select(title)}
        onChange={onToggle}
      />
      <button type="button" className="card-button" onClick={onOpen}>
        <strong>{title}</strong>
        {card.email && card.name && <span className="muted small">{card.email}</span>}
        {active && (
          <span className="active-marker small">
            {t.board.activeBecause(t.kinds[active.kind], format.dateTime(active.occurredAt))}
          </span>
        )}
      </button>
    </div>
  );
}
