import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.js';

/** The event type of a test delivery: not one an endpoint subscribes to, so it reaches only the one tried. */
export const testWebhookEventType = 'webhook.test';

/**
 * Queues a `webhook.test` event for one endpoint, delivered like any other (signed, retried,
 * in the delivery log), so a test proves the whole path. Sent even to an endpoint that
 * subscribes to other events only; refused (undefined) for a disabled or deleted one,
 * which would only skip it.
 */
export async function queueTestWebhook(
  db: Kysely<Database>,
  accountId: string,
  endpointId: string,
  now: number,
): Promise<{ deliveryId: string; messageId: string } | undefined> {
  const endpoint = await db
    .selectFrom('webhook_endpoints')
    .select(['endpoint_id'])
    .where('account_id', '=', accountId)
    .where('endpoint_id', '=', endpointId)
    .where('deleted_at', 'is', null)
    .where('disabled_at', 'is', null)
    .executeTakeFirst();
  if (!endpoint) return undefined;
  const suffix = randomBytes(12).toString('hex');
  const messageId = `msg_${suffix}`;
  const deliveryId = `whd_${endpointId}_${suffix}`;
  await db
    .insertInto('webhook_deliveries')
    .values({
      account_id: accountId,
      delivery_id: deliveryId,
      endpoint_id: endpointId,
      message_id: messageId,
      event_type: testWebhookEventType,
      payload: JSON.stringify({
        type: testWebhookEventType,
        timestamp: new Date(now).toISOString(),
        data: { endpointId, message: 'A test delivery from Tally.' },
      }),
      status: 'pending',
      attempts: 0,
      next_attempt_at: 0,
      lease_until: null,
      last_status_code: null,
      last_error: null,
      created_at: now,
      finished_at: null,
    })
    .execute();
  return { deliveryId, messageId };
}
