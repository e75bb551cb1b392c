import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { UsageCalendar } from '../domain/usage-calendar.js';
import { isTimeZone } from '../domain/usage-month.js';
import type { AccountsTable, Database } from '../store/schema.js';
import type { Store } from '../store/store.js';
import { type Account, defaultTimeZone } from './account.js';

export interface NewAccount {
  name: string;
  timeZone?: string;
  /** Defaults to the creation time. */
  billingAnchor?: number;
  /** Lets callers (demo, benchmarks, imports) choose stable ids; generated otherwise. */
  id?: string;
}

export class InvalidAccountError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = 'InvalidAccountError';
  }
}

export function newAccountId(): string {
  return `acc_${randomBytes(10).toString('hex')}`;
}

/** Checks a new account's fields and returns the account row to insert, or throws. */
export function buildAccountOrThrow(input: NewAccount, now: number): Account {
  const name = input.name.trim();
  if (name.length === 0 || name.length > 200) {
    throw new InvalidAccountError('name', 'name must be 1 to 200 characters');
  }
  const timeZone = input.timeZone ?? defaultTimeZone;
  if (!isTimeZone(timeZone)) throw new InvalidAccountError('timeZone', `unknown IANA time zone: ${timeZone}`);
  const billingAnchor = input.billingAnchor ?? now;
  if (!Number.isSafeInteger(billingAnchor)) {
    throw new InvalidAccountError('billingAnchor', 'billingAnchor must be an instant in epoch milliseconds');
  }
  const id = input.id ?? newAccountId();
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(id)) {
    throw new InvalidAccountError('id', 'id must be 1 to 64 letters, digits, "_" or "-"');
  }
  return { id, name, timeZone, billingAnchor, createdAt: now };
}

export async function insertAccounts(db: Kysely<Database>, accounts: readonly Account[]): Promise<void> {
  if (accounts.length === 0) return;
  await db.insertInto('accounts').values(accounts.map(toRow)).execute();
}

export async function createAccount(store: Store, input: NewAccount, now = Date.now()): Promise<Account> {
  const account = buildAccountOrThrow(input, now);
  await insertAccounts(store.db, [account]);
  return account;
}

export async function findAccount(db: Kysely<Database>, accountId: string): Promise<Account | undefined> {
  const row = await db
    .selectFrom('accounts')
    .selectAll()
    .where('account_id', '=', accountId)
    .executeTakeFirst();
  return row && toAccount(row);
}

/** Accounts in id order, a page at a time (`after`: the last id of the previous page). */
export async function listAccounts(
  db: Kysely<Database>,
  page: { limit: number; after?: string },
): Promise<Account[]> {
  let select = db.selectFrom('accounts').selectAll().orderBy('account_id').limit(page.limit);
  if (page.after !== undefined) select = select.where('account_id', '>', page.after);
  return (await select.execute()).map(toAccount);
}

/** The account's usage calendar, loaded once per process; undefined for an unknown account. */
export async function findUsageCalendar(store: Store, accountId: string): Promise<UsageCalendar | undefined> {
  const cached = store.calendars.get(accountId);
  if (cached) return cached;
  const account = await findAccount(store.db, accountId);
  if (!account) return undefined;
  const calendar = new UsageCalendar(account.billingAnchor, account.timeZone);
  store.calendars.set(accountId, calendar);
  return calendar;
}

/**
 * Brings the calendars of the given accounts into the store's cache, with one query for
 * those not cached yet; afterwards `store.calendars` holds every one that exists.
 */
export async function cacheUsageCalendars(store: Store, accountIds: Iterable<string>): Promise<void> {
  const missing: string[] = [];
  for (const id of accountIds) if (!store.calendars.has(id)) missing.push(id);
  for (let offset = 0; offset < missing.length; offset += 500) {
    const rows = await store.db
      .selectFrom('accounts')
      .select(['account_id', 'billing_anchor', 'time_zone'])
      .where('account_id', 'in', missing.slice(offset, offset + 500))
      .execute();
    for (const row of rows) {
      store.calendars.set(row.account_id, new UsageCalendar(row.billing_anchor, row.time_zone));
    }
  }
}

/**
 * Loads the calendars of up to `limit` accounts in one query, for an instance that starts:
 * its first requests then find every account's months in memory instead of each reading its
 * account first (a burst of reads right after a deploy). Calendars never change, so what is
 * loaded stays right; an account opened later is read on its first use, as before.
 */
export async function warmUsageCalendars(store: Store, limit = 100_000): Promise<number> {
  const rows = await store.db
    .selectFrom('accounts')
    .select(['account_id', 'billing_anchor', 'time_zone'])
    .orderBy('created_at', 'desc')
    .limit(limit)
    .execute();
  for (const row of rows) {
    if (!store.calendars.has(row.account_id)) {
      store.calendars.set(row.account_id, new UsageCalendar(row.billing_anchor, row.time_zone));
    }
  }
  return rows.length;
}

function toRow(account: Account): AccountsTable {
  return {
    account_id: account.id,
    name: account.name,
    time_zone: account.timeZone,
    billing_anchor: account.billingAnchor,
    created_at: account.createdAt,
  };
}

export function toAccount(row: AccountsTable): Account {
  return {
    id: row.account_id,
    name: row.name,
    timeZone: row.time_zone,
    billingAnchor: row.billing_anchor,
    createdAt: row.created_at,
  };
}
