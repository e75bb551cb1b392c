import { sql } from 'kysely';
import { columnTypes, type Migration } from '../migration.js';

export const meteringMigration: Migration = {
  version: 1,
  name: 'metering',
  async up(db, engine) {
    const { int, clustered } = columnTypes(engine);
    const statements = [
      `CREATE TABLE accounts (
        account_id text PRIMARY KEY,
        name text NOT NULL,
        time_zone text NOT NULL,
        billing_anchor ${int} NOT NULL,
        created_at ${int} NOT NULL
      )`,
      `CREATE TABLE usage_months (
        account_id text NOT NULL REFERENCES accounts (account_id),
        period_start ${int} NOT NULL,
        period_end ${int} NOT NULL,
        active_contacts ${int} NOT NULL DEFAULT 0 CHECK (active_contacts >= 0),
        PRIMARY KEY (account_id, period_start),
        CHECK (period_end > period_start)
      )${clustered}`,
      `CREATE TABLE activity_ledger (
        account_id text NOT NULL,
        activity_key text NOT NULL,
        period_start ${int} NOT NULL,
        contact_id text,
        kind text NOT NULL,
        actor text NOT NULL,
        occurred_at ${int} NOT NULL,
        recorded_at ${int} NOT NULL,
        PRIMARY KEY (account_id, activity_key)
      )`,
      `CREATE TABLE fanout_contacts (
        account_id text NOT NULL,
        activity_key text NOT NULL,
        contact_id text NOT NULL,
        PRIMARY KEY (account_id, activity_key, contact_id)
      )${clustered}`,
      `CREATE TABLE active_contacts (
        account_id text NOT NULL,
        period_start ${int} NOT NULL,
        contact_id text NOT NULL,
        first_activity_key text NOT NULL,
        first_kind text NOT NULL,
        first_actor text NOT NULL,
        first_occurred_at ${int} NOT NULL,
        PRIMARY KEY (account_id, period_start, contact_id)
      )${clustered}`,
    ];
    for (const statement of statements) await sql.raw(statement).execute(db);
  },
};
