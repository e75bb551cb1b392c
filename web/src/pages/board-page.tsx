import { type DragEvent, type FormEvent, useEffect, useId, useState } from 'react';
import type { ApiClient } from '../api/client.js';
import type { BoardCard, Status, Usage } from '../api/types.js';
import { type BoardSelection, type BoardView, initialView } from '../board-query.js';
import { BoardColumn } from '../components/board-column.js';
import { type BulkActionType, BulkDialog } from '../components/bulk-dialog.js';
import { ColumnDialog } from '../components/column-dialog.js';
import { ColumnSelect } from '../components/column-select.js';
import { ContactDrawer } from '../components/contact-drawer.js';
import { Dialog } from '../components/dialog.js';
import { UsageMeter } from '../components/usage-meter.js';
import { useLocale } from '../i18n/locale-context.js';
import { columnNameText, errorText } from '../i18n/server-text.js';
import { useLoad } from '../use-load.js';

interface PropertyDefinition {
  key: string;
  label: string;
}

/** How long typing pauses before the search runs (each keystroke would otherwise be a query). */
const searchDelayMs = 250;

/**
 * The contacts board: a column per status, each a virtualised list paged by cursor; one
 * search, order and filter for all columns; cards ticked (or a whole column's matches)
 * moved, noted or messaged in bulk after an impact preview; dragging a card changes its status.
 */
