import { type Kysely, sql } from 'kysely';
import { cacheUsageCalendars } from '../accounts/account-repository.js';
import type { UsageCalendar } from '../domain/usage-calendar.js';
import { formatInstant, type UsageMonth } from '../domain/usage-month.js';
import type { WebhookEvent } from '../notify/webhook-events.js';
import type { Dialect } from '../store/dialect.js';
import type { Database } from '../store/schema.js';
import type { Store } from '../store/store.js';
import { inWriteTransaction } from '../store/write-transaction.js';
import {
  type BillingStateChange,
  type LockedBillingState,
  lockBillingState,
  lockBillingStates,
  moveBillingStates,
  updateBillingState,
} from './billing-state-repository.js';
import type { Catalog } from './catalog.js';
import { monthsPerCycle } from './configuration.js';
import type { InvoiceDraft } from './invoice.js';
import { type InvoiceOrder, issueInvoices, issueInvoicesForAccounts } from './invoice-repository.js';
import { computeMonthClose } from './month-close.js';
import { loadTerms, loadTermsOfAccounts } from './subscription-repository.js';
import { type SubscriptionTerm, termInForce } from './subscription-term.js';
import { upfrontLines } from './upfront-lines.js';

export interface CloseOptions {
  /** Close what is due at this instant (default: now). */
  asOf: number;
  /** A month closes this long after it ends, so activities at the boundary are in (SPEC §5). */
  graceMs: number;
  /** The time recorded as issue and close time. */
  now: number;
}

export interface CloseReport {
  accounts: number;
  monthsClosed: number;
  overusageInvoices: number;
  upfrontInvoices: number;
}

export const defaultGraceMs = 60 * 60_000;

/** Transactions run side by side where writers run concurrently (SQLite has one writer anyway). */
const parallelTransactions = 8;

/**
 * Accounts closed in one transaction. Each commit waits for the log to reach the disk, and
 * the invoice series row (every issuer's lock) is held from the numbered insert to the
 * commit: one account a transaction made 10,000 accounts 10,000 commits in a row behind
 * that lock (decision 0050). A batch takes the series once and commits once.
 */
const accountsPerTransaction = 50;

/**
 * Closes every usage month that is due and issues every upfront invoice whose billing
 * cycle has started, catching up on all that was missed. Accounts close in batches, each
 * one transaction that first locks the accounts' billing states (in account order), so
 * closers on several instances (or a rerun after a crash) never do the same work twice;
 * the unique source of each invoice is the database's second line of defence.
 */
export async function closeDueMonths(
  store: Store,
  catalog: Catalog,
  options: CloseOptions,
): Promise<CloseReport> {
  const report: CloseReport = { accounts: 0, monthsClosed: 0, overusageInvoices: 0, upfrontInvoices: 0 };
  let after = '';
  for (;;) {
    const due = await store.db
      .selectFrom('billing_states')
      .select('account_id')
      .where('account_id', '>', after)
      .where((eb) =>
        eb.or([
          eb('next_close_due', '<=', options.asOf - options.graceMs),
          eb('next_upfront_due', '<=', options.asOf),
        ]),
      )
      .orderBy('account_id')
      .limit(1000)
      .execute();
    if (due.length === 0) return report;
    after = (due.at(-1) as { account_id: string }).account_id;
    const accountIds = due.map((row) => row.account_id);
    // Loaded before the transactions: on SQLite a transaction holds the only connection.
    await cacheUsageCalendars(store, accountIds);
    const batches: string[][] = [];
    for (let offset = 0; offset < accountIds.length; offset += accountsPerTransaction) {
      batches.push(accountIds.slice(offset, offset + accountsPerTransaction));
    }
    let next = 0;
    const worker = async () => {
      while (next < batches.length) {
        const batch = batches[next++] as string[];
        const done = await store.dialect.retryingConflicts(() =>
          closeAccounts(store, catalog, batch, options),
        );
        report.accounts += batch.length;
        report.monthsClosed += done.monthsClosed;
        report.overusageInvoices += done.overusageInvoices;
        report.upfrontInvoices += done.upfrontInvoices;
      }
    };
    await Promise.all(
      Array.from({ length: store.dialect.concurrentWriters ? parallelTransactions : 1 }, worker),
    );
  }
}

/**
 * Everything due for a batch of accounts, in one transaction and a handful of statements
 * whatever the batch's size: the billing states locked (in account order), the terms
 * loaded, the due months' counters locked and frozen, the billing states moved on, then
 * the batch's invoices issued together. The accounts' calendars must be cached.
 */
