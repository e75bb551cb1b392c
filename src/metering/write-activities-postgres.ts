import type { PostgresPool, StatementRunner } from '../store/dialect.js';
import { withPostgresRetry } from '../store/postgres-retry.js';
import type { AccountMonth, LedgerEntry, WriteOutcome } from './ledger-entry.js';

/**
 * The whole batch is one call of `tally_record_activities` (migration 15), so one round
 * trip and one atomic write however large the batch: the ledger append skips replayed
 * keys; only the rows it appended reach the active set (the earliest per contact, so the
 * explanation names the first activity); rows the active set truly gained raise the
 * month's counter and their day's counter; a first activity moved earlier moves its
 * contact between day counters. Uniqueness is the primary keys' job, so concurrent
 * writers stay exact.
 *
 * Closed months are guarded by the counter upsert alone: every month of the batch is
 * touched there, and only while open. Month close locks the month row FOR UPDATE; a batch
 * reaching the row before the close holds it until commit, so the close counts it; a
 * batch reaching it after sees the month closed and the function raises `period_closed`
 * (SQLSTATE TL001, the closed months in its detail), which undoes the whole call. Nothing
 * is locked before the writes, so writers never queue on a month.
 */
const recordBatchSql =
  'SELECT recorded_count, newly_active_count FROM tally_record_activities($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)';

interface Counts {
  recorded_count: string;
  newly_active_count: string;
}

/** The SQLSTATE `tally_record_activities` raises when a month of the batch is closed. */
const periodClosed = 'TL001';

/**
 * The batch's call on the connection that holds the caller's transaction, or on its own
 * (autocommit: the call is its own transaction). When a month of the batch is closed,
 * names the closed months instead; the caller's transaction is then aborted and must be
 * rolled back.
 */
export async function writeActivitiesInTransaction(
  run: StatementRunner,
  entries: readonly LedgerEntry[],
  recordedAt: number,
): Promise<WriteOutcome> {
  try {
    const result = await run<Counts>(
      'tally_record_activities',
      recordBatchSql,
      batchParameters(entries, recordedAt),
    );
    const row = result.rows[0] as Counts;
    const recorded = Number(row.recorded_count);
    return {
      ok: true,
      recorded,
      replayed: entries.length - recorded,
      newlyActive: Number(row.newly_active_count),
    };
  } catch (error) {
    const closedMonths = closedMonthsOf(error);
    if (closedMonths) return { ok: false, closedMonths };
    throw error;
  }
}

function closedMonthsOf(error: unknown): AccountMonth[] | undefined {
  const { code, detail } = (error ?? {}) as { code?: unknown; detail?: unknown };
  if (code !== periodClosed || typeof detail !== 'string') return undefined;
  return (JSON.parse(detail) as [string, number | string][]).map(([accountId, periodStart]) => ({
    accountId,
    periodStart: Number(periodStart),
  }));
}

/**
 * The batch as one PostgreSQL array literal per input column of the function, then the
 * batch's months with their local day starts.
 * Rows go in (key, account) order, the ledger key's order: every writer takes ledger rows
 * in that order, so concurrent batches sharing keys (re-deliveries) queue behind each
 * other instead of deadlocking. Keys are mostly time-ordered already, which the sort
 * notices. The literals are built here rather than by the driver's generic array
 * serialiser, which costs more client CPU than the database spends on a batch's ledger.
 */
function batchParameters(entries: readonly LedgerEntry[], recordedAt: number): (string | number)[] {
  const rows = [...entries].sort(byKeyThenAccount);
  const accounts: string[] = new Array(rows.length);
  const keys: string[] = new Array(rows.length);
  const periodStarts: number[] = new Array(rows.length);
  const contacts: string[] = new Array(rows.length);
  const kinds: string[] = new Array(rows.length);
  const actors: string[] = new Array(rows.length);
  const times: number[] = new Array(rows.length);
  const months = new Map<string, LedgerEntry>();
  for (let index = 0; index < rows.length; index++) {
    const entry = rows[index] as LedgerEntry;
    accounts[index] = quoted(entry.accountId);
    keys[index] = quoted(entry.key);
    periodStarts[index] = entry.periodStart;
    contacts[index] = quoted(entry.contactId);
    kinds[index] = entry.kind;
    actors[index] = entry.actor;
    times[index] = entry.occurredAt;
    const month = `${entry.periodStart}\u0000${entry.accountId}`;
    if (!months.has(month)) months.set(month, entry);
  }
  const monthEntries = [...months.values()];
  return [
    ...[accounts, keys, periodStarts, contacts, kinds, actors, times].map(arrayLiteral),
    recordedAt,
    arrayLiteral(monthEntries.map((month) => quoted(month.accountId))),
    arrayLiteral(monthEntries.map((month) => month.periodStart)),
    arrayLiteral(monthEntries.map((month) => month.periodEnd)),
    arrayLiteral(monthEntries.map((month) => `"{${month.dayStarts.join(',')}}"`)),
  ];
}

function arrayLiteral(column: readonly (string | number)[]): string {
  return `{${column.join(',')}}`;
}

function byKeyThenAccount(a: LedgerEntry, b: LedgerEntry): number {
  if (a.key !== b.key) return a.key < b.key ? -1 : 1;
  return a.accountId < b.accountId ? -1 : a.accountId > b.accountId ? 1 : 0;
}

/** Inside a quoted array element only backslash and double quote need escaping. */
const escapable = /[\\"]/;
const escapables = /[\\"]/g;

/** One element of a text array literal. Kinds and actors are fixed words and go bare. */
function quoted(value: string): string {
  return `"${escapable.test(value) ? value.replace(escapables, '\\$&') : value}"`;
}

/**
 * A batch as one call outside any transaction block: the call commits as it ends, so the
 * request costs one round trip (no BEGIN, no COMMIT). Retried on deadlock.
 */
export async function writeActivitiesPostgres(
  pool: PostgresPool,
  entries: readonly LedgerEntry[],
  recordedAt: number,
): Promise<WriteOutcome> {
  return withPostgresRetry(async () => {
    // The pool's promise connect, not pool.query: a failed connect then reads as the
    // database being unavailable (503), as every other request's does.
    const client = await pool.connect();
    try {
      return await writeActivitiesInTransaction(
        (name, text, values) => client.query({ name, text, values }) as never,
        entries,
        recordedAt,
      );
    } finally {
      client.release();
    }
  });
}
