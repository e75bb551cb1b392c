import { Temporal } from 'temporal-polyfill';
import { cacheUsageCalendars } from '../accounts/account-repository.js';
import {
  type BillingStateChange,
  type LockedBillingState,
  listAccountsDueForClose,
  lockBillingStates,
  moveBillingStates,
} from '../billing/billing-state-repository.js';
import type { Catalog } from '../billing/catalog.js';
import type { InvoiceDraft } from '../billing/invoice.js';
import { type InvoiceOrder, issueInvoicesForAccounts } from '../billing/invoice-repository.js';
import { computeMonthClose } from '../billing/month-close.js';
import { loadTermsOfAccounts } from '../billing/subscription-repository.js';
import { type SubscriptionTerm, termInForce } from '../billing/subscription-term.js';
import { planUpfrontInvoices } from '../billing/upfront-invoices.js';
import type { UsageCalendar } from '../domain/usage-calendar.js';
import { formatInstant, type UsageMonth } from '../domain/usage-month.js';
import {
  type DueMonth,
  type FrozenMonth,
  freezeMonths,
  lockDueMonthCounters,
  monthKey,
} from '../metering/freeze-usage-months.js';
import type { WebhookEvent } from '../notify/webhook-events.js';
import type { Store } from '../store/store.js';
import { inWriteTransaction } from '../store/write-transaction.js';

/**
 * Closing months spans three modules: metering's counters are locked and frozen, billing
 * prices the overusage and issues the invoices, and notify hears `month.closed` in the same
 * transaction. The month-close CLI, the scheduler in `tally serve` and the operator's
 * `POST /v1/billing/close` all come here.
 */

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

/** `asOf` was not an RFC 3339 instant, or lies in the future: nothing was closed. */
export class InvalidCloseTimeError extends Error {
  readonly field = '/asOf';
  constructor() {
    super('must be an RFC 3339 instant, not in the future');
    this.name = 'InvalidCloseTimeError';
  }
}

/**
 * The operator's close "as of" a stated instant (RFC 3339 text; default now): a close may
 * catch up on the past but never anticipate the future, whose activities are still to come.
 */
export function closeDueMonthsAsOf(
  store: Store,
  catalog: Catalog,
  request: { asOf: string | undefined; graceMs: number },
  now: number,
): Promise<CloseReport> {
  const asOf = request.asOf === undefined ? now : instantOf(request.asOf);
  if (asOf === undefined || asOf > now) throw new InvalidCloseTimeError();
  return closeDueMonths(store, catalog, { asOf, graceMs: request.graceMs, now });
}

function instantOf(text: string): number | undefined {
  try {
    return Temporal.Instant.from(text).epochMilliseconds;
  } catch {
    return undefined;
  }
}

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
    const accountIds = await listAccountsDueForClose(
      store.db,
      { closeEndedBy: options.asOf - options.graceMs, upfrontStartedBy: options.asOf },
      { after, limit: 1000 },
    );
    if (accountIds.length === 0) return report;
    after = accountIds.at(-1) as string;
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
