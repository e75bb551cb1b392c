import { sql } from 'kysely';
import { Temporal } from 'temporal-polyfill';
import type { LedgerMonth } from '../store/dialect.js';
import type { Store } from '../store/store.js';
import { inWriteTransaction } from '../store/write-transaction.js';

/** A usage month whose ledger rows retention removes (or, in a dry run, would remove). */
export interface PrunedMonth extends LedgerMonth {
  /** The local YYYY-MM the month starts in, in the account's time zone (as `?period=` names it). */
  label: string;
  ledgerRows: number;
}

/** A month before the cut-off that keeps the prune from running, and why. */
export interface BlockingMonth extends LedgerMonth {
  label: string;
  periodEnd: number;
  /** `open`: still running; `unclosed`: ended but not closed yet; `uninvoiced`: closed with overusage but no invoice. */
  reason: 'open' | 'unclosed' | 'uninvoiced';
}

export type PruneOutcome =
  | { ok: false; blocking: BlockingMonth[] }
  | {
      ok: true;
      dryRun: boolean;
      months: PrunedMonth[];
      ledgerRows: number;
      /** PostgreSQL partitions dropped whole (or that would be). */
      partitionsDropped: string[];
    };

export interface PruneOptions {
  /** YYYY-MM: usage months starting, in their account's time zone, before this month go. */
  before: string;
  now: number;
  dryRun: boolean;
}

const monthPattern = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** Whether `value` is a month as `--before` takes it: YYYY-MM. */
export function isPruneMonth(value: string): boolean {
  return monthPattern.test(value);
}

/**
 * Ledger retention (decision 0049): removes the ledger rows of every account's usage
 * months that start before `before` (in the account's time zone), all of them or none.
 * Every such month must be closed, and invoiced where it had overusage; if one is not,
 * nothing is removed and the months in the way are named, so an operator never loses the
 * evidence of a month still to be billed. The month figures (`usage_months`), the active
 * set (who counted, and when first) and the invoices stay, so usage history and invoices
 * read the same; the month is marked `ledger_pruned_at`, which `tally verify` honours.
 * Running it again prunes nothing twice.
 */
export async function pruneLedger(store: Store, options: PruneOptions): Promise<PruneOutcome> {
  const match = monthPattern.exec(options.before);
  if (!match) throw new Error(`--before must be a month YYYY-MM (got "${options.before}")`);
  const firstKept = Temporal.PlainDate.from({ year: Number(match[1]), month: Number(match[2]), day: 1 });
  const accounts = await store.db.selectFrom('accounts').select(['account_id', 'time_zone']).execute();
  const cutoffs = new Map<string, number>();
  const zones = new Map<string, string>();
  for (const account of accounts) {
    zones.set(account.account_id, account.time_zone);
    cutoffs.set(account.account_id, firstKept.toZonedDateTime(account.time_zone).epochMilliseconds);
  }
  if (cutoffs.size === 0)
    return { ok: true, dryRun: options.dryRun, months: [], ledgerRows: 0, partitionsDropped: [] };
  const latestCutoff = Math.max(...cutoffs.values());
  const candidates = await sql<{
    account_id: string;
    period_start: number;
    period_end: number;
    closed_at: number | null;
    overusage: number | null;
    invoiced: number;
  }>`
    SELECT m.account_id, m.period_start, m.period_end, m.closed_at, m.overusage,
      CASE WHEN EXISTS (
        SELECT 1 FROM invoices i WHERE i.account_id = m.account_id AND i.source_key = 'overusage:' || m.period_start
      ) THEN 1 ELSE 0 END AS invoiced
    FROM usage_months m
    WHERE m.period_start < ${latestCutoff} AND m.ledger_pruned_at IS NULL
    ORDER BY m.account_id, m.period_start`.execute(store.db);
  const label = (accountId: string, instant: number) =>
    Temporal.Instant.fromEpochMilliseconds(instant)
      .toZonedDateTimeISO(zones.get(accountId) ?? 'UTC')
      .toPlainDate()
      .toString()
      .slice(0, 7);
  const going: PrunedMonth[] = [];
  const blocking: BlockingMonth[] = [];
  for (const row of candidates.rows) {
    const accountId = row.account_id;
    const periodStart = Number(row.period_start);
    if (periodStart >= (cutoffs.get(accountId) ?? Number.NEGATIVE_INFINITY)) continue;
    const periodEnd = Number(row.period_end);
    const month = { accountId, periodStart, label: label(accountId, periodStart) };
    if (row.closed_at === null) {
      blocking.push({ ...month, periodEnd, reason: periodEnd > options.now ? 'open' : 'unclosed' });
    } else if (Number(row.overusage ?? 0) > 0 && Number(row.invoiced) === 0) {
      blocking.push({ ...month, periodEnd, reason: 'uninvoiced' });
    } else {
      going.push({ ...month, ledgerRows: 0 });
    }
  }
  if (blocking.length > 0) return { ok: false, blocking };
  const rowCounts = await store.db
    .selectFrom('activity_ledger')
    .select(['account_id', 'period_start', (eb) => eb.fn.countAll<number>().as('rows')])
    .where('period_start', '<', latestCutoff)
    .groupBy(['account_id', 'period_start'])
    .execute();
  const rowsByMonth = new Map(
    rowCounts.map((row) => [`${row.account_id}\u0000${Number(row.period_start)}`, Number(row.rows)]),
  );
  for (const month of going)
    month.ledgerRows = rowsByMonth.get(`${month.accountId}\u0000${month.periodStart}`) ?? 0;
  const ledgerRows = going.reduce((sum, month) => sum + month.ledgerRows, 0);
  if (options.dryRun) {
    const partitionsDropped = await store.dialect.ledgerPartitionsCoveredBy(store.db, going);
    return { ok: true, dryRun: true, months: going, ledgerRows, partitionsDropped };
  }
  if (going.length === 0)
    return { ok: true, dryRun: false, months: [], ledgerRows: 0, partitionsDropped: [] };
  const removal = await inWriteTransaction(store, async (trx) => {
    const removed = await store.dialect.removeLedgerMonths(trx, going);
    for (const month of going) {
      await trx
        .updateTable('usage_months')
        .set({ ledger_pruned_at: options.now })
        .where('account_id', '=', month.accountId)
        .where('period_start', '=', month.periodStart)
        .execute();
    }
    return removed;
  });
  return {
    ok: true,
    dryRun: false,
    months: going,
    ledgerRows: removal.ledgerRows,
    partitionsDropped: removal.partitionsDropped,
  };
}
