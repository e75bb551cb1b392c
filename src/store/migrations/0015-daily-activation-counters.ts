import { sql } from 'kysely';
import { Temporal } from 'temporal-polyfill';
import { columnTypes, type Migration } from '../migration.js';

/**
 * Per-day activation counters (issue 18, decision 0050): `daily_activations` holds, per
 * account, usage month and local day, how many contacts first became active that day. It
 * is written in the transaction that writes the active set, so the daily chart and the
 * forecast read at most 31 rows instead of grouping the month's active set.
 *
 * `active_contacts.previous_first_at` is set by the write that moves a contact's first
 * activity earlier, to the time it replaced; that write answers it, so the day the
 * contact leaves is known exactly even under concurrent writers (PostgreSQL before 18
 * cannot return a row's old values otherwise).
 *
 * On PostgreSQL, `tally_record_activities` writes a whole batch (ledger, active set, day
 * counters, month counters) in one call, so an ingest request needs one round trip and no
 * BEGIN/COMMIT: it raises SQLSTATE TL001 `period_closed`, with the closed months as JSON
 * in its detail, which rolls the whole batch back.
 *
 * Existing months are counted from their active sets here; the local days are a frozen
 * copy of the application's arithmetic (each local midnight in the account's time zone).
 */
export const dailyActivationCountersMigration: Migration = {
  version: 15,
  name: 'daily-activation-counters',
  async up(db, engine) {
    const { int, clustered } = columnTypes(engine);
    const statements = [
      `CREATE TABLE daily_activations (
        account_id text NOT NULL,
        period_start ${int} NOT NULL,
        day_start ${int} NOT NULL,
        newly_active ${int} NOT NULL,
        PRIMARY KEY (account_id, period_start, day_start)
      )${clustered}`,
      `ALTER TABLE active_contacts ADD COLUMN previous_first_at ${int}`,
    ];
    if (engine === 'postgres') {
      // Today's rows take an update from nearly every batch, like the month rows (migration 11).
      statements.push('ALTER TABLE daily_activations SET (fillfactor = 20)', recordActivitiesFunction);
    }
    for (const statement of statements) await sql.raw(statement).execute(db);
    await countExistingMonths(db);
  },
};

const farPast = -8_640_000_000_000_000;
const farFuture = 8_640_000_000_000_000;

// biome-ignore lint/suspicious/noExplicitAny: migrations run before the typed schema exists.
async function countExistingMonths(db: any): Promise<void> {
  const months: { account_id: string; period_start: number; period_end: number; time_zone: string }[] =
    await db
      .selectFrom('usage_months as m')
      .innerJoin('accounts as a', 'a.account_id', 'm.account_id')
      .select(['m.account_id', 'm.period_start', 'm.period_end', 'a.time_zone'])
      .where('m.active_contacts', '>', 0)
      .execute();
  if (months.length === 0) return;
  await sql
    .raw(`CREATE TABLE daily_activation_backfill (
      account_id text NOT NULL, period_start bigint NOT NULL, day_start bigint NOT NULL,
      range_start bigint NOT NULL, range_end bigint NOT NULL)`)
    .execute(db);
  let rows: Record<string, string | number>[] = [];
  const flush = async () => {
    if (rows.length > 0) await db.insertInto('daily_activation_backfill').values(rows).execute();
    rows = [];
  };
  for (const month of months) {
    const start = Number(month.period_start);
    const starts = localDayStarts(start, Number(month.period_end), month.time_zone);
    starts.forEach((dayStart, index) => {
      rows.push({
        account_id: month.account_id,
        period_start: start,
        day_start: dayStart,
        // A first activity outside the month (none should exist) still counts on an edge day.
        range_start: index === 0 ? farPast : dayStart,
        range_end: index === starts.length - 1 ? farFuture : (starts[index + 1] as number),
      });
    });
    if (rows.length >= 1_000) await flush();
  }
  await flush();
  await sql
    .raw(`INSERT INTO daily_activations (account_id, period_start, day_start, newly_active)
      SELECT d.account_id, d.period_start, d.day_start, count(*)
      FROM daily_activation_backfill d JOIN active_contacts a
        ON a.account_id = d.account_id AND a.period_start = d.period_start
        AND a.first_occurred_at >= d.range_start AND a.first_occurred_at < d.range_end
      GROUP BY d.account_id, d.period_start, d.day_start`)
    .execute(db);
  await sql.raw('DROP TABLE daily_activation_backfill').execute(db);
}

function localDayStarts(monthStart: number, monthEnd: number, timeZone: string): number[] {
  const starts: number[] = [];
  let date = Temporal.Instant.fromEpochMilliseconds(monthStart).toZonedDateTimeISO(timeZone).toPlainDate();
  let start = monthStart;
  while (start < monthEnd) {
    starts.push(start);
    date = date.add({ days: 1 });
    start = date.toZonedDateTime({ timeZone }).epochMilliseconds;
  }
  return starts;
}

