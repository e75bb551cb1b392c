import type { FastifyPluginAsync } from 'fastify';
import { resendWebhookDelivery } from '../../notify/resend-webhook-delivery.js';
import { queueTestWebhook } from '../../notify/send-test-webhook.js';
import { findWebhookEndpoint } from '../../notify/webhook-endpoints.js';
import type { AppContext } from '../app-context.js';
import { requireAccount } from '../authenticate.js';
import { Problem } from '../problem.js';
import { accountProblems, problemResponse } from './problem-response.js';

const queued = {
  type: 'object',
  required: ['deliveryId', 'messageId', 'status'],
  properties: {
    deliveryId: { type: 'string' },
    messageId: { type: 'string' },
    status: { type: 'string', enum: ['pending'] },
  },
} as const;

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
  (context: AppContext): FastifyPluginAsync =>
  async (app) => {
    app.post<{ Params: { endpointId: string } }>(
      '/v1/webhook-endpoints/:endpointId/test',
      {
        schema: {
          tags: ['webhooks'],
          summary: 'Queue a webhook.test event for this endpoint; it shows in the delivery log',
          params: {
            type: 'object',
            required: ['endpointId'],
            properties: { endpointId: { type: 'string', maxLength: 64 } },
          },
          response: { 202: queued, ...accountProblems, 404: problemResponse },
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

    app.post<{ Params: { endpointId: string; deliveryId: string } }>(
      '/v1/webhook-endpoints/:endpointId/deliveries/:deliveryId/resend',
      {
        schema: {
          tags: ['webhooks'],
          summary:
            'Send a delivery again with the same webhook-id and payload, as one more attempt in its log',
          params: {
            type: 'object',
            required: ['endpointId', 'deliveryId'],
            properties: {
              endpointId: { type: 'string', maxLength: 64 },
              deliveryId: { type: 'string', maxLength: 120 },
            },
          },
          response: { 202: queued, ...accountProblems, 404: problemResponse },
        },
        config: { access: 'account' },
      },
      async (request, reply) => {
        const accountId = requireAccount(request.caller);
        const { endpointId, deliveryId } = request.params;
        const { outcome, messageId } = await resendWebhookDelivery(
          context.store.db,
          accountId,
          endpointId,
          deliveryId,
        );
        if (outcome === 'not_found')
          throw new Problem('not_found', `no delivery ${deliveryId} to ${endpointId}`);
        if (outcome === 'endpoint_unavailable') throw endpointDisabled(endpointId);
        context.notifications?.kick();
        return reply.code(202).send({ deliveryId, messageId, status: 'pending' });
      },
    );
  };
