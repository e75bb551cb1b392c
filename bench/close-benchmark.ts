import { loadCatalog } from '../src/billing/catalog.js';
import { type Engine, sql } from '../src/store/store.js';
import { closeDueMonths, defaultGraceMs } from '../src/use-cases/close-due-months.js';
import { type BenchDatabaseHandle, reopenBenchDatabase } from './bench-database.js';
import { closeNaively } from './naive-close.js';
import type { Workload } from './workload.js';

export interface CloseFigures {
  engine: Engine;
  design: 'Tally' | 'naive';
  accounts: number;
  seconds: number;
  monthsClosed: number;
  invoices: number;
}

/** Closers side by side on PostgreSQL, as in `closeDueMonths`. */
const closeConnections = 8;

/**
 * Month close of every account of the metered month (the database the ingest phase left,
 * plus what the reads phase wrote): each account closes the month, is invoiced its
 * overusage over the Start plan's 50 contacts, and is invoiced the next month's fee.
 * Timed: the whole pass, Tally's `closeDueMonths` or the naive COUNT(DISTINCT) close.
 */
export async function measureClose(
  handle: BenchDatabaseHandle,
  design: CloseFigures['design'],
  workload: Workload,
): Promise<CloseFigures> {
  const database = await reopenBenchDatabase(handle, false, closeConnections);
  try {
    const store = database.store;
    if (store.engine === 'postgres') await sql`VACUUM ANALYZE`.execute(store.db);
    const asOf = workload.monthEnd + 2 * 3_600_000;
    const started = performance.now();
    if (design === 'Tally') {
      const report = await closeDueMonths(store, loadCatalog(), { asOf, graceMs: defaultGraceMs, now: asOf });
      return {
        engine: handle.engine,
        design,
        accounts: report.accounts,
        seconds: (performance.now() - started) / 1000,
        monthsClosed: report.monthsClosed,
        invoices: report.overusageInvoices + report.upfrontInvoices,
      };
    }
    const report = await closeNaively(
      store,
      workload.accountIds,
      workload.monthStart,
      workload.monthEnd,
      closeConnections,
    );
    return {
      engine: handle.engine,
      design,
      accounts: workload.accountIds.length,
      seconds: (performance.now() - started) / 1000,
      monthsClosed: report.monthsClosed,
      invoices: report.invoices,
    };
  } finally {
    await database.close();
  }
}
