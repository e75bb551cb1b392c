import { sql } from 'kysely';
import { columnTypes, type Migration } from '../migration.js';

/**
 * Payments against invoices (SPEC §8). Invoices are immutable, so what is paid lives in its
 * own append-only table and an invoice's status is derived from it. `invoice_notices` records
 * each status webhook once per invoice: its primary key lets exactly one writer announce
 * `paid` or `overdue`, across retries and instances.
 */
export const invoicePaymentsMigration: Migration = {
  version: 13,
  name: 'invoice-payments',
  async up(db, engine) {
    const { int } = columnTypes(engine);
    const statements = [
      `CREATE TABLE invoice_payments (
        account_id text NOT NULL,
        payment_id text NOT NULL,
        invoice_id text NOT NULL,
        amount ${int} NOT NULL CHECK (amount > 0),
        currency text NOT NULL,
        paid_on text NOT NULL,
        method text NOT NULL,
        reference text,
        recorded_at ${int} NOT NULL,
        PRIMARY KEY (account_id, payment_id)
      )`,
      'CREATE INDEX invoice_payments_by_invoice ON invoice_payments (invoice_id, recorded_at)',
      `CREATE TABLE invoice_notices (
        invoice_id text NOT NULL,
        event text NOT NULL CHECK (event IN ('paid', 'overdue')),
        account_id text NOT NULL,
        noticed_at ${int} NOT NULL,
        PRIMARY KEY (invoice_id, event)
      )`,
    ];
    for (const statement of statements) await sql.raw(statement).execute(db);
  },
};
