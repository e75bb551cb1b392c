import { sql } from 'kysely';
import { columnTypes, type Migration } from '../migration.js';

/** Outgoing messages (an outbox: written before sending) and each account's sender settings. */
export const messagesMigration: Migration = {
  version: 8,
  name: 'messages',
  async up(db, engine) {
    const { int } = columnTypes(engine);
    const statements = [
      `CREATE TABLE message_settings (
        account_id text PRIMARY KEY REFERENCES accounts (account_id),
        smtp_host text,
        smtp_port integer,
        smtp_secure integer NOT NULL DEFAULT 0,
        smtp_user text,
        smtp_password text,
        from_address text,
        whatsapp_base_url text,
        whatsapp_token text,
        whatsapp_phone_number_id text
      )`,
      `CREATE TABLE messages (
        account_id text NOT NULL,
        message_id text NOT NULL,
        contact_id text NOT NULL,
        channel text NOT NULL CHECK (channel IN ('email', 'whatsapp')),
        direction text NOT NULL CHECK (direction IN ('outbound', 'inbound')),
        recipient text NOT NULL,
        subject text,
        body text NOT NULL,
        status text NOT NULL CHECK (status IN ('queued', 'sending', 'sent', 'failed', 'unknown', 'received')),
        error text,
        provider_message_id text,
        actor text NOT NULL,
        created_at ${int} NOT NULL,
        claimed_at ${int},
        finished_at ${int},
        PRIMARY KEY (account_id, message_id)
      )`,
      'CREATE INDEX messages_by_status ON messages (status, created_at)',
      'CREATE INDEX messages_by_contact ON messages (account_id, contact_id, created_at)',
    ];
    for (const statement of statements) await sql.raw(statement).execute(db);
  },
};
