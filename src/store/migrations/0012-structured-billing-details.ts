import { sql } from 'kysely';
import type { Migration } from '../migration.js';

/**
 * What an EN 16931 e-invoice needs of the buyer beyond a name and a free-text address: the
 * street, postal code, city and ISO 3166-1 alpha-2 country (BG-8), and the buyer reference
 * (BT-10, e.g. a Leitweg-ID). Nullable: existing rows keep their free-text address until the
 * account sets the structured one, and an invoice issued without them gets no e-invoice.
 */
export const structuredBillingDetailsMigration: Migration = {
  version: 12,
  name: 'structured-billing-details',
  async up(db) {
    for (const column of ['street', 'postal_code', 'city', 'country', 'buyer_reference']) {
      await sql.raw(`ALTER TABLE billing_details ADD COLUMN ${column} text`).execute(db);
    }
  },
};
