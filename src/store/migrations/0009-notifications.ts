import { sql } from 'kysely';
import { columnTypes, type Migration } from '../migration.js';

/**
 * Staying informed (SPEC §6): thresholds reached (their primary key makes each fire once
 * per account, month and percentage, across instances), dashboard notices, an e-mail
 * outbox, webhook endpoints and the webhook outbox with its delivery log.
 */
export const notificationsMigration: Migration = {
  version: 9,
  name: 'notifications',
  async up(db, engine) {
    const { int } = columnTypes(engine);
    const statements = [
      `CREATE TABLE usage_thresholds (
        account_id text NOT NULL,
        period_start ${int} NOT NULL,
        percent integer NOT NULL CHECK (percent IN (80, 100)),
        reached_at ${int} NOT NULL,
        active_contacts integer NOT NULL,
        allowance integer NOT NULL,
        PRIMARY KEY (account_id, period_start, percent)
      )`,
      `CREATE TABLE notifications (
        account_id text NOT NULL,
        notification_id text NOT NULL,
        type text NOT NULL,
        title text NOT NULL,
        message text NOT NULL,
        data text NOT NULL,
        created_at ${int} NOT NULL,
        read_at ${int},
        PRIMARY KEY (account_id, notification_id)
      )`,
      'CREATE INDEX notifications_by_time ON notifications (account_id, created_at)',
      `CREATE TABLE email_outbox (
        account_id text NOT NULL,
        email_id text NOT NULL,
        recipient text NOT NULL,
        subject text NOT NULL,
        body text NOT NULL,
        status text NOT NULL CHECK (status IN ('pending', 'sent', 'failed')),
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at ${int} NOT NULL,
        lease_until ${int},
        last_error text,
        created_at ${int} NOT NULL,
        sent_at ${int},
        PRIMARY KEY (account_id, email_id)
      )`,
      'CREATE INDEX email_outbox_due ON email_outbox (status, next_attempt_at)',
      `CREATE TABLE webhook_endpoints (
        account_id text NOT NULL,
        endpoint_id text NOT NULL,
        url text NOT NULL,
        description text,
        secret text NOT NULL,
        event_types text,
        disabled_at ${int},
        disabled_reason text,
        consecutive_failures integer NOT NULL DEFAULT 0,
        created_at ${int} NOT NULL,
        deleted_at ${int},
        PRIMARY KEY (account_id, endpoint_id)
      )`,
      `CREATE TABLE webhook_deliveries (
        account_id text NOT NULL,
        delivery_id text NOT NULL,
        endpoint_id text NOT NULL,
        message_id text NOT NULL,
        event_type text NOT NULL,
        payload text NOT NULL,
        status text NOT NULL CHECK (status IN ('pending', 'succeeded', 'failed', 'skipped')),
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at ${int} NOT NULL,
        lease_until ${int},
        last_status_code integer,
        last_error text,
        created_at ${int} NOT NULL,
        finished_at ${int},
        PRIMARY KEY (account_id, delivery_id),
        UNIQUE (account_id, endpoint_id, message_id)
      )`,
      'CREATE INDEX webhook_deliveries_due ON webhook_deliveries (status, next_attempt_at)',
      `CREATE TABLE webhook_attempts (
        account_id text NOT NULL,
        delivery_id text NOT NULL,
        attempt integer NOT NULL,
        attempted_at ${int} NOT NULL,
        status_code integer,
        error text,
        duration_ms integer NOT NULL,
        PRIMARY KEY (account_id, delivery_id, attempt)
      )`,
    ];
    for (const statement of statements) await sql.raw(statement).execute(db);
  },
};
