import { sql } from 'kysely';
import { columnTypes, type Migration } from '../migration.js';

/**
 * The ledger by usage month (decision 0049):
 * - an activity's identity becomes (account, usage month, key): the primary key is
 *   `(activity_key, account_id, period_start)` on both engines, key first as in decision
 *   0031, so a re-delivery (same key, same occurrence, same month) is still a no-op, and
 *   PostgreSQL can partition the table, whose unique keys must hold the partition key;
 * - on PostgreSQL the ledger is range-partitioned on `period_start`, one partition per
 *   UTC calendar month of `period_start` (`activity_ledger_y2026m03`), with a default
 *   partition so that a write never fails for a partition not created yet;
 * - `usage_months.ledger_pruned_at` says when retention removed a month's ledger rows, so
 *   `tally verify` no longer expects them.
 * Existing rows are copied over in the migration's transaction.
 */
export const ledgerByMonthMigration: Migration = {
  version: 14,
  name: 'ledger-by-month',
  async up(db, engine) {
    const { int } = columnTypes(engine);
    const columns = `account_id text NOT NULL,
      activity_key text NOT NULL,
      period_start ${int} NOT NULL,
      contact_id text,
      kind text NOT NULL,
      actor text NOT NULL,
      occurred_at ${int} NOT NULL,
      recorded_at ${int} NOT NULL,
      PRIMARY KEY (activity_key, account_id, period_start)`;
    const columnList =
      'account_id, activity_key, period_start, contact_id, kind, actor, occurred_at, recorded_at';
    await sql.raw(`ALTER TABLE usage_months ADD COLUMN ledger_pruned_at ${int}`).execute(db);
    if (engine === 'sqlite') {
      for (const statement of [
        `CREATE TABLE activity_ledger_by_month (${columns})`,
        `INSERT INTO activity_ledger_by_month SELECT ${columnList} FROM activity_ledger ORDER BY rowid`,
        'DROP TABLE activity_ledger',
        'ALTER TABLE activity_ledger_by_month RENAME TO activity_ledger',
      ]) {
        await sql.raw(statement).execute(db);
      }
      return;
    }
    await sql.raw('ALTER TABLE activity_ledger RENAME TO activity_ledger_unpartitioned').execute(db);
    // The new table's key takes the old key's name (an index name, unique in the schema).
    await sql
      .raw(
        'ALTER TABLE activity_ledger_unpartitioned RENAME CONSTRAINT activity_ledger_pkey TO activity_ledger_unpartitioned_pkey',
      )
      .execute(db);
    await sql.raw(`CREATE TABLE activity_ledger (${columns}) PARTITION BY RANGE (period_start)`).execute(db);
    await sql.raw('CREATE TABLE activity_ledger_default PARTITION OF activity_ledger DEFAULT').execute(db);
    const months = await sql<{ month_start: string | number }>`
      SELECT DISTINCT (extract(epoch FROM date_trunc('month', to_timestamp(period_start / 1000.0) AT TIME ZONE 'UTC')) * 1000)::int8 AS month_start
      FROM activity_ledger_unpartitioned`.execute(db);
    for (const row of months.rows) {
      const start = new Date(Number(row.month_start));
      const year = start.getUTCFullYear();
      const month = start.getUTCMonth();
      const end = Date.UTC(year, month + 1, 1);
      const name = `activity_ledger_y${year}m${String(month + 1).padStart(2, '0')}`;
      await sql
        .raw(
          `CREATE TABLE ${name} PARTITION OF activity_ledger FOR VALUES FROM (${start.getTime()}) TO (${end})`,
        )
        .execute(db);
    }
    await sql
      .raw(
        `INSERT INTO activity_ledger (${columnList}) SELECT ${columnList} FROM activity_ledger_unpartitioned ORDER BY activity_key, account_id`,
      )
      .execute(db);
    await sql.raw('DROP TABLE activity_ledger_unpartitioned').execute(db);
  },
};
