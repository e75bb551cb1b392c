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
  /**
   * No contact of the month first became active later than this instant (an upper bound,
   * raised by every write to the active set): an activity at or after it cannot be
   * anyone's earliest, so recording it never has to look for an earlier first.
   */
  latest_first_at: number;
  /** Set by month close; a closed month accepts no more activities. */
  closed_at: number | null;
  /** Frozen at close: the allowance in force at the month's end (null: no limit) and the overusage. */
  allowance: number | null;
  overusage: number | null;
  /**
   * When retention (`tally prune`) removed the month's ledger rows; null while they are
   * held. The counter, the active set and the invoices stay (decision 0049).
   */
  ledger_pruned_at: number | null;
}

/** How far each account's billing has got: the next month to close, the next cycle to invoice. */
export interface BillingStatesTable {
  account_id: string;
  next_close_month: number;
  /** End of that month: it is due once this instant plus the grace period has passed. */
  next_close_due: number;
  /** Null once the subscription has ended. */
  next_upfront_month: number | null;
  next_upfront_due: number | null;
}

/** Who is billed, and how VAT applies. */
export interface BillingDetailsTable {
  account_id: string;
  legal_name: string | null;
  address: string | null;
  vat_id: string | null;
  email: string | null;
  vat_rate_basis_points: number;
  reverse_charge: number;
  /** The structured address (migration 12); `address` then holds it as one line of text. */
  street: string | null;
  postal_code: string | null;
  city: string | null;
  /** ISO 3166-1 alpha-2. */
  country: string | null;
  /** BT-10, e.g. a German public buyer's Leitweg-ID. */
  buyer_reference: string | null;
}

/** The single gapless invoice number series. */
export interface InvoiceNumbersTable {
  series: string;
  last_number: number;
}

/** Finalized invoices and credit notes; immutable (a trigger refuses updates and deletes). */
export interface InvoicesTable {
  account_id: string;
  invoice_id: string;
  number: string;
  sequence: number;
  kind: string;
  /** What the invoice is for ("overusage:<period start>"…); unique per account, so never billed twice. */
  source_key: string;
  issued_at: number;
  period_start: number | null;
  period_end: number | null;
  currency: string;
  seller: string;
  buyer: string;
  lines: string;
  net: number;
  vat_rate_basis_points: number;
  vat: number;
  total: number;
  reverse_charge: number;
  corrects_invoice_id: string | null;
}

/** A payment against an invoice; append-only, in the invoice's currency, in cents. */
export interface InvoicePaymentsTable {
  account_id: string;
  payment_id: string;
  invoice_id: string;
  amount: number;
  currency: string;
  /** The day the money was paid (YYYY-MM-DD), as the payer states it. */
  paid_on: string;
  method: string;
  reference: string | null;
  recorded_at: number;
}

/** A status webhook sent for an invoice: one row per invoice and event, so each is sent once. */
export interface InvoiceNoticesTable {
  invoice_id: string;
  event: 'paid' | 'overdue';
  account_id: string;
  noticed_at: number;
}

/**
 * The append-only ledger of qualifying activities, unique by (idempotency key, account,
 * usage month) (decision 0049). On PostgreSQL it is partitioned by month of `period_start`.
 */
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

/**
 * The active set: one row per account, usage month and contact, with the key and time of
 * its first activity (the ledger row of that key tells its kind and actor).
 */
export interface ActiveContactsTable {
  account_id: string;
  period_start: number;
  contact_id: string;
  first_activity_key: string;
  first_occurred_at: number;
  /**
   * The first activity's time before the last write that moved it earlier (null until one
   * does): that write answers it, so the day counter it left can be lowered exactly even
   * when a concurrent writer moved it in between (migration 15).
   */
  previous_first_at: number | null;
}

/**
 * How many contacts of an account's usage month first became active on each local day,
 * written in the same transaction as the active set (migration 15): the daily chart and
 * the forecast read at most 31 rows, however many contacts the month has. The rows of a
 * month add up to its counter; `day_start` is the instant the local day begins (the
 * month's start for its first day).
 */
export interface DailyActivationsTable {
  account_id: string;
  period_start: number;
  day_start: number;
  newly_active: number;
}

