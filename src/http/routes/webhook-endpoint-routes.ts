import type { FastifyPluginAsync } from 'fastify';
import { privateUrlProblem } from '../../channels/private-address.js';
import { listWebhookDeliveries } from '../../notify/webhook-deliveries.js';
import {
  createWebhookEndpoint,
  deleteWebhookEndpoint,
  endpointUrlProblem,
  findWebhookEndpoint,
  listWebhookEndpoints,
  updateWebhookEndpoint,
  type WebhookEndpoint,
  type WebhookEventType,
  webhookEventTypes,
} from '../../notify/webhook-endpoints.js';
import { accountTimeZone } from '../account-time-zone.js';
import type { AppContext } from '../app-context.js';
import { requireAccount } from '../authenticate.js';
import { formatInstantIn } from '../instants.js';
import { Problem } from '../problem.js';

interface EndpointBody {
  url?: string;
  description?: string;
  eventTypes?: WebhookEventType[] | null;
  enabled?: boolean;
}

const endpointParams = {
  type: 'object',
  required: ['endpointId'],
  properties: { endpointId: { type: 'string', maxLength: 64 } },
} as const;

const bodyProperties = {
  url: { type: 'string', minLength: 1, maxLength: 2000 },
  description: { type: 'string', maxLength: 200 },
  eventTypes: {
    type: ['array', 'null'],
    minItems: 1,
    uniqueItems: true,
    items: { type: 'string', enum: [...webhookEventTypes] },
    description: 'the events to receive; null or absent: all of them',
  },
} as const;

export const webhookEndpointRoutes =
  (context: AppContext): FastifyPluginAsync =>
  async (app) => {
    const view = (endpoint: WebhookEndpoint, zone: string) => ({
      id: endpoint.id,
      url: endpoint.url,
      description: endpoint.description ?? null,
      eventTypes: endpoint.eventTypes ?? null,
      enabled: endpoint.enabled,
      disabledAt: endpoint.disabledAt === undefined ? null : formatInstantIn(endpoint.disabledAt, zone),
      disabledReason: endpoint.disabledReason ?? null,
      consecutiveFailures: endpoint.consecutiveFailures,
      createdAt: formatInstantIn(endpoint.createdAt, zone),
    });
    const checkUrl = async (url: string | undefined) => {
      const problem =
        url === undefined ? undefined : (endpointUrlProblem(url) ?? (await privateUrlProblem(url)));
      if (problem) {
        throw new Problem('validation_failed', `/url ${problem}`, [
          { field: '/url', code: 'format', message: problem },
        ]);
      }
    };
    const endpointOrThrow = async (accountId: string, endpointId: string) => {
      const endpoint = await findWebhookEndpoint(context.store.db, accountId, endpointId);
      if (!endpoint) throw new Problem('not_found', `no webhook endpoint ${endpointId}`);
      return endpoint;
    };

    app.post<{ Body: EndpointBody & { url: string } }>(
      '/v1/webhook-endpoints',
      {
        schema: {
          tags: ['webhooks'],
          summary: 'Add an endpoint; the answer holds its signing secret (Standard Webhooks, whsec_…)',
          body: {
            type: 'object',
            additionalProperties: false,
            required: ['url'],
            properties: bodyProperties,
          },
        },
        config: { access: 'account', secretFields: ['secret'] },
      },
      async (request, reply) => {
        const accountId = requireAccount(request.caller);
        await checkUrl(request.body.url);
        const endpoint = await createWebhookEndpoint(
          context.store.db,
          accountId,
          {
            url: request.body.url,
            description: request.body.description,
            eventTypes: request.body.eventTypes ?? undefined,
          },
          context.clock.now(),
        );
        return reply
          .code(201)
          .send({ ...view(endpoint, await accountTimeZone(context, accountId)), secret: endpoint.secret });
      },
    );

    app.get(
      '/v1/webhook-endpoints',
      {
        schema: { tags: ['webhooks'], summary: 'The account’s webhook endpoints' },
        config: { access: 'account' },
      },
      async (request) => {
        const accountId = requireAccount(request.caller);
        const zone = await accountTimeZone(context, accountId);
        return {
          data: (await listWebhookEndpoints(context.store.db, accountId)).map((endpoint) =>
            view(endpoint, zone),
          ),
        };
      },
    );

    app.get<{ Params: { endpointId: string } }>(
      '/v1/webhook-endpoints/:endpointId',
      {
        schema: {
          tags: ['webhooks'],
          summary: 'One endpoint with its signing secret',
          params: endpointParams,
        },
        config: { access: 'account' },
      },
      async (request) => {
        const accountId = requireAccount(request.caller);
        const endpoint = await endpointOrThrow(accountId, request.params.endpointId);
        return { ...view(endpoint, await accountTimeZone(context, accountId)), secret: endpoint.secret };
      },
    );

    app.patch<{ Params: { endpointId: string }; Body: EndpointBody }>(
      '/v1/webhook-endpoints/:endpointId',
      {
        schema: {
          tags: ['webhooks'],
          summary: 'Change the URL, description or events; `enabled: true` re-enables a disabled endpoint',
          params: endpointParams,
          body: {
            type: 'object',
            additionalProperties: false,
            minProperties: 1,
            properties: { ...bodyProperties, enabled: { type: 'boolean' } },
          },
        },
        config: { access: 'account' },
      },
      async (request) => {
        const accountId = requireAccount(request.caller);
        await checkUrl(request.body.url);
        const { eventTypes, ...rest } = request.body;
        const updated = await updateWebhookEndpoint(context.store.db, accountId, request.params.endpointId, {
          ...rest,
          ...(eventTypes === undefined ? {} : { eventTypes: eventTypes ?? undefined }),
        });
        if (!updated) throw new Problem('not_found', `no webhook endpoint ${request.params.endpointId}`);
        const endpoint = await endpointOrThrow(accountId, request.params.endpointId);
        return view(endpoint, await accountTimeZone(context, accountId));
      },
    );

    app.delete<{ Params: { endpointId: string } }>(
      '/v1/webhook-endpoints/:endpointId',
      {
        schema: {
          tags: ['webhooks'],
          summary: 'Delete an endpoint; pending deliveries are dropped',
          params: endpointParams,
        },
        config: { access: 'account' },
      },
      async (request, reply) => {
        const deleted = await deleteWebhookEndpoint(
          context.store,
          requireAccount(request.caller),
          request.params.endpointId,
          context.clock.now(),
        );
        if (!deleted) throw new Problem('not_found', `no webhook endpoint ${request.params.endpointId}`);
        return reply.code(204).send();
      },
    );

    app.get<{ Params: { endpointId: string } }>(
      '/v1/webhook-endpoints/:endpointId/deliveries',
      {
        schema: {
          tags: ['webhooks'],
          summary: 'The delivery log: each event sent to the endpoint, with every attempt and its answer',
          params: endpointParams,
        },
        config: { access: 'account' },
      },
      async (request) => {
        const accountId = requireAccount(request.caller);
        await endpointOrThrow(accountId, request.params.endpointId);
        const iso = (ms: number | undefined) => (ms === undefined ? null : new Date(ms).toISOString());
        const deliveries = await listWebhookDeliveries(
          context.store.db,
          accountId,
          request.params.endpointId,
        );
        return {
          data: deliveries.map((delivery) => ({
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
            createdAt: formatInstantIn(delivery.createdAt, 'UTC'),
            finishedAt: iso(delivery.finishedAt),
          })),
        };
      },
    );
  };
