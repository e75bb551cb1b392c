import type { Kysely } from 'kysely';
import { cacheUsageCalendars } from '../accounts/account-repository.js';
import type { UsageCalendar } from '../domain/usage-calendar.js';
import { formatInstant } from '../domain/usage-month.js';
import type { WebhookEvent } from '../notify/webhook-events.js';
import type { Dialect } from '../store/dialect.js';
import type { Database } from '../store/schema.js';
import type { Store } from '../store/store.js';
import { inWriteTransaction } from '../store/write-transaction.js';
import { lockBillingState, updateBillingState } from './billing-state-repository.js';
import type { Catalog } from './catalog.js';
import { monthsPerCycle } from './configuration.js';
import type { InvoiceDraft } from './invoice.js';
import { type InvoiceOrder, issueInvoices, issueInvoicesForAccounts } from './invoice-repository.js';
import { computeMonthClose } from './month-close.js';
import { loadTerms } from './subscription-repository.js';
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
 * Everything due for a batch of accounts, in one transaction: each account's billing
 * state locked, its months closed and its cycle's upfront invoice planned, then the
 * batch's invoices issued together. The accounts' calendars must be cached.
 */
async function closeAccounts(
  store: Store,
  catalog: Catalog,
  accountIds: readonly string[],
  options: CloseOptions,
): Promise<Omit<CloseReport, 'accounts'>> {
  const done = { monthsClosed: 0, overusageInvoices: 0, upfrontInvoices: 0 };
  // Account order: closers that share accounts lock them in the same order, never in a cycle.
  const ordered = [...accountIds].sort();
  return inWriteTransaction(store, async (db) => {
    const orders: InvoiceOrder[] = [];
    for (const accountId of ordered) {
      const calendar = store.calendars.get(accountId);
      if (!calendar) continue;
      const state = await lockBillingState(db, store.dialect, accountId);
      if (!state) continue;
      const terms = await loadTerms(db, accountId);
      // The month that ended is settled before the cycle that begins is invoiced.
      const closing = await closeMonths(
        db,
        store.dialect,
        catalog,
        accountId,
        calendar,
        calendar.timeZone,
        terms,
        state.next_close_month,
        options,
      );
      const upfront = planUpfrontInvoices(catalog, calendar, terms, state.next_upfront_month, options.asOf);
      if (closing.nextMonth !== state.next_close_month || upfront.nextMonth !== state.next_upfront_month) {
        await updateBillingState(db, accountId, {
          next_close_month: closing.nextMonth,
          next_close_due: calendar.month(closing.nextMonth).end,
          next_upfront_month: upfront.nextMonth,
          next_upfront_due: upfront.nextMonth === null ? null : calendar.month(upfront.nextMonth).start,
        });
      }
      orders.push({
        accountId,
        drafts: [...closing.drafts, ...upfront.drafts],
        webhooks: { enqueue: state.hasWebhookEndpoints, alongWith: closing.closedEvents },
      });
      done.monthsClosed += closing.nextMonth - state.next_close_month;
      done.overusageInvoices += closing.drafts.length;
      done.upfrontInvoices += upfront.drafts.length;
    }
    // Invoices last: taking their numbers locks the one series row until the commit.
    await issueInvoicesForAccounts(db, store.dialect, orders, catalog.seller, options.now);
    return done;
  });
}

/** Freezes every due month's figures and returns the overusage invoices to issue. */
async function closeMonths(
  db: Kysely<Database>,
  dialect: Dialect,
  catalog: Catalog,
  accountId: string,
  calendar: UsageCalendar,
  timeZone: string,
  terms: readonly SubscriptionTerm[],
  firstMonth: number,
  options: CloseOptions,
): Promise<{ drafts: InvoiceDraft[]; nextMonth: number; closedEvents: WebhookEvent[] }> {
  const drafts: InvoiceDraft[] = [];
  const closedEvents: WebhookEvent[] = [];
  let index = firstMonth;
  while (calendar.month(index).end <= options.asOf - options.graceMs) index++;
  if (index === firstMonth) return { drafts, nextMonth: index, closedEvents };
  const months = Array.from({ length: index - firstMonth }, (_, offset) =>
    calendar.month(firstMonth + offset),
  );
  // FOR UPDATE waits for batches that have already counted into these months (they hold
  // the month row until they commit) and makes later ones find the months closed, so they
  // roll back. Months without a row yet (no activity) get one first, so they are locked too.
  const lockCounters = () => {
    const query = db
      .selectFrom('usage_months')
      .select(['period_start', 'active_contacts'])
      .where('account_id', '=', accountId)
      .where(
        'period_start',
        'in',
        months.map((month) => month.start),
      )
      .orderBy('period_start');
    return dialect.forUpdate(query).execute();
  };
  let counters = await lockCounters();
  if (counters.length < months.length) {
    await db
      .insertInto('usage_months')
      .values(
        months.map((month) => ({
          account_id: accountId,
          period_start: month.start,
          period_end: month.end,
          active_contacts: 0,
          latest_first_at: 0,
        })),
      )
      .onConflict((conflict) => conflict.doNothing())
      .execute();
    counters = await lockCounters();
  }
  const activeByStart = new Map(counters.map((row) => [Number(row.period_start), row.active_contacts]));
  for (const month of months) {
    const configuration = termInForce(terms, month.end, 'before')?.configuration;
    const label = `${formatInstant(month.start, timeZone).slice(0, 10)} – ${formatInstant(month.end, timeZone).slice(0, 10)}`;
    const figures = computeMonthClose(catalog, configuration, activeByStart.get(month.start) ?? 0, label);
    await db
      .updateTable('usage_months')
      .set({ closed_at: options.now, allowance: figures.allowance, overusage: figures.overusage })
      .where('account_id', '=', accountId)
      .where('period_start', '=', month.start)
      .execute();
    closedEvents.push({
      type: 'month.closed',
      data: {
        accountId,
        periodStart: new Date(month.start).toISOString(),
        periodEnd: new Date(month.end).toISOString(),
        activeContacts: activeByStart.get(month.start) ?? 0,
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
  return { drafts, nextMonth: index, closedEvents };
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