async function closeAccounts(
  store: Store,
  catalog: Catalog,
  accountIds: readonly string[],
  options: CloseOptions,
): Promise<Omit<CloseReport, 'accounts'>> {
  const done = { monthsClosed: 0, overusageInvoices: 0, upfrontInvoices: 0 };
  // Account order: closers that share accounts lock them in the same order, never in a cycle.
  const ordered = [...accountIds].sort().filter((accountId) => store.calendars.has(accountId));
  return inWriteTransaction(store, async (db) => {
    const states = await lockBillingStates(db, store.dialect, ordered);
    const locked = ordered.filter((accountId) => states.has(accountId));
    const termsByAccount = await loadTermsOfAccounts(db, locked);
    const dueMonths: DueMonth[] = [];
    for (const accountId of locked) {
      const calendar = store.calendars.get(accountId) as UsageCalendar;
      const state = states.get(accountId) as LockedBillingState;
      let index = state.next_close_month;
      while (calendar.month(index).end <= options.asOf - options.graceMs) {
        dueMonths.push({ accountId, month: calendar.month(index) });
        index++;
      }
    }
    const counters = await lockDueMonthCounters(db, store.dialect, dueMonths);
    const frozen: FrozenMonth[] = [];
    const stateChanges: BillingStateChange[] = [];
    const orders: InvoiceOrder[] = [];
    for (const accountId of locked) {
      const calendar = store.calendars.get(accountId) as UsageCalendar;
      const state = states.get(accountId) as LockedBillingState;
      const terms = termsByAccount.get(accountId) ?? [];
      // The month that ended is settled before the cycle that begins is invoiced.
      const closing = closeMonths(
        catalog,
        accountId,
        calendar,
        terms,
        dueMonths.filter((due) => due.accountId === accountId).map((due) => due.month),
        counters,
      );
      frozen.push(...closing.frozen);
      const nextMonth = state.next_close_month + closing.frozen.length;
      const upfront = planUpfrontInvoices(catalog, calendar, terms, state.next_upfront_month, options.asOf);
      if (nextMonth !== state.next_close_month || upfront.nextMonth !== state.next_upfront_month) {
        stateChanges.push({
          accountId,
          next_close_month: nextMonth,
          next_close_due: calendar.month(nextMonth).end,
          next_upfront_month: upfront.nextMonth,
          next_upfront_due: upfront.nextMonth === null ? null : calendar.month(upfront.nextMonth).start,
        });
      }
      orders.push({
        accountId,
        drafts: [...closing.drafts, ...upfront.drafts],
        webhooks: { enqueue: state.hasWebhookEndpoints, alongWith: closing.closedEvents },
      });
      done.monthsClosed += closing.frozen.length;
      done.overusageInvoices += closing.drafts.length;
      done.upfrontInvoices += upfront.drafts.length;
    }
    await freezeMonths(db, frozen, options.now);
    await moveBillingStates(db, stateChanges);
    // Invoices last: taking their numbers locks the one series row until the commit.
    await issueInvoicesForAccounts(db, store.dialect, orders, catalog.seller, options.now);
    return done;
  });
}

interface DueMonth {
  accountId: string;
  month: UsageMonth;
}

interface FrozenMonth {
  accountId: string;
  periodStart: number;
  allowance: number | null;
  overusage: number;
}

const monthKey = (accountId: string, periodStart: number) => `${accountId}\u0000${periodStart}`;

/** Whether a row is one of the given (account, month) pairs: the statements below touch exactly those. */
function isOneOf(months: readonly { accountId: string; periodStart: number }[]) {
  return sql<boolean>`(${sql.join(
    months.map((month) => sql`(account_id = ${month.accountId} AND period_start = ${month.periodStart})`),
    sql` OR `,
  )})`;
}

/**
 * The due months' counters, locked. FOR UPDATE waits for batches that have already
 * counted into these months (they hold the month row until they commit) and makes later
 * ones find the months closed, so they roll back. Months without a row yet (no activity)
 * get one first, so they are locked too.
 */
async function lockDueMonthCounters(
  db: Kysely<Database>,
  dialect: Dialect,
  dueMonths: readonly DueMonth[],
): Promise<Map<string, number>> {
  const counters = new Map<string, number>();
  if (dueMonths.length === 0) return counters;
  const months = dueMonths.map((due) => ({ accountId: due.accountId, periodStart: due.month.start }));
  const lock = async () => {
    const query = db
      .selectFrom('usage_months')
      .select(['account_id', 'period_start', 'active_contacts'])
      .where(isOneOf(months))
      .orderBy('account_id')
      .orderBy('period_start');
    for (const row of await dialect.forUpdate(query).execute()) {
      counters.set(monthKey(row.account_id, Number(row.period_start)), Number(row.active_contacts));
    }
  };
  await lock();
  if (counters.size < dueMonths.length) {
    await db
      .insertInto('usage_months')
      .values(
        dueMonths.map((due) => ({
          account_id: due.accountId,
          period_start: due.month.start,
          period_end: due.month.end,
          active_contacts: 0,
          latest_first_at: 0,
        })),
      )
      .onConflict((conflict) => conflict.doNothing())
      .execute();
    await lock();
  }
  return counters;
}

