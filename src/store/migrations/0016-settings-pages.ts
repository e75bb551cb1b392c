import { sql } from 'kysely';
import { columnTypes, type Migration } from '../migration.js';

/**
 * What the dashboard's settings pages need (decision 0052): when each API key was last used
 * (written at most once a minute per key), who else receives the threshold e-mails, and CSV
 * imports run as jobs whose progress any instance can report.
 */
export const settingsPagesMigration: Migration = {
  version: 16,
  name: 'settings-pages',
  async up(db, engine) {
    const { int } = columnTypes(engine);
    const statements = [
      `ALTER TABLE api_keys ADD COLUMN last_used_at ${int}`,
      `CREATE TABLE alert_recipients (
        account_id text NOT NULL,
        email text NOT NULL,
        created_at ${int} NOT NULL,
        PRIMARY KEY (account_id, email)
      )`,
      `CREATE TABLE import_jobs (
        account_id text NOT NULL,
        job_id text NOT NULL,
        status text NOT NULL CHECK (status IN ('running', 'succeeded', 'failed')),
        rows_total ${int} NOT NULL,
        rows_done ${int} NOT NULL,
        report text,
        error text,
        created_at ${int} NOT NULL,
        heartbeat_at ${int} NOT NULL,
        finished_at ${int},
        PRIMARY KEY (account_id, job_id)
      )`,
    ];
    for (const statement of statements) await sql.raw(statement).execute(db);
  },
};
