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
  /** Set by month close; a closed month accepts no more activities. */
  closed_at: number | null;
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

/** The plan an account is on now (issue 5 adds scheduled changes and history). */
export interface SubscriptionsTable {
  account_id: string;
  plan_id: string;
  cycle: string;
  addon_contacts: number;
  updated_at: number;
}

/** Per-account API keys; only a SHA-256 of the secret is kept. */
export interface ApiKeysTable {
  account_id: string;
  key_id: string;
  secret_sha256: string;
  label: string;
  created_at: number;
  revoked_at: number | null;
}

/** Installation-wide settings, e.g. the operator key's hash. */
export interface SettingsTable {
  name: string;
  value: string;
}

/** Stored responses of POSTs made with an Idempotency-Key; the operator's scope is account ''. */
export interface IdempotentRequestsTable {
  account_id: string;
  idempotency_key: string;
  request_sha256: string;
  status_code: number;
  response_body: string;
  created_at: number;
}

export interface Database {
  subscriptions: SubscriptionsTable;
  api_keys: ApiKeysTable;
  settings: SettingsTable;
  idempotent_requests: IdempotentRequestsTable;
  accounts: AccountsTable;
  usage_months: UsageMonthsTable;
  activity_ledger: ActivityLedgerTable;
  fanout_contacts: FanoutContactsTable;
  active_contacts: ActiveContactsTable;
  schema_migrations: SchemaMigrationsTable;
}