export interface SchemaMigrationsTable {
  version: number;
  name: string;
  applied_at: number;
}

/**
 * Effective-dated subscription terms: the configuration in force from `effective_from`
 * until the next term. A term without a plan means the subscription has ended.
 */
export interface SubscriptionTermsTable {
  account_id: string;
  sequence: number;
  effective_from: number;
  plan_id: string | null;
  cycle: string | null;
  addon_contacts: number | null;
  /** The usage month index where this term's billing cycles start counting. */
  cycle_start_month: number;
  change_id: string;
}

/** Every requested change, with what it did and what it charged (JSON texts). */
export interface SubscriptionChangesTable {
  account_id: string;
  /** Order of the account's changes (several can share one instant). */
  sequence: number;
  change_id: string;
  requested_at: number;
  request: string;
  immediate: string | null;
  scheduled: string | null;
  lines: string;
  total: number;
}

/** Per-account API keys; only a SHA-256 of the secret is kept. */
export interface ApiKeysTable {
  account_id: string;
  key_id: string;
  secret_sha256: string;
  label: string;
  created_at: number;
  revoked_at: number | null;
  /** Written at most once a minute per key (decision 0052), so it is "last used" to the minute. */
  last_used_at: number | null;
}

/** Who receives the threshold e-mails besides the billing e-mail address. */
export interface AlertRecipientsTable {
  account_id: string;
  email: string;
  created_at: number;
}