/** Freezes the months' figures and marks them closed, in one statement. */
async function freezeMonths(
  db: Kysely<Database>,
  frozen: readonly FrozenMonth[],
  now: number,
): Promise<void> {
  if (frozen.length === 0) return;
  const byMonth = (value: (month: FrozenMonth) => number | null) =>
    sql<number>`CASE ${sql.join(
      frozen.map(
        (month) =>
          sql`WHEN account_id = ${month.accountId} AND period_start = ${month.periodStart} THEN CAST(${value(month)} AS bigint)`,
      ),
      sql` `,
    )} END`;
  await db
    .updateTable('usage_months')
    .set({
      closed_at: now,
      allowance: byMonth((month) => month.allowance),
      overusage: byMonth((month) => month.overusage),
    })
    .where(isOneOf(frozen))
    .execute();
}

/** Freezes every due month's figures and returns the overusage invoices to issue. Pure. */
function closeMonths(
  catalog: Catalog,
  accountId: string,
  calendar: UsageCalendar,
  terms: readonly SubscriptionTerm[],
  months: readonly UsageMonth[],
  counters: ReadonlyMap<string, number>,
): { drafts: InvoiceDraft[]; frozen: FrozenMonth[]; closedEvents: WebhookEvent[] } {
  const drafts: InvoiceDraft[] = [];
  const frozen: FrozenMonth[] = [];
  const closedEvents: WebhookEvent[] = [];
  const timeZone = calendar.timeZone;
  for (const month of months) {
    const activeContacts = counters.get(monthKey(accountId, month.start)) ?? 0;
    const configuration = termInForce(terms, month.end, 'before')?.configuration;
    const label = `${formatInstant(month.start, timeZone).slice(0, 10)} – ${formatInstant(month.end, timeZone).slice(0, 10)}`;
    const figures = computeMonthClose(catalog, configuration, activeContacts, label);
    frozen.push({
      accountId,
      periodStart: month.start,
      allowance: figures.allowance,
      overusage: figures.overusage,
    });
    closedEvents.push({
      type: 'month.closed',
      data: {
        accountId,
        periodStart: new Date(month.start).toISOString(),
        periodEnd: new Date(month.end).toISOString(),
        activeContacts,
        allowance: figures.allowance,
        overusage: figures.overusage,
      },
    });
    if (figures.lines.length > 0) {
      drafts.push({
        kind: 'overusage',
        sourceKey: `overusage:${month.start}`,
        period: { start: month.start, end: month.end },
        lines: figures.lines,
      });
    }
  }
  return { drafts, frozen, closedEvents };
}

/**
 * Upfront invoices for every billing cycle that has started by `asOf`: the fee and the
 * add-on contacts of the configuration in force at the cycle's start. Pure: returns the
 * drafts and where the next cycle starts (null once the subscription has ended).
 */
export function planUpfrontInvoices(
  catalog: Catalog,
  calendar: UsageCalendar,
  terms: readonly SubscriptionTerm[],
  firstMonth: number | null,
  asOf: number,
): { drafts: InvoiceDraft[]; nextMonth: number | null } {
  const drafts: InvoiceDraft[] = [];
  let index = firstMonth;
  while (index !== null && calendar.month(index).start <= asOf) {
    const start = calendar.month(index).start;
    const term = termInForce(terms, start);
    if (!term?.configuration) return { drafts, nextMonth: null };
    const length = monthsPerCycle(term.configuration.cycle);
    const offset: number = index - term.cycleStartMonth;
    if (offset % length !== 0) {
      // Not a cycle start under the term in force (its cycle began elsewhere): move to the next one.
      index = term.cycleStartMonth + Math.ceil(offset / length) * length;
      continue;
    }
    drafts.push({
      kind: 'upfront',
      sourceKey: `upfront:${start}`,
      period: { start, end: calendar.month(index + length).start },
      lines: upfrontLines(catalog, term.configuration),
    });
    index += length;
  }
  return { drafts, nextMonth: index };
}

/**
 * Issues the upfront invoices due by `asOf` inside the caller's transaction; a plan change
 * runs this first, so it never credits a fee that was not invoiced.
 */
export async function issueDueUpfrontInvoices(
  db: Kysely<Database>,
  dialect: Dialect,
  catalog: Catalog,
  accountId: string,
  calendar: UsageCalendar,
  options: Pick<CloseOptions, 'asOf' | 'now'>,
): Promise<number> {
  const state = await lockBillingState(db, dialect, accountId);
  if (!state) return 0;
  const upfront = planUpfrontInvoices(
    catalog,
    calendar,
    await loadTerms(db, accountId),
    state.next_upfront_month,
    options.asOf,
  );
  if (upfront.nextMonth !== state.next_upfront_month) {
    await updateBillingState(db, accountId, {
      next_upfront_month: upfront.nextMonth,
      next_upfront_due: upfront.nextMonth === null ? null : calendar.month(upfront.nextMonth).start,
    });
  }
  await issueInvoices(db, dialect, accountId, upfront.drafts, catalog.seller, options.now, {
    enqueue: state.hasWebhookEndpoints,
  });
  return upfront.drafts.length;
}
