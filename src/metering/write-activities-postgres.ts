import type pg from 'pg';
import { withPostgresRetry } from '../store/postgres-retry.js';
import type { LedgerEntry, WriteSummary } from './ledger-entry.js';

/**
 * The whole batch is one statement, so one round trip and one atomic write however large
 * the batch: the ledger append skips replayed keys; only the rows it appended reach the
 * active set (the earliest per contact, so the explanation names the first activity);
 * rows the active set truly gained (`xmax = 0` tells an insert from an update) raise the
 * month's counter. Uniqueness is the primary keys' job, so concurrent writers stay exact.
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
  RETURNING account_id, activity_key, period_start, contact_id, kind, actor, occurred_at
),
firsts AS (
  SELECT DISTINCT ON (account_id, period_start, contact_id) * FROM ledger
  ORDER BY account_id, period_start, contact_id, occurred_at, activity_key
),
active AS (
  INSERT INTO active_contacts (account_id, period_start, contact_id, first_activity_key, first_kind, first_actor, first_occurred_at)
  SELECT account_id, period_start, contact_id, activity_key, kind, actor, occurred_at FROM firsts
  ON CONFLICT (account_id, period_start, contact_id) DO UPDATE SET
    first_activity_key = excluded.first_activity_key, first_kind = excluded.first_kind,
    first_actor = excluded.first_actor, first_occurred_at = excluded.first_occurred_at
    WHERE excluded.first_occurred_at < active_contacts.first_occurred_at
  RETURNING account_id, period_start, (xmax = 0) AS inserted
),
gained AS (
  SELECT account_id, period_start, count(*) AS contacts FROM active WHERE inserted GROUP BY account_id, period_start
),
counted AS (
  INSERT INTO usage_months (account_id, period_start, period_end, active_contacts)
  SELECT g.account_id, g.period_start, m.period_end, g.contacts
  FROM gained g JOIN (SELECT DISTINCT account_id, period_start, period_end FROM input) m USING (account_id, period_start)
  ORDER BY g.account_id, g.period_start
  ON CONFLICT (account_id, period_start) DO UPDATE SET active_contacts = usage_months.active_contacts + excluded.active_contacts
)
SELECT (SELECT count(*) FROM ledger) AS recorded, (SELECT coalesce(sum(contacts), 0) FROM gained) AS newly_active`;

export async function writeActivitiesPostgres(
  pool: pg.Pool,
  entries: readonly LedgerEntry[],
  recordedAt: number,
): Promise<WriteSummary> {
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
  for (const entry of entries) {
    columns[0].push(entry.accountId);
    columns[1].push(entry.key);
    columns[2].push(entry.periodStart);
    columns[3].push(entry.periodEnd);
    columns[4].push(entry.contactId);
    columns[5].push(entry.kind);
    columns[6].push(entry.actor);
    columns[7].push(entry.occurredAt);
  }
  const result = await withPostgresRetry(() =>
    pool.query<{ recorded: number; newly_active: number }>({
      name: 'tally_record_activities',
      text: recordBatchSql,
      values: [...columns, recordedAt],
    }),
  );
  const row = result.rows[0] as { recorded: number; newly_active: number };
  return { recorded: row.recorded, replayed: entries.length - row.recorded, newlyActive: row.newly_active };
}