export function BoardPage({ client }: { client: ApiClient }) {
  const { t, format } = useLocale();
  const columnsLoad = useLoad(() => client.json<{ data: Status[] }>('/v1/statuses'), [client]);
  const definitions = useLoad(
    () => client.json<{ data: PropertyDefinition[] }>('/v1/property-definitions'),
    [client],
  );
  const usage = useLoad(() => client.json<Usage>('/v1/usage'), [client]);
  const [view, setView] = useState<BoardView>(initialView);
  const [search, setSearch] = useState('');
  const [version, setVersion] = useState(0);
  const [dragged, setDragged] = useState<BoardCard>();
  const [dropTarget, setDropTarget] = useState<string>();
  const [openContact, setOpenContact] = useState<string>();
  const [columnAction, setColumnAction] = useState<{ column: Status; mode: 'rename' | 'delete' }>();
  const [creating, setCreating] = useState(false);
  const [error, setError] = useState<string>();
  const [announcement, setAnnouncement] = useState('');
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [allMatching, setAllMatching] = useState<string>();
  const [bulkAction, setBulkAction] = useState<BulkActionType>();
  /** The card to give focus back to once the board has reloaded (a moved card, keyboard users). */
  const [focusCard, setFocusCard] = useState<string>();
  const ids = useId();

  useEffect(() => {
    const timer = setTimeout(
      () => setView((current) => (current.q === search ? current : { ...current, q: search })),
      searchDelayMs,
    );
    return () => clearTimeout(timer);
  }, [search]);

  // A new view is a new set of cards: what was ticked in the old one is no longer in sight.
  // biome-ignore lint/correctness/useExhaustiveDependencies: clear exactly when the view changes
  useEffect(() => {
    setSelected(new Set());
    setAllMatching(undefined);
  }, [view]);

  const refresh = async () => {
    setVersion((current) => current + 1);
    await Promise.all([columnsLoad.reload(), usage.reload()]);
  };

  const move = async (contact: BoardCard, statusId: string) => {
    if (contact.statusId === statusId) return;
    const target = columnsLoad.data?.data.find((column) => column.id === statusId);
    setError(undefined);
    try {
      await client.json(`/v1/contacts/${encodeURIComponent(contact.id)}`, {
        method: 'PATCH',
        body: { statusId },
      });
      setAnnouncement(t.board.moved(contact.name ?? contact.id, target?.name ?? t.board.anotherColumn));
      setFocusCard(contact.id);
    } catch (caught) {
      setError(errorText(t, caught));
    }
    await refresh();
  };

  const onDrop = (event: DragEvent, statusId: string) => {
    event.preventDefault();
    setDropTarget(undefined);
    const contact = dragged;
    setDragged(undefined);
    if (contact) void move(contact, statusId);
  };

  const toggle = (card: BoardCard) => {
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(card.id)) next.delete(card.id);
      else next.add(card.id);
      return next;
    });
  };

  const selection: BoardSelection | undefined = allMatching
    ? { kind: 'filter', statusId: allMatching, view }
    : selected.size > 0
      ? { kind: 'ids', ids: selected }
      : undefined;
  const clearSelection = () => {
    setSelected(new Set());
    setAllMatching(undefined);
  };

  const columns = columnsLoad.data?.data ?? [];
  const allMatchingColumn = columns.find((column) => column.id === allMatching);
  return (
    <div className={`page page-wide${selection ? ' with-bulk-bar' : ''}`}>
      <div className="page-heading">
        <h1>{t.board.heading}</h1>
        <div className="toolbar">
          <button type="button" className="primary" onClick={() => setCreating(true)}>
            {t.board.newContact}
          </button>
          <AddColumn client={client} onAdded={() => void refresh()} />
        </div>
      </div>
      {usage.data && <UsageMeter {...usage.data} compact />}
      <search className="board-controls" aria-label={t.board.controls}>
        <div className="field">
          <label htmlFor={`${ids}-q`}>{t.board.search}</label>
          <input
            id={`${ids}-q`}
            type="search"
            value={search}
            placeholder={t.board.searchPlaceholder}
            onChange={(event) => setSearch(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${ids}-sort`}>{t.board.sort}</label>
          <select
            id={`${ids}-sort`}
            value={view.sort}
            onChange={(event) => setView({ ...view, sort: event.target.value as BoardView['sort'] })}
          >
            <option value="recent">{t.board.sortRecent}</option>
            <option value="name">{t.board.sortName}</option>
            <option value="created">{t.board.sortCreated}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${ids}-active`}>{t.board.activeFilter}</label>
          <select
            id={`${ids}-active`}
            value={view.active}
            onChange={(event) => setView({ ...view, active: event.target.value as BoardView['active'] })}
          >
            <option value="all">{t.board.activeAll}</option>
            <option value="true">{t.board.activeYes}</option>
            <option value="false">{t.board.activeNo}</option>
          </select>
        </div>
        {(definitions.data?.data.length ?? 0) > 0 && (
          <>
            <div className="field">
              <label htmlFor={`${ids}-property`}>{t.board.property}</label>
              <select
                id={`${ids}-property`}
                value={view.propertyKey}
                onChange={(event) => setView({ ...view, propertyKey: event.target.value })}
              >
                <option value="">{t.board.anyProperty}</option>
                {definitions.data?.data.map((definition) => (
                  <option key={definition.key} value={definition.key}>
                    {definition.label}
                  </option>
                ))}
              </select>
            </div>
            {view.propertyKey !== '' && (
              <div className="field">
                <label htmlFor={`${ids}-value`}>{t.board.propertyValue}</label>
                <input
                  id={`${ids}-value`}
                  defaultValue={view.propertyValue}
                  onBlur={(event) => setView({ ...view, propertyValue: event.target.value })}
                  onKeyDown={(event) => {
                    if (event.key === 'Enter') setView({ ...view, propertyValue: event.currentTarget.value });
                  }}
                />
              </div>
            )}
          </>
        )}
      </search>
      {(error ?? columnsLoad.error?.message) && (
        <p role="alert" className="error">
          {error ?? columnsLoad.error?.message}
        </p>
      )}
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      <p className="muted small">{t.board.hint}</p>
      <div className="board">
        {columns.map((column) => (
          <BoardColumn
            key={column.id}
            client={client}
            statusId={column.id}
            name={column.name}
            view={view}
            version={version}
            labelledBy={`column-${column.id}`}
            selected={selected}
            focusCard={focusCard}
            onFocused={() => setFocusCard(undefined)}
            allMatchingSelected={allMatching === column.id}
            dragging={dragged?.id}
            dropTarget={dropTarget === column.id}
            onToggle={(card) => {
              setAllMatching(undefined);
              toggle(card);
            }}
            onOpen={(card) => setOpenContact(card.id)}
            onDragStart={setDragged}
            onDragEnd={() => {
              setDragged(undefined);
              setDropTarget(undefined);
            }}
            onDragOver={(event) => {
              if (!dragged) return;
              event.preventDefault();
              event.dataTransfer.dropEffect = 'move';
              setDropTarget(column.id);
            }}
            onDragLeave={() => setDropTarget((current) => (current === column.id ? undefined : current))}
            onDrop={(event) => onDrop(event, column.id)}
            header={
              <header className="column-header">
                <h2 id={`column-${column.id}`}>
                  {columnNameText(t, column.name)}{' '}
                  <span className="count">{format.count(column.contacts)}</span>
                </h2>
                <div className="column-actions">
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={t.board.selectAllMatching(columnNameText(t, column.name))}
                    title={t.board.selectAll}
                    aria-pressed={allMatching === column.id}
                    onClick={() => {
                      setSelected(new Set());
                      setAllMatching((current) => (current === column.id ? undefined : column.id));
                    }}
                  >
                    ☑
                  </button>
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={t.board.renameColumn(columnNameText(t, column.name))}
                    title={t.board.rename}
                    onClick={() => setColumnAction({ column, mode: 'rename' })}
                  >
                    ✎
                  </button>
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={t.board.deleteColumn(columnNameText(t, column.name))}
                    title={t.board.delete}
                    onClick={() => setColumnAction({ column, mode: 'delete' })}
                  >
                    ✕
                  </button>
                </div>
              </header>
            }
          />
        ))}
      </div>
      {selection && (
        <section className="bulk-bar" aria-label={t.bulk.bar}>
          <p>
            <strong>
              {allMatchingColumn
                ? t.bulk.allMatching(allMatchingColumn.name)
                : t.bulk.selected(format.count(selected.size))}
            </strong>
          </p>
          <div className="toolbar">
            <button type="button" className="primary" onClick={() => setBulkAction('move')}>
              {t.bulk.move}
            </button>
            <button type="button" onClick={() => setBulkAction('note')}>
              {t.bulk.addNote}
            </button>
            <button type="button" onClick={() => setBulkAction('message')}>
              {t.bulk.sendMessage}
            </button>
            <button type="button" onClick={clearSelection}>
              {t.bulk.clear}
            </button>
          </div>
        </section>
      )}
      {bulkAction && selection && (
        <BulkDialog
          client={client}
          action={bulkAction}
          selection={selection}
          columns={columns}
          onClose={() => setBulkAction(undefined)}
          onDone={(outcome) => {
            setBulkAction(undefined);
            clearSelection();
            setAnnouncement(t.bulk.done[bulkAction](format.count(outcome.impact.contactsTouched)));
            void refresh();
          }}
        />
      )}
      {openContact && (
        <ContactDrawer
          client={client}
          contactId={openContact}
          columns={columns}
          onClose={() => {
            // The card may have moved to another column meanwhile: focus it where it is now.
            setFocusCard(openContact);
            setOpenContact(undefined);
            void refresh();
          }}
          onChanged={() => void usage.reload()}
        />
      )}
      {columnAction && (
        <ColumnDialog
          client={client}
          column={columnAction.column}
          columns={columns}
          mode={columnAction.mode}
          onClose={() => setColumnAction(undefined)}
          onDone={() => {
            setColumnAction(undefined);
            setAnnouncement(columnAction.mode === 'rename' ? t.board.columnRenamed : t.board.columnDeleted);
            void refresh();
          }}
        />
      )}
      {creating && (
        <NewContact
          client={client}
          columns={columns}
          onClose={() => setCreating(false)}
          onCreated={() => {
            setCreating(false);
            setAnnouncement(t.board.contactCreated);
            void refresh();
          }}
        />
      )}
    </div>
  );
}

