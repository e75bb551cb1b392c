import type { WebhookDelivery } from '../../notify/webhook-deliveries.js';
import type { WebhookEndpoint } from '../../notify/webhook-endpoints.js';
import { formatInstantIn } from '../instants.js';

/** An endpoint as the API shows it, its instants in the account's zone; never its secret. */
export function webhookEndpointView(endpoint: WebhookEndpoint, zone: string) {
  return {
    id: endpoint.id,
    url: endpoint.url,
    description: endpoint.description ?? null,
    eventTypes: endpoint.eventTypes ?? null,
    enabled: endpoint.enabled,
    disabledAt: endpoint.disabledAt === undefined ? null : formatInstantIn(endpoint.disabledAt, zone),
    disabledReason: endpoint.disabledReason ?? null,
    consecutiveFailures: endpoint.consecutiveFailures,
    createdAt: formatInstantIn(endpoint.createdAt, zone),
  };
}

/** One event sent to an endpoint, with every attempt and its answer; instants in the account's zone. */
export function webhookDeliveryView(delivery: WebhookDelivery, zone: string) {
  const iso = (ms: number | undefined) => (ms === undefined ? null : formatInstantIn(ms, zone));
  return {
    id: delivery.id,
    messageId: delivery.messageId,
    eventType: delivery.eventType,
    status: delivery.status,
    attempts: delivery.attempts.map((attempt) => ({
      attempt: attempt.attempt,
      attemptedAt: iso(attempt.attemptedAt),
      statusCode: attempt.statusCode ?? null,
      error: attempt.error ?? null,
      durationMs: attempt.durationMs,
    })),
    nextAttemptAt: delivery.status === 'pending' ? iso(delivery.nextAttemptAt) : null,
    createdAt: formatInstantIn(delivery.createdAt, zone),
    finishedAt: iso(delivery.finishedAt),
  };
}
