import { sql } from 'kysely';
import { insertDefaultStatuses } from '../../contacts/statuses.js';
import { columnTypes, type Migration } from '../migration.js';

/** The contacts workspace: board columns, contacts, notes and custom properties. */
export const contactsMigration: Migration = {
  version: 6,
  name: 'contacts',
  async up(db, engine) {
    const { int } = columnTypes(engine);
    const statements = [
      `CREATE TABLE statuses (
        account_id text NOT NULL REFERENCES accounts (account_id),
        status_id text NOT NULL,
        name text NOT NULL,
        position integer NOT NULL,
        created_at ${int} NOT NULL,
        PRIMARY KEY (account_id, status_id)
      )`,
      'CREATE UNIQUE INDEX statuses_unique_name ON statuses (account_id, name)',
      `CREATE TABLE contacts (
        account_id text NOT NULL REFERENCES accounts (account_id),
        contact_id text NOT NULL,
        status_id text NOT NULL,
        name text,
        email text,
        phone text,
        created_at ${int} NOT NULL,
        updated_at ${int} NOT NULL,
        deleted_at ${int},
        erased_at ${int},
        PRIMARY KEY (account_id, contact_id)
      )`,
      'CREATE UNIQUE INDEX contacts_unique_email ON contacts (account_id, email) WHERE email IS NOT NULL AND deleted_at IS NULL',
      'CREATE UNIQUE INDEX contacts_unique_phone ON contacts (account_id, phone) WHERE phone IS NOT NULL AND deleted_at IS NULL',
      'CREATE INDEX contacts_by_status ON contacts (account_id, status_id, contact_id)',
      `CREATE TABLE notes (
        account_id text NOT NULL,
        note_id text NOT NULL,
        contact_id text NOT NULL,
        body text NOT NULL,
        actor text NOT NULL,
        created_at ${int} NOT NULL,
        PRIMARY KEY (account_id, note_id)
      )`,
      'CREATE INDEX notes_by_contact ON notes (account_id, contact_id, created_at)',
      `CREATE TABLE property_definitions (
        account_id text NOT NULL REFERENCES accounts (account_id),
        property_key text NOT NULL,
        label text NOT NULL,
        type text NOT NULL CHECK (type IN ('text', 'number', 'date', 'single_select')),
        options text,
        created_at ${int} NOT NULL,
        PRIMARY KEY (account_id, property_key)
      )`,
      `CREATE TABLE contact_properties (
        account_id text NOT NULL,
        contact_id text NOT NULL,
        property_key text NOT NULL,
        value text NOT NULL,
        PRIMARY KEY (account_id, contact_id, property_key)
      )`,
    ];
    for (const statement of statements) await sql.raw(statement).execute(db);
    // Existing accounts get the default board (New, Contacted, Qualified, Won, Lost).
    const accounts = await db.selectFrom('accounts').select('account_id').execute();
    for (const account of accounts) await insertDefaultStatuses(db, account.account_id, Date.now());
  },
};
