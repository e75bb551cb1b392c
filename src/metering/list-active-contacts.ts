import { findUsageCalendar } from '../accounts/account-repository.js';
import type { ActivityKind, Actor } from '../domain/activity.js';
import { formatInstant, type UsageMonth } from '../domain/usage-month.js';
import type { Store } from '../store/store.js';

/** An active contact of a month and the activity that first made it active. */
export interface ActiveContact {
  contactId: string;
  firstActivity: { key: string; kind: ActivityKind; actor: Actor; occurredAt: number };
}

export interface ActiveContactsPage {
  month: UsageMonth;
  contacts: ActiveContact[];
  /** Opaque; pass back as `after` for the next page. Absent on the last page. */
  nextCursor?: string;
}

export interface ListActiveContactsOptions {
  /** Any instant inside the wanted usage month. */
  at: number;
  after?: string;
  limit?: number;
  /** Only contacts whose first qualifying activity was of this kind. */
  kind?: ActivityKind;
}

export const maxPageSize = 1000;

/**
 * The month's activities were removed by retention (`tally prune`, decision 0049): who
 * counted can no longer be explained, though the month's figures and invoices stay.
 */
export class LedgerPrunedError extends Error {
  constructor(month: UsageMonth, prunedAt: number, timeZone: string) {
    const day = (instant: number) => formatInstant(instant, timeZone).slice(0, 10);
    super(
      `The activity details of the usage month ${day(month.start)} – ${day(month.end)} were removed by ` +
        `retention on ${day(prunedAt)}; its figures and invoices are kept.`,
    );
    this.name = 'LedgerPrunedError';
  }
}

export class InvalidCursorError extends Error {
  constructor() {
    super('cursor is not one this API returned');
    this.name = 'InvalidCursorError';
  }
}

/**
 * The month's active contacts in contact-id order (the primary key's order, so each page
 * is one index range scan), each with its first qualifying activity: "why is this
 * contact counted?" always has an answer.
 */
export async function listActiveContacts(
  store: Store,
  accountId: string,
  options: ListActiveContactsOptions,
): Promise<ActiveContactsPage | undefined> {
  const calendar = await findUsageCalendar(store, accountId);
  const month = calendar?.monthAt(options.at);
  if (!calendar || !month) return undefined;
  const limit = Math.min(Math.max(Math.trunc(options.limit ?? 100), 1), maxPageSize);
  // The first activity's kind and actor live in its ledger row, found by its key.
  let query = store.db
    .selectFrom('active_contacts as a')
    .innerJoin('activity_ledger as l', (join) =>
      join
        .onRef('l.activity_key', '=', 'a.first_activity_key')
        .onRef('l.account_id', '=', 'a.account_id')
        // A key is an activity's identity within its month (decision 0049); naming the
        // month also confines the read to the month's partition on PostgreSQL.
        .onRef('l.period_start', '=', 'a.period_start'),
    )
    .select([
      'a.contact_id',
      'a.first_activity_key',
      'l.kind as first_kind',
      'l.actor as first_actor',
      'a.first_occurred_at',
    ])
    .where('a.account_id', '=', accountId)
    .where('a.period_start', '=', month.start)
    .orderBy('a.contact_id')
    .limit(limit + 1);
  if (options.after !== undefined) query = query.where('a.contact_id', '>', decodeCursor(options.after));
  if (options.kind !== undefined) query = query.where('l.kind', '=', options.kind);
  const rows = await query.execute();
  // A pruned month's active set has no ledger rows to join: say so rather than list nobody
  // (a month that counted nobody still lists nobody). Asked only when nothing was found,
  // so a month still held costs no extra read.
  if (rows.length === 0) {
    const held = await store.db
      .selectFrom('usage_months')
      .select(['ledger_pruned_at', 'active_contacts'])
      .where('account_id', '=', accountId)
      .where('period_start', '=', month.start)
      .executeTakeFirst();
    if (held?.ledger_pruned_at != null && Number(held.active_contacts) > 0) {
      throw new LedgerPrunedError(month, held.ledger_pruned_at, calendar.timeZone);
    }
  }
  const page = rows.slice(0, limit);
  const contacts = page.map((row) => ({
    contactId: row.contact_id,
    firstActivity: {
      key: row.first_activity_key,
      kind: row.first_kind as ActivityKind,
      actor: row.first_actor as Actor,
      occurredAt: row.first_occurred_at,
    },
  }));
  const last = page[page.length - 1];
  return rows.length > limit && last
    ? { month, contacts, nextCursor: encodeCursor(last.contact_id) }
    : { month, contacts };
}

function encodeCursor(contactId: string): string {
  return Buffer.from(contactId, 'utf8').toString('base64url');
}

function decodeCursor(cursor: string): string {
  const contactId = Buffer.from(cursor, 'base64url').toString('utf8');
  if (contactId.length === 0 || encodeCursor(contactId) !== cursor) throw new InvalidCursorError();
  return contactId;
}
