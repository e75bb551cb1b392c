import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { resendWebhookDelivery } from '../../notify/resend-webhook-delivery.js';
import { queueTestWebhook } from '../../notify/send-test-webhook.js';
import { findWebhookEndpoint } from '../../notify/webhook-endpoints.js';
import type { AppContext } from '../app-context.js';
import { requireAccount } from '../authenticate.js';
import { Problem } from '../problem.js';
import { json, problems } from '../schemas/responses.js';
import {
  QueuedDelivery,
  WebhookDeliveryParams,
  WebhookEndpointParams,
} from '../schemas/webhook-test-schemas.js';

const endpointDisabled = (endpointId: string) =>
  new Problem('validation_failed', `webhook endpoint ${endpointId} is disabled: enable it first`, [
    { field: 'endpointId', code: 'disabled', message: 'the endpoint is disabled: enable it first' },
  ]);

/**
 * Trying an endpoint and re-sending a delivery from the dashboard's webhook page (decision
 * 0052). Both only queue: the outbox worker posts, so a test goes through signing, retries
 * and the delivery log exactly as a real event does. The worker is kicked to post at once.
 */
export const webhookTestRoutes =
  (context: AppContext): FastifyPluginAsyncTypebox =>
  async (app) => {
    app.post(
      '/v1/webhook-endpoints/:endpointId/test',
      {
        schema: {
          operationId: 'sendTestWebhook',
          tags: ['webhooks'],
          summary: 'Queue a webhook.test event for this endpoint; it shows in the delivery log',
          params: WebhookEndpointParams,
          response: { 202: json('The test event, queued', QueuedDelivery), ...problems('not_found') },
        },
        config: { access: 'account' },
      },
      async (request, reply) => {
        const accountId = requireAccount(request.caller);
        const { endpointId } = request.params;
        const endpoint = await findWebhookEndpoint(context.store.db, accountId, endpointId);
        if (!endpoint) throw new Problem('not_found', `no webhook endpoint ${endpointId}`);
        const test = await queueTestWebhook(context.store.db, accountId, endpointId, context.clock.now());
        if (!test) throw endpointDisabled(endpointId);
        context.notifications?.kick();
        return reply.code(202).send({ ...test, status: 'pending' });
      },
    );

    app.post(
      '/v1/webhook-endpoints/:endpointId/deliveries/:deliveryId/resend',
      {
        schema: {
          operationId: 'resendWebhookDelivery',
          tags: ['webhooks'],
          summary:
            'Send a delivery again with the same webhook-id and payload, as one more attempt in its log',
          params: WebhookDeliveryParams,
          response: { 202: json('The delivery, due again', QueuedDelivery), ...problems('not_found') },
        },
        config: { access: 'account' },
      },
      async (request, reply) => {
        const accountId = requireAccount(request.caller);
        const { endpointId, deliveryId } = request.params;
        const resent = await resendWebhookDelivery(context.store.db, accountId, endpointId, deliveryId);
        if (resent.outcome === 'not_found')
          throw new Problem('not_found', `no delivery ${deliveryId} to ${endpointId}`);
        if (resent.outcome === 'endpoint_unavailable') throw endpointDisabled(endpointId);
        context.notifications?.kick();
        return reply.code(202).send({ deliveryId, messageId: resent.messageId, status: 'pending' });
      },
    );
  };
