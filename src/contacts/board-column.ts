import { sql } from 'kysely';
import type { ActivityKind, Actor } from '../domain/activity.js';
import type { Store } from '../store/store.js';
import type { Contact } from './contact.js';
import { type ContactFilter, whereMatches } from './contact-filter.js';
import { toContact } from './contact-repository.js';

/** The orders a board column can be read in; each has an index (migration 17). */
export const boardSorts = ['recent', 'name', 'created'] as const;
export type BoardSort = (typeof boardSorts)[number];

const sortColumns = {
  recent: { column: 'last_activity_at', direction: 'desc' },
  name: { column: 'sort_name', direction: 'asc' },
  created: { column: 'created_at', direction: 'desc' },
} as const;

/** Why a card counts this month: the first qualifying activity of the current usage month. */
export interface ActiveThisMonth {
  kind: ActivityKind;
  actor: Actor;
  occurredAt: number;
}

export interface BoardCard extends Contact {
  lastActivityAt: number;
  /** Undefined when the contact is not active in the current usage month. */
  activeThisMonth: ActiveThisMonth | undefined;
}

export interface BoardColumnQuery {
  filter: ContactFilter;
  sort: BoardSort;
  /** Opaque, from a previous page's `nextCursor`. */
  cursor?: string;
  limit: number;
}

export interface BoardColumnPage {
  cards: BoardCard[];
  /** Absent on the last page. */
  nextCursor?: string;
}

export class InvalidBoardCursorError extends Error {
  constructor() {
    super('cursor is not one this API returned for this sort');
    this.name = 'InvalidBoardCursorError';
  }
}

/**
 * One page of a board column by keyset: the page after the cursor's (sort value, contact id)
 * in the chosen order. Unlike an offset, a contact inserted or moved meanwhile never shifts
 * the pages, so paging to the end reaches every contact that stayed put exactly once.
 */
export async function listBoardColumn(
  store: Store,
  accountId: string,
  query: BoardColumnQuery,
): Promise<BoardColumnPage> {
  const { column, direction } = sortColumns[query.sort];
  let select = whereMatches(store.db.selectFrom('contacts').selectAll('contacts'), accountId, query.filter)
    .orderBy(`contacts.${column}`, direction)
    .orderBy('contacts.contact_id', direction)
    .limit(query.limit + 1);
  if (query.cursor !== undefined) {
    const [value, contactId] = decodeCursor(query.cursor, query.sort);
    // A row-value comparison, so both engines answer it as one range scan of the sort's index.
    select =
      direction === 'desc'
        ? select.where(
            sql<boolean>`(${sql.ref(`contacts.${column}`)}, contacts.contact_id) < (${value}, ${contactId})`,
          )
        : select.where(
            sql<boolean>`(${sql.ref(`contacts.${column}`)}, contacts.contact_id) > (${value}, ${contactId})`,
          );
  }
  const rows = await select.execute();
  const page = rows.slice(0, query.limit);
  if (page.length === 0) return { cards: [] };
  const ids = page.map((row) => row.contact_id);
  const [properties, active] = await Promise.all([
    store.db
      .selectFrom('contact_properties')
      .select(['contact_id', 'property_key', 'value'])
      .where('account_id', '=', accountId)
      .where('contact_id', 'in', ids)
      .execute(),
    query.filter.monthStart === undefined
      ? Promise.resolve([])
      : store.db
          .selectFrom('active_contacts as a')
          .innerJoin('activity_ledger as l', (join) =>
            join
              .onRef('l.activity_key', '=', 'a.first_activity_key')
              .onRef('l.account_id', '=', 'a.account_id'),
          )
          .select(['a.contact_id', 'l.kind', 'l.actor', 'a.first_occurred_at'])
          .where('a.account_id', '=', accountId)
          .where('a.period_start', '=', query.filter.monthStart)
          .where('a.contact_id', 'in', ids)
          .execute(),
  ]);
  const propertiesOf = new Map<string, Record<string, string>>();
  for (const property of properties) {
    const values = propertiesOf.get(property.contact_id) ?? {};
    values[property.property_key] = property.value;
    propertiesOf.set(property.contact_id, values);
  }
  const activeOf = new Map(
    active.map((row) => [
      row.contact_id,
      {
        kind: row.kind as ActivityKind,
        actor: row.actor as Actor,
        occurredAt: Number(row.first_occurred_at),
      },
    ]),
  );
  const cards = page.map((row) => ({
    ...toContact(row, propertiesOf.get(row.contact_id) ?? {}),
    lastActivityAt: Number(row.last_activity_at),
    activeThisMonth: activeOf.get(row.contact_id),
  }));
  const last = page.at(-1);
  return rows.length > query.limit && last
    ? { cards, nextCursor: encodeCursor(query.sort, row(last, column), last.contact_id) }
    : { cards };
}

function row(last: Record<string, unknown>, column: string): string | number {
  const value = last[column];
  return typeof value === 'string' && column === 'sort_name' ? value : Number(value);
}

function encodeCursor(sort: BoardSort, value: string | number, contactId: string): string {
  return Buffer.from(JSON.stringify([sort, value, contactId]), 'utf8').toString('base64url');
}

function decodeCursor(cursor: string, sort: BoardSort): [string | number, string] {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidBoardCursorError();
  }
  if (!Array.isArray(decoded) || decoded.length !== 3) throw new InvalidBoardCursorError();
  const [cursorSort, value, contactId] = decoded as unknown[];
  const valueFits = sort === 'name' ? typeof value === 'string' : Number.isSafeInteger(value);
  if (cursorSort !== sort || !valueFits || typeof contactId !== 'string' || contactId.length === 0) {
    throw new InvalidBoardCursorError();
  }
  return [value as string | number, contactId];
}
