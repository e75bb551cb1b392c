import type { Kysely } from 'kysely';
import { Temporal } from 'temporal-polyfill';
import { findUsageCalendar } from '../accounts/account-repository.js';
import {
  listAccountsDueForClose,
  lockBillingState,
  updateBillingState,
} from '../billing/billing-state-repository.js';
import type { Catalog } from '../billing/catalog.js';
import type { InvoiceDraft } from '../billing/invoice.js';
import { issueInvoices } from '../billing/invoice-repository.js';
import { computeMonthClose } from '../billing/month-close.js';
import { loadTerms } from '../billing/subscription-repository.js';
import { type SubscriptionTerm, termInForce } from '../billing/subscription-term.js';
import { planUpfrontInvoices } from '../billing/upfront-invoices.js';
import type { UsageCalendar } from '../domain/usage-calendar.js';
import { formatInstant } from '../domain/usage-month.js';
import { freezeUsageMonth, lockMonthCounters } from '../metering/freeze-usage-months.js';
import type { WebhookEvent } from '../notify/webhook-events.js';
import type { Database } from '../store/schema.js';
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

/** Accounts closed side by side where writers run concurrently (SQLite has one writer anyway). */
const parallelAccounts = 8;

/**
 * Closes every usage month that is due and issues every upfront invoice whose billing
 * cycle has started, catching up on all that was missed. Each account is one transaction
 * that first locks the account's billing state, so closers on several instances (or a
 * rerun after a crash) never do the same work twice; the unique source of each invoice
 * is the database's second line of defence.
 */
export async function closeDueMonths(
  store: Store,
  catalog: Catalog,
  options: CloseOptions,
): Promise<CloseReport> {
  const report: CloseReport = { accounts: 0, monthsClosed: 0, overusageInvoices: 0, upfrontInvoices: 0 };
  let after = '';
  for (;;) {
    const due = await listAccountsDueForClose(
      store.db,
      { closeEndedBy: options.asOf - options.graceMs, upfrontStartedBy: options.asOf },
      { after, limit: 1000 },
    );
    if (due.length === 0) return report;
    after = due.at(-1) as string;
    let next = 0;
    const worker = async () => {
      while (next < due.length) {
        const accountId = due[next++] as string;
        const done = await closeAccount(store, catalog, accountId, options);
        report.accounts++;
        report.monthsClosed += done.monthsClosed;
        report.overusageInvoices += done.overusageInvoices;
        report.upfrontInvoices += done.upfrontInvoices;
      }
    };
    await Promise.all(Array.from({ length: store.dialect.concurrentWriters ? parallelAccounts : 1 }, worker));
  }
}

/** Everything due for one account, in one transaction: load, compute, then write. */
export async function closeAccount(store: Store, catalog: Catalog, accountId: string, options: CloseOptions) {
  // Loaded before the transaction: on SQLite the transaction holds the only connection.
  const calendar = await findUsageCalendar(store, accountId);
  if (!calendar) return { monthsClosed: 0, overusageInvoices: 0, upfrontInvoices: 0 };
  return inWriteTransaction(store, async (db) => {
    const state = await lockBillingState(db, store.dialect, accountId);
    if (!state) return { monthsClosed: 0, overusageInvoices: 0, upfrontInvoices: 0 };
    const terms = await loadTerms(db, accountId);

    // The month that ended is settled before the cycle that begins is invoiced.
    const closing = await closeMonths(
      db,
      store,
      catalog,
      accountId,
      calendar,
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
    // Invoices last: taking their numbers locks the one series row until the commit.
    await issueInvoices(
      db,
      store.dialect,
      accountId,
      [...closing.drafts, ...upfront.drafts],
      catalog.seller,
      options.now,
      { enqueue: state.hasWebhookEndpoints, alongWith: closing.closedEvents },
    );
    return {
      monthsClosed: closing.nextMonth - state.next_close_month,
      overusageInvoices: closing.drafts.length,
      upfrontInvoices: upfront.drafts.length,
    };
  });
}

/** Freezes every due month's figures and returns the overusage invoices to issue. */
async function closeMonths(
  db: Kysely<Database>,
  store: Store,
  catalog: Catalog,
  accountId: string,
  calendar: UsageCalendar,
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
  const activeByStart = await lockMonthCounters(db, store.dialect, accountId, months);
  const timeZone = calendar.timeZone;
  for (const month of months) {
    const configuration = termInForce(terms, month.end, 'before')?.configuration;
    const activeContacts = activeByStart.get(month.start) ?? 0;
    const label = `${formatInstant(month.start, timeZone).slice(0, 10)} – ${formatInstant(month.end, timeZone).slice(0, 10)}`;
    const figures = computeMonthClose(catalog, configuration, activeContacts, label);
    await freezeUsageMonth(db, accountId, month.start, {
      closedAt: options.now,
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
  return { drafts, nextMonth: index, closedEvents };
}
