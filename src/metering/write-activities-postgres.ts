import type { PostgresPool, StatementRunner } from '../store/dialect.js';
import { withPostgresRetry } from '../store/postgres-retry.js';
import type { LedgerEntry, WriteOutcome } from './ledger-entry.js';

/**
 * The whole batch is one statement, so one round trip and one atomic write however large
 * the batch: the ledger append skips replayed keys; only the rows it appended reach the
 * active set (the earliest per contact, so the explanation names the first activity);
 * rows the active set truly gained (`xmax = 0` tells an insert from an update) raise the
 * month's counter. Uniqueness is the primary keys' job, so concurrent writers stay exact.
 *
 * Closed months are guarded by the counter upsert alone: every month of the batch is
 * touched there, and only while open. Month close locks the month row FOR UPDATE; a batch
 * reaching the row before the close holds it until commit, so the close counts it; a
 * batch reaching it after sees the month closed, is told so by `open_months`, and rolls
 * back whole. Nothing is locked before the writes, so writers never queue on a month.
 */
const recordBatchSql = `
WITH input AS (
  SELECT * FROM unnest($1::text[], $2::text[], $3::int8[], $4::int8[], $5::text[], $6::text[], $7::text[], $8::int8[])
    AS t (account_id, activity_key, period_start, period_end, contact_id, kind, actor, occurred_at)
),
ledger AS (
  INSERT INTO activity_ledger (account_id, activity_key, period_start, contact_id, kind, actor, occurred_at, recorded_at)
  SELECT account_id, activity_key, period_start, contact_id, kind, actor, occurred_at, $9 FROM input
  ON CONFLICT DO NOTHING
  RETURNING account_id, activity_key, period_start, contact_id, occurred_at
),
firsts AS (
  SELECT DISTINCT ON (account_id, period_start, contact_id) * FROM ledger
  ORDER BY account_id, period_start, contact_id, occurred_at, activity_key
),
active AS (
  INSERT INTO active_contacts (account_id, period_start, contact_id, first_activity_key, first_occurred_at)
  SELECT account_id, period_start, contact_id, activity_key, occurred_at FROM firsts
  ON CONFLICT (account_id, period_start, contact_id) DO UPDATE SET
    first_activity_key = excluded.first_activity_key, first_occurred_at = excluded.first_occurred_at
    WHERE excluded.first_occurred_at < active_contacts.first_occurred_at
  RETURNING account_id, period_start, first_occurred_at, (xmax = 0) AS inserted
),
gained AS (
  SELECT account_id, period_start, count(*) AS contacts, max(first_occurred_at) AS latest_first_at
  FROM active WHERE inserted GROUP BY account_id, period_start
),
months AS (
  SELECT DISTINCT account_id, period_start, period_end FROM input
),
counted AS (
  INSERT INTO usage_months (account_id, period_start, period_end, active_contacts, latest_first_at)
  SELECT m.account_id, m.period_start, m.period_end, coalesce(g.contacts, 0), coalesce(g.latest_first_at, 0)
  FROM months m LEFT JOIN gained g USING (account_id, period_start)
  ORDER BY m.account_id, m.period_start
  ON CONFLICT (account_id, period_start) DO UPDATE SET
    active_contacts = usage_months.active_contacts + excluded.active_contacts,
    latest_first_at = greatest(usage_months.latest_first_at, excluded.latest_first_at)
    WHERE usage_months.closed_at IS NULL
  RETURNING 1
)
SELECT (SELECT count(*) FROM ledger) AS recorded, (SELECT coalesce(sum(contacts), 0) FROM gained) AS newly_active,
  (SELECT count(*) FROM months) AS months, (SELECT count(*) FROM counted) AS open_months`;

interface Counts {
  recorded: number;
  newly_active: number;
  months: number;
  open_months: number;
}

