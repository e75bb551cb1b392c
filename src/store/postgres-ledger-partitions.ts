import { type Kysely, sql } from 'kysely';
import type { LedgerMonth, LedgerRemoval } from './dialect.js';
import type { Database } from './schema.js';

/**
 * The PostgreSQL ledger's partitions (decision 0049): one per UTC calendar month of
 * `period_start`, named `activity_ledger_y2026m03`, plus `activity_ledger_default`, which
 * takes any row whose month has no partition yet, so a write never fails for want of DDL.
 * Partitions are made ahead of need, and any month found in the default partition gets
 * its own partition (its rows moved there), so the default stays empty in normal running.
 */

const partitionName = /^activity_ledger_y(\d{4})m(\d{2})$/;

/** An arbitrary constant naming the partition maintenance among PostgreSQL advisory locks. */
const partitionLockClass = 7_461_049;

/** How many months after the current one get their partition ahead of time. */
export const monthsPreparedAhead = 3;

/** The UTC calendar month holding `instant`, as [start, end) epoch milliseconds. */
export function utcMonthOf(instant: number): { start: number; end: number } {
  const date = new Date(instant);
  const start = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1);
  return { start, end: Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1) };
}

function nameOf(monthStart: number): string {
  const date = new Date(monthStart);
  return `activity_ledger_y${date.getUTCFullYear()}m${String(date.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** The month partitions that exist, by month start. */
export async function ledgerPartitions(db: Kysely<Database>): Promise<Map<number, string>> {
  const rows = await sql<{ name: string }>`
    SELECT c.relname AS name FROM pg_inherits i
    JOIN pg_class c ON c.oid = i.inhrelid
    WHERE i.inhparent = 'activity_ledger'::regclass`.execute(db);
  const partitions = new Map<number, string>();
  for (const { name } of rows.rows) {
    const match = partitionName.exec(name);
    if (match) partitions.set(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1), name);
  }
  return partitions;
}

/**
 * Makes sure the months around `now` (the previous one, still open during the close's
 * grace period, to `monthsPreparedAhead` ahead) and every month that has rows in the
 * default partition have partitions of their own. Cheap when nothing is missing (two
 * catalog-sized reads). Instances take turns through an advisory lock; a lock the DDL
 * cannot get within two seconds (a long transaction on the ledger) skips this round
 * rather than queueing ingest behind it: the default partition takes the rows meanwhile.
 */
export async function preparePostgresLedgerMonths(db: Kysely<Database>, now: number): Promise<string[]> {
  const wanted = new Set<number>();
  let month = utcMonthOf(utcMonthOf(now).start - 1).start;
  for (let step = 0; step <= monthsPreparedAhead + 1; step++) {
    wanted.add(month);
    month = utcMonthOf(month).end;
  }
  const existing = await ledgerPartitions(db);
  const strays = await sql<{ month_start: number }>`
    SELECT DISTINCT (extract(epoch FROM date_trunc('month', to_timestamp(period_start / 1000.0) AT TIME ZONE 'UTC')) * 1000)::int8 AS month_start
    FROM activity_ledger_default`.execute(db);
  for (const row of strays.rows) wanted.add(Number(row.month_start));
  const missing = [...wanted].filter((start) => !existing.has(start)).sort((a, b) => a - b);
  if (missing.length === 0) return [];
  try {
    return await db.transaction().execute(async (trx) => {
      await sql`SET LOCAL lock_timeout = '2s'`.execute(trx);
      await sql`SELECT pg_advisory_xact_lock(${partitionLockClass}, hashtext(current_schema()))`.execute(trx);
      // The parent first, as every write takes it (a write locks the parent, then the
      // partition its rows route to): taking the default partition first deadlocked with
      // writes that held the parent and waited for the default partition, while CREATE
      // TABLE … PARTITION OF waited for theirs on the parent. It needs ACCESS EXCLUSIVE on
      // the parent anyway.
      await sql`LOCK TABLE activity_ledger IN ACCESS EXCLUSIVE MODE`.execute(trx);
      // Writes routed to the default partition wait until its rows have moved, so none
      // can land there for a month whose partition is being made.
      await sql`LOCK TABLE activity_ledger_default IN EXCLUSIVE MODE`.execute(trx);
      const current = await ledgerPartitions(trx);
      const created: string[] = [];
      for (const start of missing) {
        if (current.has(start)) continue;
        const { end } = utcMonthOf(start);
        const name = nameOf(start);
        await sql
          .raw(`CREATE TEMP TABLE ledger_moving ON COMMIT DROP AS
            SELECT * FROM activity_ledger_default WHERE period_start >= ${start} AND period_start < ${end}`)
          .execute(trx);
        await sql
          .raw(`DELETE FROM activity_ledger_default WHERE period_start >= ${start} AND period_start < ${end}`)
          .execute(trx);
        await sql
          .raw(`CREATE TABLE ${name} PARTITION OF activity_ledger FOR VALUES FROM (${start}) TO (${end})`)
          .execute(trx);
        await sql.raw('INSERT INTO activity_ledger SELECT * FROM ledger_moving').execute(trx);
        await sql.raw('DROP TABLE ledger_moving').execute(trx);
        created.push(name);
      }
      return created;
    });
  } catch (error) {
    if ((error as { code?: string }).code === '55P03') return [];
    throw error;
  }
}

/**
 * The month partitions that would go whole if these account months went: those whose
 * every account month (by `usage_months`, which has a row for every month with ledger
 * rows) is among them.
 */
export async function postgresPartitionsCoveredBy(
  db: Kysely<Database>,
  months: readonly LedgerMonth[],
): Promise<string[]> {
  const going = new Set(months.map((month) => `${month.accountId}\u0000${month.periodStart}`));
  const partitions = await ledgerPartitions(db);
  const covered: string[] = [];
  for (const [start, name] of [...partitions].sort((a, b) => a[0] - b[0])) {
    const { end } = utcMonthOf(start);
    const inPartition = await db
      .selectFrom('usage_months')
      .select(['account_id', 'period_start'])
      .where('period_start', '>=', start)
      .where('period_start', '<', end)
      .execute();
    if (inPartition.length === 0) continue;
    if (inPartition.every((row) => going.has(`${row.account_id}\u0000${Number(row.period_start)}`))) {
      covered.push(name);
    }
  }
  return covered;
}

/**
 * Removes the ledger rows of these account months inside the caller's transaction: a
 * partition every one of whose months goes is detached and dropped (no DELETE, no vacuum
 * debt); the remaining months' rows are deleted. Fan-out members of removed activities go
 * with them.
 */
export async function removePostgresLedgerMonths(
  db: Kysely<Database>,
  months: readonly LedgerMonth[],
): Promise<LedgerRemoval> {
  const dropped = await postgresPartitionsCoveredBy(db, months);
  const partitions = await ledgerPartitions(db);
  const droppedStarts = new Set(
    [...partitions].filter(([, name]) => dropped.includes(name)).map(([start]) => start),
  );
  let rows = 0;
  // Row deletions first: detaching takes an exclusive lock on the ledger, held until commit,
  // which ingest waits on; it should be the last thing the transaction does.
  for (const month of months.filter(
    (candidate) => !droppedStarts.has(utcMonthOf(candidate.periodStart).start),
  )) {
    await sql`
      DELETE FROM fanout_contacts f USING activity_ledger l
      WHERE l.account_id = ${month.accountId} AND l.period_start = ${month.periodStart} AND l.contact_id IS NULL
        AND f.account_id = l.account_id AND f.activity_key = l.activity_key`.execute(db);
    const deleted = await db
      .deleteFrom('activity_ledger')
      .where('account_id', '=', month.accountId)
      .where('period_start', '=', month.periodStart)
      .executeTakeFirst();
    rows += Number(deleted.numDeletedRows);
  }
  for (const name of dropped) {
    await sql
      .raw(`DELETE FROM fanout_contacts f USING ${name} l
        WHERE l.contact_id IS NULL AND f.account_id = l.account_id AND f.activity_key = l.activity_key`)
      .execute(db);
    const counted = await sql<{ rows: number }>`SELECT count(*) AS rows FROM ${sql.table(name)}`.execute(db);
    rows += Number(counted.rows[0]?.rows ?? 0);
  }
  if (dropped.length > 0) {
    // Rather fail (and be run again) than have every ingest queue behind a detach that
    // waits for a long transaction on the ledger.
    await sql`SET LOCAL lock_timeout = '5s'`.execute(db);
    for (const name of dropped) {
      await sql.raw(`ALTER TABLE activity_ledger DETACH PARTITION ${name}`).execute(db);
      await sql.raw(`DROP TABLE ${name}`).execute(db);
    }
  }
  return { ledgerRows: rows, partitionsDropped: dropped };
}
