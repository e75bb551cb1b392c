import { sql } from 'kysely';
import { columnTypes, type Migration } from '../migration.js';

export const apiMigration: Migration = {
  version: 2,
  name: 'api',
  async up(db, engine) {
    const { int, clustered } = columnTypes(engine);
    const statements = [
      `CREATE TABLE subscriptions (
        account_id text PRIMARY KEY REFERENCES accounts (account_id),
        plan_id text NOT NULL,
        cycle text NOT NULL CHECK (cycle IN ('monthly', 'yearly')),
        addon_contacts ${int} NOT NULL CHECK (addon_contacts >= 0),
        updated_at ${int} NOT NULL
      )`,
      `CREATE TABLE api_keys (
        account_id text NOT NULL REFERENCES accounts (account_id),
        key_id text NOT NULL,
        secret_sha256 text NOT NULL,
        label text NOT NULL,
        created_at ${int} NOT NULL,
        revoked_at ${int},
        PRIMARY KEY (account_id, key_id)
      )`,
      'CREATE UNIQUE INDEX api_keys_by_key_id ON api_keys (key_id)',
      `CREATE TABLE settings (
        name text PRIMARY KEY,
        value text NOT NULL
      )`,
      `CREATE TABLE idempotent_requests (
        account_id text NOT NULL,
        idempotency_key text NOT NULL,
        request_sha256 text NOT NULL,
        status_code integer NOT NULL,
        response_body text NOT NULL,
        created_at ${int} NOT NULL,
        PRIMARY KEY (account_id, idempotency_key)
      )${clustered}`,
    ];
    for (const statement of statements) await sql.raw(statement).execute(db);
  },
};
