import { sql } from 'kysely';
import { Temporal } from 'temporal-polyfill';
import { columnTypes, type Migration } from '../migration.js';

/**
 * Month close and invoices: the frozen figures of a closed month, each account's billing
 * progress (the next month to close, the next cycle to invoice upfront), billing details,
 * one gapless invoice number series, and immutable invoices.
 */
export const billingMigration: Migration = {
  version: 5,
  name: 'billing',
  async up(db, engine) {
    const { int } = columnTypes(engine);
    const statements = [
      `ALTER TABLE usage_months ADD COLUMN allowance ${int}`,
      `ALTER TABLE usage_months ADD COLUMN overusage ${int}`,
      `CREATE TABLE billing_states (
        account_id text PRIMARY KEY REFERENCES accounts (account_id),
        next_close_month integer NOT NULL,
        next_close_due ${int} NOT NULL,
        next_upfront_month integer,
        next_upfront_due ${int}
      )`,
      'CREATE INDEX billing_states_by_close_due ON billing_states (next_close_due)',
      'CREATE INDEX billing_states_by_upfront_due ON billing_states (next_upfront_due)',
      `CREATE TABLE billing_details (
        account_id text PRIMARY KEY REFERENCES accounts (account_id),
        legal_name text,
        address text,
        vat_id text,
        email text,
        vat_rate_basis_points integer NOT NULL DEFAULT 0 CHECK (vat_rate_basis_points BETWEEN 0 AND 10000),
        reverse_charge integer NOT NULL DEFAULT 0 CHECK (reverse_charge IN (0, 1))
      )`,
      `CREATE TABLE invoice_numbers (
        series text PRIMARY KEY,
        last_number ${int} NOT NULL
      )`,
      `INSERT INTO invoice_numbers (series, last_number) VALUES ('invoices', 0)`,
      `CREATE TABLE invoices (
        account_id text NOT NULL REFERENCES accounts (account_id),
        invoice_id text NOT NULL,
        number text NOT NULL UNIQUE,
        sequence ${int} NOT NULL UNIQUE,
        kind text NOT NULL CHECK (kind IN ('upfront', 'change', 'overusage', 'credit_note')),
        source_key text NOT NULL,
        issued_at ${int} NOT NULL,
        period_start ${int},
        period_end ${int},
        currency text NOT NULL,
        seller text NOT NULL,
        buyer text NOT NULL,
        lines text NOT NULL,
        net ${int} NOT NULL,
        vat_rate_basis_points integer NOT NULL,
        vat ${int} NOT NULL,
        total ${int} NOT NULL,
        reverse_charge integer NOT NULL,
        corrects_invoice_id text,
        PRIMARY KEY (account_id, invoice_id),
        UNIQUE (account_id, source_key)
      )`,
      ...(engine === 'sqlite'
        ? [
            `CREATE TRIGGER invoices_are_immutable BEFORE UPDATE ON invoices
             BEGIN SELECT RAISE(ABORT, 'invoices are immutable once finalized; issue a credit note'); END`,
            `CREATE TRIGGER invoices_are_kept BEFORE DELETE ON invoices
             BEGIN SELECT RAISE(ABORT, 'invoices are immutable once finalized; issue a credit note'); END`,
          ]
        : [
            `CREATE FUNCTION tally_invoices_are_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
             BEGIN RAISE EXCEPTION 'invoices are immutable once finalized; issue a credit note'; END $$`,
            `CREATE TRIGGER invoices_are_immutable BEFORE UPDATE OR DELETE ON invoices
             FOR EACH ROW EXECUTE FUNCTION tally_invoices_are_immutable()`,
          ]),
    ];
    for (const statement of statements) await sql.raw(statement).execute(db);
    // Existing accounts start billing from their first month.
    const accounts = await db
      .selectFrom('accounts')
      .select(['account_id', 'billing_anchor', 'time_zone'])
      .execute();
    for (const account of accounts) {
      const anchor = Number(account.billing_anchor);
      await db
        .insertInto('billing_states')
        .values({
          account_id: account.account_id,
          next_close_month: 0,
          next_close_due: secondUsageMonthStart(anchor, account.time_zone),
          next_upfront_month: 0,
          next_upfront_due: anchor,
        })
        .execute();
    }
  },
};

/**
 * Where usage month 1 starts: one local calendar month after the anchor, the day clamped
 * to a short month's end, a local time lost to a DST switch moved forward by the gap.
 * A frozen copy of the usage-month rule as this migration was written (decision 0044), so
 * a later change to the domain's calendar cannot change how an old database upgrades.
 * Month 0 starts at the anchor itself.
 */
function secondUsageMonthStart(anchorEpochMs: number, timeZone: string): number {
  return Temporal.Instant.fromEpochMilliseconds(anchorEpochMs)
    .toZonedDateTimeISO(timeZone)
    .toPlainDateTime()
    .add({ months: 1 }, { overflow: 'constrain' })
    .toZonedDateTime(timeZone, { disambiguation: 'compatible' }).epochMilliseconds;
}