const closedMonthsSql = `
SELECT u.account_id, u.period_start FROM usage_months u
JOIN unnest($1::text[], $2::int8[]) AS t (account_id, period_start)
  ON u.account_id = t.account_id AND u.period_start = t.period_start
WHERE u.closed_at IS NOT NULL`;

/** Runs one parameterised statement on the connection that holds the transaction. */
/**
 * The batch's statement inside an open transaction; when a month of the batch is closed,
 * names the closed months instead. The caller begins and commits (a contact action commits
 * its own change and its activity together) and rolls back on `ok: false`.
 */
export async function writeActivitiesInTransaction(
  run: StatementRunner,
  entries: readonly LedgerEntry[],
  recordedAt: number,
): Promise<WriteOutcome> {
  const result = await run<Counts>('tally_record_activities', recordBatchSql, [
    ...batchColumns(entries),
    recordedAt,
  ]);
  const row = result.rows[0] as Counts;
  if (Number(row.open_months) === Number(row.months)) {
    const recorded = Number(row.recorded);
    return { ok: true, recorded, replayed: entries.length - recorded, newlyActive: Number(row.newly_active) };
  }
  const months = new Map<string, LedgerEntry>();
  for (const entry of entries) months.set(`${entry.periodStart}\u0000${entry.accountId}`, entry);
  const closed = await run<{ account_id: string; period_start: number }>(
    'tally_closed_months',
    closedMonthsSql,
    [
      [...months.values()].map((month) => month.accountId),
      [...months.values()].map((month) => month.periodStart),
    ],
  );
  return {
    ok: false,
    closedMonths: closed.rows.map((month) => ({
      accountId: month.account_id,
      periodStart: Number(month.period_start),
    })),
  };
}

/**
 * The batch as one PostgreSQL array literal per column of `recordBatchSql`'s input.
 * Rows go in (key, account) order, the ledger key's order: every writer takes ledger rows
 * in that order, so concurrent batches sharing keys (re-deliveries) queue behind each
 * other instead of deadlocking. Keys are mostly time-ordered already, which the sort
 * notices. The literals are built here rather than by the driver's generic array
 * serialiser, which costs more client CPU than the database spends on a batch's ledger.
 */
function batchColumns(entries: readonly LedgerEntry[]): string[] {
  const rows = [...entries].sort(byKeyThenAccount);
  const accounts: string[] = new Array(rows.length);
  const keys: string[] = new Array(rows.length);
  const periodStarts: number[] = new Array(rows.length);
  const periodEnds: number[] = new Array(rows.length);
  const contacts: string[] = new Array(rows.length);
  const kinds: string[] = new Array(rows.length);
  const actors: string[] = new Array(rows.length);
  const times: number[] = new Array(rows.length);
  for (let index = 0; index < rows.length; index++) {
    const entry = rows[index] as LedgerEntry;
    accounts[index] = quoted(entry.accountId);
    keys[index] = quoted(entry.key);
    periodStarts[index] = entry.periodStart;
    periodEnds[index] = entry.periodEnd;
    contacts[index] = quoted(entry.contactId);
    kinds[index] = entry.kind;
    actors[index] = entry.actor;
    times[index] = entry.occurredAt;
  }
  return [accounts, keys, periodStarts, periodEnds, contacts, kinds, actors, times].map(
    (column) => `{${column.join(',')}}`,
  );
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

/** A batch in a transaction of its own, retried on deadlock. */
export async function writeActivitiesPostgres(
  pool: PostgresPool,
  entries: readonly LedgerEntry[],
  recordedAt: number,
): Promise<WriteOutcome> {
  return withPostgresRetry(async (): Promise<WriteOutcome> => {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const outcome = await writeActivitiesInTransaction(
        (name, text, values) => client.query({ name, text, values }) as never,
        entries,
        recordedAt,
      );
      await client.query(outcome.ok ? 'COMMIT' : 'ROLLBACK');
      return outcome;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  });
}
