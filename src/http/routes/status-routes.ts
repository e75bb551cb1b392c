import type { FastifyPluginAsync } from 'fastify';
import type { PropertyType } from '../../contacts/contact-fields.js';
import { propertyTypes } from '../../contacts/contact-fields.js';
import { loadPropertyDefinitions } from '../../contacts/contact-repository.js';
import type { Impact } from '../../contacts/impact-preview.js';
import { defineProperty, relabelProperty } from '../../contacts/property-definitions.js';
import { createStatus, deleteStatus, listStatuses, updateStatus } from '../../contacts/statuses.js';
import { formatCents } from '../../domain/money.js';
import { actorOf } from '../actor-header.js';
import type { AppContext } from '../app-context.js';
import { requireAccount } from '../authenticate.js';
import { problemOf } from './contact-routes.js';

const idParams = {
  type: 'object',
  properties: { id: { type: 'string', maxLength: 64 } },
  required: ['id'],
} as const;
const previewQuery = {
  type: 'object',
  additionalProperties: false,
  properties: { preview: { type: 'string', enum: ['true', 'false'] } },
} as const;

export function impactView(impact: Impact) {
  return {
    contactsTouched: impact.contactsTouched,
    newlyActive: impact.newlyActive,
    activeContacts: impact.activeContacts,
    allowance: impact.allowance ?? null,
    extraOverusage: impact.extraOverusage,
    extraOverusageCost: { amount: formatCents(impact.extraOverusageCost), currency: 'EUR' },
  };
}

export const statusRoutes =
  (context: AppContext): FastifyPluginAsync =>
  async (app) => {
    app.get(
      '/v1/statuses',
      {
        schema: { tags: ['board'], summary: 'The board’s columns, in order, with their contact counts' },
        config: { access: 'account' },
      },
      async (request) => ({
        data: await listStatuses(context.store.db, requireAccount(request.caller)),
      }),
    );

    app.post<{ Body: { name: string } }>(
      '/v1/statuses',
      {
        schema: {
          tags: ['board'],
          summary: 'Add a column at the end of the board',
          body: {
            type: 'object',
            additionalProperties: false,
            required: ['name'],
            properties: { name: { type: 'string', maxLength: 100 } },
          },
        },
        config: { access: 'account' },
      },
      async (request, reply) => {
        const outcome = await createStatus(
          context.store,
          requireAccount(request.caller),
          request.body.name,
          context.clock.now(),
        );
        if (!outcome.ok) throw problemOf(outcome);
        return reply.code(201).send(outcome.status);
      },
    );

    app.patch<{
      Params: { id: string };
      Querystring: { preview?: string };
      Body: { name?: string; position?: number };
    }>(
      '/v1/statuses/:id',
      {
        schema: {
          tags: ['board'],
          summary:
            'Rename (touches every contact in the column) or move a column; ?preview=true answers the impact only',
          params: idParams,
          querystring: previewQuery,
          body: {
            type: 'object',
            additionalProperties: false,
            minProperties: 1,
            properties: {
              name: { type: 'string', maxLength: 100 },
              position: { type: 'integer', minimum: 0, maximum: 1000 },
            },
          },
        },
        config: { access: 'account' },
      },
      async (request) => {
        const outcome = await updateStatus(
          context.store,
          context.catalog,
          requireAccount(request.caller),
          request.params.id,
          request.body,
          actorOf(request),
          context.clock.now(),
          request.query.preview === 'true',
        );
        if (!outcome.ok) throw problemOf(outcome);
        return {
          preview: !outcome.applied,
          status: outcome.status ?? null,
          impact: impactView(outcome.impact),
        };
      },
    );

    app.delete<{ Params: { id: string }; Querystring: { moveTo: string; preview?: string } }>(
      '/v1/statuses/:id',
      {
        schema: {
          tags: ['board'],
          summary:
            'Delete a column, moving its contacts to another (each move is a status change); ?preview=true answers the impact only',
          params: idParams,
          querystring: {
            type: 'object',
            additionalProperties: false,
            required: ['moveTo'],
            properties: {
              moveTo: { type: 'string', maxLength: 64 },
              preview: { type: 'string', enum: ['true', 'false'] },
            },
          },
        },
        config: { access: 'account' },
      },
      async (request) => {
        const outcome = await deleteStatus(
          context.store,
          context.catalog,
          requireAccount(request.caller),
          request.params.id,
          request.query.moveTo,
          actorOf(request),
          context.clock.now(),
          request.query.preview === 'true',
        );
        if (!outcome.ok) throw problemOf(outcome);
        return { preview: !outcome.applied, impact: impactView(outcome.impact) };
      },
    );

    app.get(
      '/v1/property-definitions',
      {
        schema: { tags: ['properties'], summary: 'Custom contact properties' },
        config: { access: 'account' },
      },
      async (request) => ({
        data: [...(await loadPropertyDefinitions(context.store.db, requireAccount(request.caller))).values()],
      }),
    );

    app.post<{ Body: { key: string; label: string; type: PropertyType; options?: string[] } }>(
      '/v1/property-definitions',
      {
        schema: {
          tags: ['properties'],
          summary: 'Define a custom property (touches no contact)',
          body: {
            type: 'object',
            additionalProperties: false,
            required: ['key', 'label', 'type'],
            properties: {
              key: { type: 'string', maxLength: 50 },
              label: { type: 'string', maxLength: 100 },
              type: { type: 'string', enum: [...propertyTypes] },
              options: { type: 'array', maxItems: 100, items: { type: 'string', maxLength: 100 } },
            },
          },
        },
        config: { access: 'account' },
      },
      async (request, reply) => {
        const outcome = await defineProperty(
          context.store,
          requireAccount(request.caller),
          request.body,
          context.clock.now(),
        );
        if (!outcome.ok) throw problemOf(outcome);
        return reply.code(201).send(outcome.definition);
      },
    );

    app.patch<{ Params: { key: string }; Body: { label: string } }>(
      '/v1/property-definitions/:key',
      {
        schema: {
          tags: ['properties'],
          summary: 'Relabel a property (touches no contact)',
          params: {
            type: 'object',
            properties: { key: { type: 'string', maxLength: 50 } },
            required: ['key'],
          },
          body: {
            type: 'object',
            additionalProperties: false,
            required: ['label'],
            properties: { label: { type: 'string', maxLength: 100 } },
          },
        },
        config: { access: 'account' },
      },
      async (request) => {
        const outcome = await relabelProperty(
          context.store.db,
          requireAccount(request.caller),
          request.params.key,
          request.body.label,
        );
        if (!outcome.ok) throw problemOf(outcome);
        return outcome.definition;
      },
    );
  };
