import { sql } from 'kysely';
import { columnTypes, type Migration } from '../migration.js';

/** Funnels: public forms that create or update contacts, authenticated by their own key. */
export const funnelsMigration: Migration = {
  version: 7,
  name: 'funnels',
  async up(db, engine) {
    const { int } = columnTypes(engine);
    await sql
      .raw(`CREATE TABLE funnels (
        account_id text NOT NULL REFERENCES accounts (account_id),
        funnel_id text NOT NULL,
        public_key text NOT NULL UNIQUE,
        name text NOT NULL,
        created_at ${int} NOT NULL,
        PRIMARY KEY (account_id, funnel_id)
      )`)
      .execute(db);
  },
};