/** A CSV import run in the background; its progress is written after every batch. */
export interface ImportJobsTable {
  account_id: string;
  job_id: string;
  status: 'running' | 'succeeded' | 'failed';
  rows_total: number;
  rows_done: number;
  /** The import's report as JSON, once it has finished. */
  report: string | null;
  error: string | null;
  created_at: number;
  /** Wall clock of the last progress write: a running job whose heartbeat stops was interrupted. */
  heartbeat_at: number;
  finished_at: number | null;
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

/** Board columns; a contact sits in exactly one. */
export interface StatusesTable {
  account_id: string;
  status_id: string;
  name: string;
  position: number;
  created_at: number;
}

/** Contacts the account works with. E-mail is lower-cased, phone E.164; both unique among live contacts. */
export interface ContactsTable {
  account_id: string;
  contact_id: string;
  status_id: string;
  name: string | null;
  email: string | null;
  phone: string | null;
  created_at: number;
  updated_at: number;
  /**
   * When a Tally action last recorded a qualifying activity for the contact: the board's
   * "recently active" order (migration 17; every write path sets it, so it is never NULL).
   */
  last_activity_at: number;
  /** The name lower-cased, else the e-mail, else the phone, else '': the board's name order. */
  sort_name: string;
  /** Soft delete: gone from the workspace, still counted where it was active. */
  deleted_at: number | null;
  /** GDPR erasure: personal data replaced; the id and its counts stay. */
  erased_at: number | null;
}

export interface NotesTable {
  account_id: string;
  note_id: string;
  contact_id: string;
  body: string;
  actor: string;
  created_at: number;
}

export interface PropertyDefinitionsTable {
  account_id: string;
  property_key: string;
  label: string;
  type: string;
  /** JSON list of choices for single_select. */
  options: string | null;
  created_at: number;
}

/** Property values, stored as their canonical text (numbers and dates normalised). */
export interface ContactPropertiesTable {
  account_id: string;
  contact_id: string;
  property_key: string;
  value: string;
}

/** A funnel's public key authenticates its lead submissions (it is not secret like an API key). */
export interface FunnelsTable {
  account_id: string;
  funnel_id: string;
  public_key: string;
  name: string;
  created_at: number;
}

/** How an account sends: its SMTP server and its WhatsApp Cloud API credentials. */
export interface MessageSettingsTable {
  account_id: string;
  smtp_host: string | null;
  smtp_port: number | null;
  smtp_secure: number;
  smtp_user: string | null;
  smtp_password: string | null;
  from_address: string | null;
  whatsapp_base_url: string | null;
  whatsapp_token: string | null;
  whatsapp_phone_number_id: string | null;
}

/**
 * The outbox and log of outgoing messages: queued before sending (never lost), claimed by
 * one sender (never sent twice), then sent, failed (with the provider's error) or unknown
 * (interrupted mid-send; not retried, to avoid a duplicate).
 */
export interface MessagesTable {
  account_id: string;
  message_id: string;
  contact_id: string;
  channel: string;
  /** Inbound messages (the contact writing in) are logged but never count (SPEC §1 rule 3). */
  direction: string;
  recipient: string;
  subject: string | null;
  body: string;
  status: string;
  error: string | null;
  provider_message_id: string | null;
  actor: string;
  created_at: number;
  claimed_at: number | null;
  finished_at: number | null;
}

/** A usage threshold an account has reached in a month; the key makes each one fire once. */
export interface UsageThresholdsTable {
  account_id: string;
  period_start: number;
  percent: number;
  reached_at: number;
  active_contacts: number;
  allowance: number;
}

/** A notice shown in the dashboard. */
export interface NotificationsTable {
  account_id: string;
  notification_id: string;
  type: string;
  title: string;
  message: string;
  /** JSON: the figures the notice was made from. */
  data: string;
  created_at: number;
  read_at: number | null;
}

/** Account e-mails (threshold alerts) waiting to be sent, and their outcome. */
export interface EmailOutboxTable {
  account_id: string;
  email_id: string;
  recipient: string;
  subject: string;
  body: string;
  status: string;
  attempts: number;
  next_attempt_at: number;
  /** A sender's claim: until then no other instance picks the row up. */
  lease_until: number | null;
  last_error: string | null;
  created_at: number;
  sent_at: number | null;
}

export interface WebhookEndpointsTable {
  account_id: string;
  endpoint_id: string;
  url: string;
  description: string | null;
  /** `whsec_` + base64 key (Standard Webhooks). */
  secret: string;
  /** `,type,type,` so one LIKE filters it on both engines; null subscribes to every event. */
  event_types: string | null;
  disabled_at: number | null;
  disabled_reason: string | null;
  consecutive_failures: number;
  created_at: number;
  deleted_at: number | null;
}

/** One event for one endpoint: the webhook outbox. The message id stays the same across retries. */
export interface WebhookDeliveriesTable {
  account_id: string;
  delivery_id: string;
  endpoint_id: string;
  message_id: string;
  event_type: string;
  payload: string;
  status: string;
  attempts: number;
  next_attempt_at: number;
  lease_until: number | null;
  last_status_code: number | null;
  last_error: string | null;
  created_at: number;
  finished_at: number | null;
}

/** The delivery log: every attempt and what the receiver answered. */
export interface WebhookAttemptsTable {
  account_id: string;
  delivery_id: string;
  attempt: number;
  attempted_at: number;
  status_code: number | null;
  error: string | null;
  duration_ms: number;
}

export interface Database {
  usage_thresholds: UsageThresholdsTable;
  notifications: NotificationsTable;
  email_outbox: EmailOutboxTable;
  webhook_endpoints: WebhookEndpointsTable;
  webhook_deliveries: WebhookDeliveriesTable;
  webhook_attempts: WebhookAttemptsTable;
  message_settings: MessageSettingsTable;
  messages: MessagesTable;
  funnels: FunnelsTable;
  statuses: StatusesTable;
  contacts: ContactsTable;
  notes: NotesTable;
  property_definitions: PropertyDefinitionsTable;
  contact_properties: ContactPropertiesTable;
  billing_states: BillingStatesTable;
  billing_details: BillingDetailsTable;
  invoice_numbers: InvoiceNumbersTable;
  invoices: InvoicesTable;
  invoice_payments: InvoicePaymentsTable;
  invoice_notices: InvoiceNoticesTable;
  subscription_terms: SubscriptionTermsTable;
  subscription_changes: SubscriptionChangesTable;
  api_keys: ApiKeysTable;
  alert_recipients: AlertRecipientsTable;
  import_jobs: ImportJobsTable;
  settings: SettingsTable;
  idempotent_requests: IdempotentRequestsTable;
  accounts: AccountsTable;
  usage_months: UsageMonthsTable;
  activity_ledger: ActivityLedgerTable;
  fanout_contacts: FanoutContactsTable;
  active_contacts: ActiveContactsTable;
  daily_activations: DailyActivationsTable;
  schema_migrations: SchemaMigrationsTable;
}
