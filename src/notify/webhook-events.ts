import { randomBytes } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../store/schema.js';
import type { WebhookEventType } from './webhook-endpoints.js';

export interface WebhookEvent {
  type: WebhookEventType;
  data: unknown;
}

/**
 * Queues events for every enabled endpoint of the account that subscribes to their type,
 * inside the caller's transaction: an event exists exactly when the fact it reports was
 * committed. One INSERT … SELECT for all the events, so an account without endpoints pays
 * one index probe. Payloads follow Standard Webhooks, `{ type, timestamp, data }`; a
 * message id is the same for every endpoint and every retry, so receivers can deduplicate.
 * Returns the message ids, in the order of the events.
 */
export async function enqueueWebhookEvents(
  db: Kysely<Database>,
  accountId: string,
  events: readonly WebhookEvent[],
  now: number,
): Promise<string[]> {
  if (events.length === 0) return [];
  const timestamp = new Date(now).toISOString();
  const messages = events.map((event) => ({
    id: `msg_${randomBytes(12).toString('hex')}`,
    type: event.type,
    payload: JSON.stringify({ type: event.type, timestamp, data: event.data }),
  }));
  // VALUES columns are column1, column2, … on both engines.
  const values = sql.join(
    messages.map(
      (message) =>
        sql`(CAST(${message.id} AS text), CAST(${message.type} AS text), CAST(${message.payload} AS text))`,
    ),
  );
  await sql`
    INSERT INTO webhook_deliveries (account_id, delivery_id, endpoint_id, message_id, event_type, payload, status,
      attempts, next_attempt_at, created_at)
    SELECT endpoints.account_id, 'whd_' || endpoints.endpoint_id || '_' || substr(events.column1, 5),
      endpoints.endpoint_id, events.column1, events.column2, events.column3, 'pending', 0,
      0, CAST(${now} AS bigint)
    FROM webhook_endpoints AS endpoints CROSS JOIN (VALUES ${values}) AS events
    WHERE endpoints.account_id = ${accountId}
      AND endpoints.deleted_at IS NULL
      AND endpoints.disabled_at IS NULL
      AND (endpoints.event_types IS NULL OR endpoints.event_types LIKE '%,' || events.column2 || ',%')`.execute(
    db,
  );
  return messages.map((message) => message.id);
}

/** One event; see `enqueueWebhookEvents`. Next attempt 0: due at once, as delivery runs on real time. */
export async function enqueueWebhookEvent(
  db: Kysely<Database>,
  accountId: string,
  type: WebhookEventType,
  data: unknown,
  now: number,
): Promise<string> {
  const [messageId] = await enqueueWebhookEvents(db, accountId, [{ type, data }], now);
  return messageId as string;
}
