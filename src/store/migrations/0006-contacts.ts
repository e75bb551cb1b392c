import { randomBytes } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
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
    for (const account of accounts) await insertDefaultBoard(db, account.account_id, Date.now());
  },
};

/**
 * The default board as this migration was written, frozen here (decision 0044): a later
 * change to a new account's default columns must not change what an upgraded one gets.
 */
const defaultStatusNames = ['New', 'Contacted', 'Qualified', 'Won', 'Lost'] as const;

// biome-ignore lint/suspicious/noExplicitAny: migrations run before the typed schema exists.
async function insertDefaultBoard(db: Kysely<any>, accountId: string, now: number): Promise<void> {
  await db
    .insertInto('statuses')
    .values(
      defaultStatusNames.map((name, position) => ({
        account_id: accountId,
        status_id: `sts_${randomBytes(8).toString('hex')}`,
        name,
        position,
        created_at: now,
      })),
    )
    .execute();
}
