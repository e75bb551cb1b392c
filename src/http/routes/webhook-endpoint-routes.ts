import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { addWebhookEndpoint, changeWebhookEndpoint } from '../../notify/save-webhook-endpoint.js';
import { listWebhookDeliveries } from '../../notify/webhook-deliveries.js';
import {
  deleteWebhookEndpoint,
  findWebhookEndpoint,
  listWebhookEndpoints,
} from '../../notify/webhook-endpoints.js';
import { accountTimeZone } from '../account-time-zone.js';
import type { AppContext } from '../app-context.js';
import { requireAccount } from '../authenticate.js';
import { Problem } from '../problem.js';
import { json, noContent, problems } from '../schemas/responses.js';
import {
  CreateWebhookEndpointBody,
  UpdateWebhookEndpointBody,
  WebhookDeliveryList,
  WebhookEndpointList,
  WebhookEndpointParams,
  WebhookEndpointView,
  WebhookEndpointWithSecret,
} from '../schemas/webhook-endpoint-schemas.js';
import { webhookDeliveryView, webhookEndpointView } from '../views/webhook-endpoint-view.js';

export const webhookEndpointRoutes =
  (context: AppContext): FastifyPluginAsyncTypebox =>
  async (app) => {
    const endpointOrThrow = async (accountId: string, endpointId: string) => {
      const endpoint = await findWebhookEndpoint(context.store.db, accountId, endpointId);
      if (!endpoint) throw new Problem('not_found', `no webhook endpoint ${endpointId}`);
      return endpoint;
    };

    app.post(
      '/v1/webhook-endpoints',
      {
        schema: {
          operationId: 'createWebhookEndpoint',
          tags: ['webhooks'],
          summary: 'Add an endpoint; the answer holds its signing secret (Standard Webhooks, whsec_…)',
          body: CreateWebhookEndpointBody,
          response: { 201: json('The new endpoint with its signing secret', WebhookEndpointWithSecret) },
        },
        config: { access: 'account', secretFields: ['secret'] },
      },
      async (request, reply) => {
        const accountId = requireAccount(request.caller);
        const endpoint = await addWebhookEndpoint(
          context.store.db,
          accountId,
          {
            url: request.body.url,
            description: request.body.description,
            eventTypes: request.body.eventTypes ?? undefined,
          },
          context.clock.now(),
        );
        const zone = await accountTimeZone(context, accountId);
        return reply.code(201).send({ ...webhookEndpointView(endpoint, zone), secret: endpoint.secret });
      },
    );

    app.get(
      '/v1/webhook-endpoints',
      {
        schema: {
          operationId: 'listWebhookEndpoints',
          tags: ['webhooks'],
          summary: 'The account’s webhook endpoints',
          response: { 200: json('Every endpoint, oldest first (without secrets)', WebhookEndpointList) },
        },
        config: { access: 'account' },
      },
      async (request) => {
        const accountId = requireAccount(request.caller);
        const zone = await accountTimeZone(context, accountId);
        return {
          data: (await listWebhookEndpoints(context.store.db, accountId)).map((endpoint) =>
            webhookEndpointView(endpoint, zone),
          ),
        };
      },
    );

    app.get(
      '/v1/webhook-endpoints/:endpointId',
      {
        schema: {
          operationId: 'getWebhookEndpoint',
          tags: ['webhooks'],
          summary: 'One endpoint with its signing secret',
          params: WebhookEndpointParams,
          response: {
            200: json('The endpoint with its signing secret', WebhookEndpointWithSecret),
            ...problems('not_found'),
          },
        },
        config: { access: 'account' },
      },
      async (request) => {
        const accountId = requireAccount(request.caller);
        const endpoint = await endpointOrThrow(accountId, request.params.endpointId);
        const zone = await accountTimeZone(context, accountId);
        return { ...webhookEndpointView(endpoint, zone), secret: endpoint.secret };
      },
    );

    app.patch(
      '/v1/webhook-endpoints/:endpointId',
      {
        schema: {
          operationId: 'updateWebhookEndpoint',
          tags: ['webhooks'],
          summary: 'Change the URL, description or events; `enabled: true` re-enables a disabled endpoint',
          params: WebhookEndpointParams,
          body: UpdateWebhookEndpointBody,
          response: { 200: json('The endpoint as changed', WebhookEndpointView), ...problems('not_found') },
        },
        config: { access: 'account' },
      },
      async (request) => {
        const accountId = requireAccount(request.caller);
        const { endpointId } = request.params;
        const endpoint = await changeWebhookEndpoint(context.store.db, accountId, endpointId, request.body);
        if (!endpoint) throw new Problem('not_found', `no webhook endpoint ${endpointId}`);
        return webhookEndpointView(endpoint, await accountTimeZone(context, accountId));
      },
    );

    app.delete(
      '/v1/webhook-endpoints/:endpointId',
      {
        schema: {
          operationId: 'deleteWebhookEndpoint',
          tags: ['webhooks'],
          summary: 'Delete an endpoint; pending deliveries are dropped',
          params: WebhookEndpointParams,
          response: { 204: noContent('Deleted'), ...problems('not_found') },
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
        return reply.code(204).send(null);
      },
    );

    app.get(
      '/v1/webhook-endpoints/:endpointId/deliveries',
      {
        schema: {
          operationId: 'listWebhookDeliveries',
          tags: ['webhooks'],
          summary: 'The delivery log: each event sent to the endpoint, with every attempt and its answer',
          params: WebhookEndpointParams,
          response: {
            200: json('The last 100 events, newest first', WebhookDeliveryList),
            ...problems('not_found'),
          },
        },
        config: { access: 'account' },
      },
      async (request) => {
        const accountId = requireAccount(request.caller);
        await endpointOrThrow(accountId, request.params.endpointId);
        const deliveries = await listWebhookDeliveries(
          context.store.db,
          accountId,
          request.params.endpointId,
        );
        const zone = await accountTimeZone(context, accountId);
        return { data: deliveries.map((delivery) => webhookDeliveryView(delivery, zone)) };
      },
    );
  };
