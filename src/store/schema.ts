/**
 * Row types of every table, as Kysely sees them. Instants are epoch milliseconds
 * (`bigint` in PostgreSQL, `integer` in SQLite): exact, engine-neutral and cheap to
 * compare (docs/decisions/0003-instants-as-epoch-milliseconds.md). Every key starts with
 * `account_id` so the schema can be distributed by account.
 */
export interface AccountsTable {
  account_id: string;
  name: string;
  time_zone: string;
  billing_anchor: number;
  created_at: number;
}

/** One row per account and usage month that has activity; holds the exact counter. */
export interface UsageMonthsTable {
  account_id: string;
  period_start: number;
  period_end: number;
  active_contacts: number;
}

/** The append-only ledger of qualifying activities, unique by idempotency key. */
export interface ActivityLedgerTable {
  account_id: string;
  activity_key: string;
  period_start: number;
  /** Null for a fan-out activity, whose contacts are in `fanout_contacts`. */
  contact_id: string | null;
  kind: string;
  actor: string;
  occurred_at: number;
  recorded_at: number;
}

/** The contacts one fan-out activity (a status rename) touched. */
export interface FanoutContactsTable {
  account_id: string;
  activity_key: string;
  contact_id: string;
}

/** The active set: one row per account, usage month and contact, with its first activity. */
export interface ActiveContactsTable {
  account_id: string;
  period_start: number;
  contact_id: string;
  first_activity_key: string;
  first_kind: string;
  first_actor: string;
  first_occurred_at: number;
}

export interface SchemaMigrationsTable {
  version: number;
  name: string;
  applied_at: number;
}

export interface Database {
  accounts: AccountsTable;
  usage_months: UsageMonthsTable;
  activity_ledger: ActivityLedgerTable;
  fanout_contacts: FanoutContactsTable;
  active_contacts: ActiveContactsTable;
  schema_migrations: SchemaMigrationsTable;
}
