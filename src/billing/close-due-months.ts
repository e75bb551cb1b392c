import type { Kysely } from 'kysely';
import { findAccount, findUsageCalendar } from '../accounts/account-repository.js';
import type { UsageCalendar } from '../domain/usage-calendar.js';
import { formatInstant } from '../domain/usage-month.js';
import type { Database } from '../store/schema.js';
import type { Engine, Store } from '../store/store.js';
import { inWriteTransaction } from '../store/write-transaction.js';
import { lockBillingState, updateBillingState } from './billing-state-repository.js';
import type { Catalog } from './catalog.js';
import { monthsPerCycle } from './configuration.js';
import { issueInvoice } from './invoice-repository.js';
import { computeMonthClose } from './month-close.js';
import { loadTerms } from './subscription-repository.js';
import { termInForce } from './subscription-term.js';
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
  const seen = new Set<string>();
  for (;;) {
    const due = await store.db
      .selectFrom('billing_states')
      .select('account_id')
      .where((eb) =>
        eb.or([
          eb('next_close_due', '<=', options.asOf - options.graceMs),
          eb('next_upfront_due', '<=', options.asOf),
        ]),
      )
      .orderBy('account_id')
      .limit(1000 + seen.size)
      .execute();
    const fresh = due.map((row) => row.account_id).filter((accountId) => !seen.has(accountId));
    if (fresh.length === 0) return report;
    for (const accountId of fresh) {
      seen.add(accountId);
      const done = await closeAccount(store, catalog, accountId, options);
      report.accounts++;
      report.monthsClosed += done.monthsClosed;
      report.overusageInvoices += done.overusageInvoices;
      report.upfrontInvoices += done.upfrontInvoices;
    }
  }
}

/** Everything due for one account, in one transaction. */
export async function closeAccount(store: Store, catalog: Catalog, accountId: string, options: CloseOptions) {
  // Loaded before the transaction: on SQLite the transaction holds the only connection.
  const calendar = await findUsageCalendar(store, accountId);
  const account = await findAccount(store.db, accountId);
  if (!calendar || !account) return { monthsClosed: 0, overusageInvoices: 0, upfrontInvoices: 0 };
  return inWriteTransaction(store, async (db) => {
    // The month that ended is settled before the cycle that begins is invoiced.
    const closed = await closeDueMonthsOfAccount(
      db,
      store.engine,
      catalog,
      accountId,
      calendar,
      account.timeZone,
      options,
    );
    const upfrontInvoices = await issueDueUpfrontInvoices(
      db,
      store.engine,
      catalog,
      accountId,
      calendar,
      options,
    );
    return { ...closed, upfrontInvoices };
  });
}

async function closeDueMonthsOfAccount(
  db: Kysely<Database>,
  engine: Engine,
  catalog: Catalog,
  accountId: string,
  calendar: UsageCalendar,
  timeZone: string,
  options: CloseOptions,
) {
  let monthsClosed = 0;
  let overusageInvoices = 0;
  const state = await lockBillingState(db, engine, accountId);
  if (!state) return { monthsClosed, overusageInvoices };
  const terms = await loadTerms(db, accountId);
  let index = state.next_close_month;
  while (calendar.month(index).end <= options.asOf - options.graceMs) {
    const month = calendar.month(index);
    await db
      .insertInto('usage_months')
      .values({ account_id: accountId, period_start: month.start, period_end: month.end, active_contacts: 0 })
      .onConflict((conflict) => conflict.doNothing())
      .execute();
    // FOR UPDATE waits for batches still writing into this month (they hold KEY SHARE locks)
    // and makes later ones see the month closed.
    const counterQuery = db
      .selectFrom('usage_months')
      .select('active_contacts')
      .where('account_id', '=', accountId)
      .where('period_start', '=', month.start);
    const counter = await (engine === 'postgres'
      ? counterQuery.forUpdate()
      : counterQuery
    ).executeTakeFirstOrThrow();
    const configuration = termInForce(terms, month.end, 'before')?.configuration;
    const label = `${formatInstant(month.start, timeZone).slice(0, 10)} – ${formatInstant(month.end, timeZone).slice(0, 10)}`;
    const figures = computeMonthClose(catalog, configuration, counter.active_contacts, label);
    await db
      .updateTable('usage_months')
      .set({ closed_at: options.now, allowance: figures.allowance, overusage: figures.overusage })
      .where('account_id', '=', accountId)
      .where('period_start', '=', month.start)
      .execute();
    if (figures.lines.length > 0) {
      await issueInvoice(
        db,
        accountId,
        {
          kind: 'overusage',
          sourceKey: `overusage:${month.start}`,
          period: { start: month.start, end: month.end },
          lines: figures.lines,
        },
        catalog.seller,
        options.now,
      );
      overusageInvoices++;
    }
    monthsClosed++;
    index++;
  }
  if (monthsClosed > 0) {
    await updateBillingState(db, accountId, {
      next_close_month: index,
      next_close_due: calendar.month(index).end,
    });
  }
  return { monthsClosed, overusageInvoices };
}

/**
 * Upfront invoices for every billing cycle that has started: the fee and the add-on
 * contacts of the configuration in force at the cycle's start. Runs inside the caller's
 * transaction (a plan change first catches up, so it never credits an uninvoiced fee).
 */
export async function issueDueUpfrontInvoices(
  db: Kysely<Database>,
  engine: Engine,
  catalog: Catalog,
  accountId: string,
  calendar: UsageCalendar,
  options: Pick<CloseOptions, 'asOf' | 'now'>,
): Promise<number> {
  const state = await lockBillingState(db, engine, accountId);
  if (!state || state.next_upfront_month === null) return 0;
  const terms = await loadTerms(db, accountId);
  let issued = 0;
  let index: number | null = state.next_upfront_month;
  while (index !== null && calendar.month(index).start <= options.asOf) {
    const start = calendar.month(index).start;
    const term = termInForce(terms, start);
    if (!term?.configuration) {
      index = null;
      break;
    }
    const length = monthsPerCycle(term.configuration.cycle);
    const offset: number = index - term.cycleStartMonth;
    if (offset % length !== 0) {
      // Not a cycle start under the term in force (its cycle began elsewhere): move to the next one.
      index = term.cycleStartMonth + Math.ceil(offset / length) * length;
      continue;
    }
    await issueInvoice(
      db,
      accountId,
      {
        kind: 'upfront',
        sourceKey: `upfront:${start}`,
        period: { start, end: calendar.month(index + length).start },
        lines: upfrontLines(catalog, term.configuration),
      },
      catalog.seller,
      options.now,
    );
    issued++;
    index += length;
  }
  if (index !== state.next_upfront_month) {
    await updateBillingState(db, accountId, {
      next_upfront_month: index,
      next_upfront_due: index === null ? null : calendar.month(index).start,
    });
  }
  return issued;
}
