import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.js';

export type ResendOutcome = 'queued' | 'not_found' | 'pending' | 'endpoint_unavailable';

/**
 * Makes a finished delivery due again, with the same webhook-id and payload, so a receiver
 * that already processed it can tell the re-send is a duplicate. It is one more attempt in
 * the same delivery's log; a delivery still pending is already on its way and is left alone.
 * The wall clock makes it due, as delivery runs on the wall clock.
 */
export async function resendWebhookDelivery(
  db: Kysely<Database>,
  accountId: string,
  endpointId: string,
  deliveryId: string,
): Promise<{ outcome: 'not_found' } | { outcome: Exclude<ResendOutcome, 'not_found'>; messageId: string }> {
  const delivery = await db
    .selectFrom('webhook_deliveries')
    .innerJoin('webhook_endpoints', (join) =>
      join
        .onRef('webhook_endpoints.account_id', '=', 'webhook_deliveries.account_id')
        .onRef('webhook_endpoints.endpoint_id', '=', 'webhook_deliveries.endpoint_id'),
    )
    .select([
      'webhook_deliveries.status',
      'webhook_deliveries.message_id',
      'webhook_endpoints.disabled_at',
      'webhook_endpoints.deleted_at',
    ])
    .where('webhook_deliveries.account_id', '=', accountId)
    .where('webhook_deliveries.endpoint_id', '=', endpointId)
    .where('webhook_deliveries.delivery_id', '=', deliveryId)
    .executeTakeFirst();
  if (!delivery || delivery.deleted_at !== null) return { outcome: 'not_found' };
  const messageId = delivery.message_id;
  if (delivery.disabled_at !== null) return { outcome: 'endpoint_unavailable', messageId };
  const updated = await db
    .updateTable('webhook_deliveries')
    .set({ status: 'pending', next_attempt_at: 0, finished_at: null, lease_until: null })
    .where('account_id', '=', accountId)
    .where('delivery_id', '=', deliveryId)
    .where('status', '<>', 'pending')
    .executeTakeFirst();
  return { outcome: Number(updated.numUpdatedRows) === 1 ? 'queued' : 'pending', messageId };
}
