import type pg from 'pg';
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
export type StatementRunner = <Row>(
  name: string,
  text: string,
  values: unknown[],
) => Promise<{ rows: Row[] }>;

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
  const months = new Map<string, { accountId: string; periodStart: number; periodEnd: number }>();
  for (const entry of entries) {
    const key = `${entry.periodStart}\u0000${entry.accountId}`;
    if (!months.has(key)) {
      months.set(key, {
        accountId: entry.accountId,
        periodStart: entry.periodStart,
        periodEnd: entry.periodEnd,
      });
    }
  }
  const monthAccounts = [...months.values()].map((month) => month.accountId);
  const monthStarts = [...months.values()].map((month) => month.periodStart);
  const columns: [string[], string[], number[], number[], string[], string[], string[], number[]] = [
    [],
    [],
    [],
    [],
    [],
    [],
    [],
    [],
  ];
  // Every writer takes ledger rows in (account, key) order, so concurrent batches sharing
  // keys (re-deliveries) queue behind each other instead of deadlocking.
  const ordered = [...entries].sort((a, b) =>
    a.accountId === b.accountId
      ? a.key < b.key
        ? -1
        : a.key > b.key
          ? 1
          : 0
      : a.accountId < b.accountId
        ? -1
        : 1,
  );
  for (const entry of ordered) {
    columns[0].push(entry.accountId);
    columns[1].push(entry.key);
    columns[2].push(entry.periodStart);
    columns[3].push(entry.periodEnd);
    columns[4].push(entry.contactId);
    columns[5].push(entry.kind);
    columns[6].push(entry.actor);
    columns[7].push(entry.occurredAt);
  }
  const result = await run<Counts>('tally_record_activities', recordBatchSql, [...columns, recordedAt]);
  const row = result.rows[0] as Counts;
  if (Number(row.open_months) < Number(row.months)) {
    const closed = await run<{ account_id: string; period_start: number }>(
      'tally_closed_months',
      closedMonthsSql,
      [monthAccounts, monthStarts],
    );
    return {
      ok: false,
      closedMonths: closed.rows.map((month) => ({
        accountId: month.account_id,
        periodStart: Number(month.period_start),
      })),
    };
  }
  const recorded = Number(row.recorded);
  return { ok: true, recorded, replayed: entries.length - recorded, newlyActive: Number(row.newly_active) };
}

/** A batch in a transaction of its own, retried on deadlock. */
export async function writeActivitiesPostgres(
  pool: pg.Pool,
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
