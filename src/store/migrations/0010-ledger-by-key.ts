import { sql } from 'kysely';
import { columnTypes, type Migration } from '../migration.js';

/**
 * Cheaper ingest (decision 0031):
 * - the ledger's unique key leads with the activity key, so time-ordered keys append to
 *   the index instead of landing on one page per account;
 * - the active set keeps only the key and time of the first activity; its kind and actor
 *   are read from the ledger row the key names;
 * - each month carries `latest_first_at`, an instant no contact's first activity is later
 *   than, so an activity at or after it never has to look for an earlier first;
 * - on PostgreSQL, month rows leave room on their pages, so counter updates stay on the
 *   page (HOT) and do not touch the index.
 */
export const ledgerByKeyMigration: Migration = {
  version: 10,
  name: 'ledger-by-key',
  async up(db, engine) {
    const { int } = columnTypes(engine);
    const ledgerKey = 'PRIMARY KEY (activity_key, account_id)';
    const statements =
      engine === 'sqlite'
        ? [
            `CREATE TABLE activity_ledger_by_key (
              account_id text NOT NULL,
              activity_key text NOT NULL,
              period_start integer NOT NULL,
              contact_id text,
              kind text NOT NULL,
              actor text NOT NULL,
              occurred_at integer NOT NULL,
              recorded_at integer NOT NULL,
              ${ledgerKey}
            )`,
            'INSERT INTO activity_ledger_by_key SELECT account_id, activity_key, period_start, contact_id, kind, actor, occurred_at, recorded_at FROM activity_ledger ORDER BY rowid',
            'DROP TABLE activity_ledger',
            'ALTER TABLE activity_ledger_by_key RENAME TO activity_ledger',
          ]
        : [
            `ALTER TABLE activity_ledger DROP CONSTRAINT activity_ledger_pkey, ADD ${ledgerKey}`,
            'ALTER TABLE usage_months SET (fillfactor = 50)',
          ];
    statements.push(
      'ALTER TABLE active_contacts DROP COLUMN first_kind',
      'ALTER TABLE active_contacts DROP COLUMN first_actor',
      `ALTER TABLE usage_months ADD COLUMN latest_first_at ${int} NOT NULL DEFAULT 0`,
      `UPDATE usage_months SET latest_first_at = coalesce((
        SELECT max(a.first_occurred_at) FROM active_contacts a
        WHERE a.account_id = usage_months.account_id AND a.period_start = usage_months.period_start), 0)`,
    );
    for (const statement of statements) await sql.raw(statement).execute(db);
  },
};
