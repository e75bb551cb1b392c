import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.js';

export interface WebhookDelivery {
  id: string;
  messageId: string;
  eventType: string;
  status: 'pending' | 'succeeded' | 'failed' | 'skipped';
  /** Wall-clock time of the next attempt (pending only). */
  nextAttemptAt: number;
  createdAt: number;
  finishedAt: number | undefined;
  attempts: {
    attempt: number;
    attemptedAt: number;
    statusCode?: number;
    error?: string;
    durationMs: number;
  }[];
}

/** The delivery log of one endpoint, newest first (the last 100 events). */
export async function listWebhookDeliveries(
  db: Kysely<Database>,
  accountId: string,
  endpointId: string,
): Promise<WebhookDelivery[]> {
  const deliveries = await db
    .selectFrom('webhook_deliveries')
    .selectAll()
    .where('account_id', '=', accountId)
    .where('endpoint_id', '=', endpointId)
    .orderBy('created_at', 'desc')
    .orderBy('delivery_id', 'desc')
    .limit(100)
    .execute();
  if (deliveries.length === 0) return [];
  const attempts = await db
    .selectFrom('webhook_attempts')
    .selectAll()
    .where('account_id', '=', accountId)
    .where(
      'delivery_id',
      'in',
      deliveries.map((delivery) => delivery.delivery_id),
    )
    .orderBy('attempt')
    .execute();
  return deliveries.map((delivery) => ({
    id: delivery.delivery_id,
    messageId: delivery.message_id,
    eventType: delivery.event_type,
    status: delivery.status as WebhookDelivery['status'],
    nextAttemptAt: Number(delivery.next_attempt_at),
    createdAt: Number(delivery.created_at),
    finishedAt: delivery.finished_at === null ? undefined : Number(delivery.finished_at),
    attempts: attempts
      .filter((attempt) => attempt.delivery_id === delivery.delivery_id)
      .map((attempt) => ({
        attempt: attempt.attempt,
        attemptedAt: Number(attempt.attempted_at),
        ...(attempt.status_code === null ? {} : { statusCode: attempt.status_code }),
        ...(attempt.error === null ? {} : { error: attempt.error }),
        durationMs: attempt.duration_ms,
      })),
  }));
}