/**
 * One batch in one statement, as decision 0031 wrote it, plus the day counters: each row
 * the active set gained adds one to its first activity's day; each row whose first
 * activity moved earlier moves one from the day of `previous_first_at` to the new day.
 * A month's local day starts arrive with the batch (`p_month_days`, sorted), and
 * `width_bucket` finds an instant's day among them. Day rows are written in key order, as
 * the month rows are, so concurrent batches queue rather than deadlock.
 */
const recordActivitiesFunction = `
CREATE OR REPLACE FUNCTION tally_record_activities(
  p_accounts text[], p_keys text[], p_period_starts int8[], p_contacts text[], p_kinds text[],
  p_actors text[], p_times int8[], p_recorded_at int8,
  p_month_accounts text[], p_month_starts int8[], p_month_ends int8[], p_month_days text[],
  OUT recorded_count int8, OUT newly_active_count int8)
LANGUAGE plpgsql AS $function$
#variable_conflict use_column
DECLARE
  v_day_rows int8;
  v_months int8;
  v_open_months int8;
  v_closed text;
BEGIN
  WITH input AS (
    SELECT * FROM unnest(p_accounts, p_keys, p_period_starts, p_contacts, p_kinds, p_actors, p_times)
      AS t (account_id, activity_key, period_start, contact_id, kind, actor, occurred_at)
  ),
  months AS (
    SELECT account_id, period_start, period_end, day_list::int8[] AS days
    FROM unnest(p_month_accounts, p_month_starts, p_month_ends, p_month_days)
      AS m (account_id, period_start, period_end, day_list)
  ),
  ledger AS (
    INSERT INTO activity_ledger (account_id, activity_key, period_start, contact_id, kind, actor, occurred_at, recorded_at)
    SELECT account_id, activity_key, period_start, contact_id, kind, actor, occurred_at, p_recorded_at FROM input
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
      first_activity_key = excluded.first_activity_key, first_occurred_at = excluded.first_occurred_at,
      previous_first_at = active_contacts.first_occurred_at
      WHERE excluded.first_occurred_at < active_contacts.first_occurred_at
    RETURNING account_id, period_start, first_occurred_at, previous_first_at, (xmax = 0) AS inserted
  ),
  day_moves AS (
    SELECT a.account_id, a.period_start, m.days[greatest(width_bucket(a.first_occurred_at, m.days), 1)] AS day_start, 1 AS delta
    FROM active a JOIN months m ON m.account_id = a.account_id AND m.period_start = a.period_start
    UNION ALL
    SELECT a.account_id, a.period_start, m.days[greatest(width_bucket(a.previous_first_at, m.days), 1)], -1
    FROM active a JOIN months m ON m.account_id = a.account_id AND m.period_start = a.period_start
    WHERE NOT a.inserted
  ),
  days_counted AS (
    INSERT INTO daily_activations (account_id, period_start, day_start, newly_active)
    SELECT account_id, period_start, day_start, sum(delta) FROM day_moves
    GROUP BY account_id, period_start, day_start HAVING sum(delta) <> 0
    ORDER BY account_id, period_start, day_start
    ON CONFLICT (account_id, period_start, day_start) DO UPDATE SET
      newly_active = daily_activations.newly_active + excluded.newly_active
    RETURNING 1
  ),
  gained AS (
    SELECT account_id, period_start, count(*) AS contacts, max(first_occurred_at) AS latest_first_at
    FROM active WHERE inserted GROUP BY account_id, period_start
  ),
  counted AS (
    INSERT INTO usage_months (account_id, period_start, period_end, active_contacts, latest_first_at)
    SELECT m.account_id, m.period_start, m.period_end, coalesce(g.contacts, 0), coalesce(g.latest_first_at, 0)
    FROM months m LEFT JOIN gained g ON g.account_id = m.account_id AND g.period_start = m.period_start
    ORDER BY m.account_id, m.period_start
    ON CONFLICT (account_id, period_start) DO UPDATE SET
      active_contacts = usage_months.active_contacts + excluded.active_contacts,
      latest_first_at = greatest(usage_months.latest_first_at, excluded.latest_first_at)
      WHERE usage_months.closed_at IS NULL
    RETURNING 1
  )
  -- The day rows are read (so written) before the month rows: a CTE nobody reads runs
  -- only after the main query, and fan-outs take day rows before the month row too, so
  -- every writer locks the two in the same order.
  SELECT (SELECT count(*) FROM ledger), (SELECT coalesce(sum(contacts), 0) FROM gained),
    (SELECT count(*) FROM days_counted), (SELECT count(*) FROM months), (SELECT count(*) FROM counted)
  INTO recorded_count, newly_active_count, v_day_rows, v_months, v_open_months;
  IF v_open_months < v_months THEN
    SELECT json_agg(json_build_array(u.account_id, u.period_start))::text INTO v_closed
    FROM usage_months u
    JOIN unnest(p_month_accounts, p_month_starts) AS t (account_id, period_start)
      ON u.account_id = t.account_id AND u.period_start = t.period_start
    WHERE u.closed_at IS NOT NULL;
    RAISE EXCEPTION 'period_closed' USING ERRCODE = 'TL001', DETAIL = coalesce(v_closed, '[]');
  END IF;
END
$function$`;