function AddColumn({ client, onAdded }: { client: ApiClient; onAdded(): void }) {
  const id = useId();
  const { t } = useLocale();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [error, setError] = useState<string>();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await client.json('/v1/statuses', { method: 'POST', body: { name: name.trim() } });
      setOpen(false);
      setName('');
      onAdded();
    } catch (caught) {
      setError(errorText(t, caught));
    }
  };
  if (!open) {
    return (
      <button type="button" onClick={() => setOpen(true)}>
        {t.board.addColumn}
      </button>
    );
  }
  return (
    <Dialog title={t.board.addColumnTitle} onClose={() => setOpen(false)}>
      <form className="stack" onSubmit={(event) => void submit(event)}>
        <label htmlFor={id}>{t.board.columnName}</label>
        <input
          id={id}
          value={name}
          maxLength={100}
          required
          onChange={(event) => setName(event.target.value)}
        />
        <p className="muted small">{t.board.newColumnTouchesNone}</p>
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={() => setOpen(false)}>
            {t.dialog.cancel}
          </button>
          <button type="submit" className="primary">
            {t.board.addColumn}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

function NewContact({
  client,
  columns,
  onClose,
  onCreated,
}: {
  client: ApiClient;
  columns: readonly Status[];
  onClose(): void;
  onCreated(): void;
}) {
  const id = useId();
  const { t } = useLocale();
  const [fields, setFields] = useState({ name: '', email: '', phone: '', statusId: columns[0]?.id ?? '' });
  const [error, setError] = useState<string>();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const text = (value: string) => (value.trim() === '' ? undefined : value.trim());
    if (!text(fields.name) && !text(fields.email) && !text(fields.phone)) {
      setError(t.board.needsIdentity);
      return;
    }
    try {
      await client.json('/v1/contacts', {
        method: 'POST',
        body: {
          ...(text(fields.name) ? { name: text(fields.name) } : {}),
          ...(text(fields.email) ? { email: text(fields.email) } : {}),
          ...(text(fields.phone) ? { phone: text(fields.phone) } : {}),
          ...(fields.statusId ? { statusId: fields.statusId } : {}),
        },
      });
      onCreated();
    } catch (caught) {
      setError(errorText(t, caught));
    }
  };
  const field = (key: 'name' | 'email' | 'phone', label: string, type: string) => (
    <div className="field">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <input
        id={`${id}-${key}`}
        type={type}
        value={fields[key]}
        onChange={(event) => setFields({ ...fields, [key]: event.target.value })}
      />
    </div>
  );
  return (
    <Dialog title={t.board.newContact} onClose={onClose}>
      <form className="stack" onSubmit={(event) => void submit(event)}>
        {field('name', t.board.name, 'text')}
        {field('email', t.board.email, 'email')}
        {field('phone', t.board.phone, 'tel')}
        <ColumnSelect
          id={`${id}-status`}
          label={t.board.column}
          value={fields.statusId}
          columns={columns}
          onChange={(statusId) => setFields({ ...fields, statusId })}
        />
        <p className="muted small">{t.board.createMakesActive}</p>
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            {t.dialog.cancel}
          </button>
          <button type="submit" className="primary">
            {t.board.createContact}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
