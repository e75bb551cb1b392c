import { sql } from 'kysely';
import { columnTypes, type Migration } from '../migration.js';

/**
 * The board at a real customer's size (decision 0051): each column pages by a keyset in one
 * of three orders, so each order gets an index that answers a page as one range scan of the
 * column's live contacts.
 *
 * - `last_activity_at`: when a Tally action last recorded a qualifying activity for the
 *   contact ("recently active"); existing contacts start from their last change.
 * - `sort_name`: the name lower-cased (else the e-mail, else the phone, else empty), so the
 *   name order is case-insensitive and never meets a NULL in a keyset.
 */
export const boardAtSizeMigration: Migration = {
  version: 17,
  name: 'board-at-size',
  async up(db, engine) {
    const { int } = columnTypes(engine);
    const statements = [
      `ALTER TABLE contacts ADD COLUMN last_activity_at ${int}`,
      'ALTER TABLE contacts ADD COLUMN sort_name text',
      "UPDATE contacts SET last_activity_at = updated_at, sort_name = lower(coalesce(name, email, phone, ''))",
      `CREATE INDEX contacts_board_recent ON contacts (account_id, status_id, last_activity_at, contact_id)
        WHERE deleted_at IS NULL`,
      `CREATE INDEX contacts_board_name ON contacts (account_id, status_id, sort_name, contact_id)
        WHERE deleted_at IS NULL`,
      `CREATE INDEX contacts_board_created ON contacts (account_id, status_id, created_at, contact_id)
        WHERE deleted_at IS NULL`,
      'CREATE INDEX contact_properties_by_value ON contact_properties (account_id, property_key, value)',
    ];
    for (const statement of statements) await sql.raw(statement).execute(db);
  },
};
