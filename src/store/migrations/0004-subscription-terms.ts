import { sql } from 'kysely';
import { columnTypes, type Migration } from '../migration.js';

/**
 * Subscriptions become effective-dated terms (what is in force from when) plus a history
 * of every change with its charges and credits. The current-state table they replace is
 * carried over as each account's first term.
 */
export const subscriptionTermsMigration: Migration = {
  version: 4,
  name: 'subscription-terms',
  async up(db, engine) {
    const { int } = columnTypes(engine);
    const statements = [
      `CREATE TABLE subscription_terms (
        account_id text NOT NULL REFERENCES accounts (account_id),
        sequence integer NOT NULL,
        effective_from ${int} NOT NULL,
        plan_id text,
        cycle text CHECK (cycle IN ('monthly', 'yearly')),
        addon_contacts ${int} CHECK (addon_contacts >= 0),
        cycle_start_month integer NOT NULL,
        change_id text NOT NULL,
        PRIMARY KEY (account_id, sequence)
      )`,
      `CREATE TABLE subscription_changes (
        account_id text NOT NULL REFERENCES accounts (account_id),
        sequence integer NOT NULL,
        change_id text NOT NULL,
        requested_at ${int} NOT NULL,
        request text NOT NULL,
        immediate text,
        scheduled text,
        lines text NOT NULL,
        total ${int} NOT NULL,
        PRIMARY KEY (account_id, sequence),
        UNIQUE (account_id, change_id)
      )`,
      `INSERT INTO subscription_terms (account_id, sequence, effective_from, plan_id, cycle, addon_contacts, cycle_start_month, change_id)
        SELECT s.account_id, 1, a.billing_anchor, s.plan_id, s.cycle, s.addon_contacts, 0, 'opening'
        FROM subscriptions s JOIN accounts a ON a.account_id = s.account_id`,
      `INSERT INTO subscription_changes (account_id, sequence, change_id, requested_at, request, immediate, scheduled, lines, total)
        SELECT s.account_id, 1, 'opening', a.created_at, '{}', NULL, NULL, '[]', 0
        FROM subscriptions s JOIN accounts a ON a.account_id = s.account_id`,
      'DROP TABLE subscriptions',
    ];
    for (const statement of statements) await sql.raw(statement).execute(db);
  },
};
