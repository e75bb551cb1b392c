import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { acceptedOrThrow } from '../../contacts/contact-refused-error.js';
import { loadPropertyDefinitions } from '../../contacts/contact-repository.js';
import { defineProperty, relabelProperty } from '../../contacts/property-definitions.js';
import { createStatus, deleteStatus, listStatuses, updateStatus } from '../../contacts/statuses.js';
import { performContactAction } from '../../use-cases/contact-action.js';
import { actorOf } from '../actor-header.js';
import type { AppContext } from '../app-context.js';
import { requireAccount } from '../authenticate.js';
import { contactActionServices } from '../contact-action-services.js';
import { ActorHeaders } from '../schemas/contact-schemas.js';
import { PreviewQuery } from '../schemas/impact-schemas.js';
import { json, problems } from '../schemas/responses.js';
import {
  CreateStatusBody,
  DefinePropertyBody,
  DeleteStatusQuery,
  PropertyDefinitionList,
  PropertyDefinitionView,
  PropertyParams,
  RelabelPropertyBody,
  StatusChange,
  StatusDeletion,
  StatusList,
  StatusParams,
  StatusView,
  UpdateStatusBody,
} from '../schemas/status-schemas.js';
import { impactView } from '../views/impact-view.js';

export const statusRoutes =
  (context: AppContext): FastifyPluginAsyncTypebox =>
  async (app) => {
    app.get(
      '/v1/statuses',
      {
        schema: {
          operationId: 'listStatuses',
          tags: ['board'],
          summary: 'The board’s columns, in order, with their contact counts',
          response: { 200: json('The columns, left to right', StatusList) },
        },
        config: { access: 'account' },
      },
      async (request) => ({
        data: await listStatuses(context.store.db, requireAccount(request.caller)),
      }),
    );

    app.post(
      '/v1/statuses',
      {
        schema: {
          operationId: 'createStatus',
          tags: ['board'],
          summary: 'Add a column at the end of the board',
          body: CreateStatusBody,
          response: { 201: json('The new column', StatusView) },
        },
        config: { access: 'account' },
      },
      async (request, reply) => {
        const { status } = acceptedOrThrow(
          await createStatus(
            context.store,
            requireAccount(request.caller),
            request.body.name,
            context.clock.now(),
          ),
        );
        return reply.code(201).send(status);
      },
    );

    app.patch(
      '/v1/statuses/:id',
      {
        schema: {
          operationId: 'updateStatus',
          tags: ['board'],
          summary:
            'Rename (touches every contact in the column) or move a column; ?preview=true answers the impact only',
          params: StatusParams,
          querystring: PreviewQuery,
          body: UpdateStatusBody,
          headers: ActorHeaders,
          response: {
            200: json('The column as changed (or not, in a preview) and the impact', StatusChange),
            ...problems('not_found', 'month_closed'),
          },
        },
        config: { access: 'account', checksThresholds: true },
      },
      async (request) => {
        const accountId = requireAccount(request.caller);
        const outcome = await performContactAction(
          contactActionServices(context, request),
          accountId,
          (now) =>
            updateStatus(
              context.store,
              context.catalog,
              accountId,
              request.params.id,
              request.body,
              actorOf(request),
              now,
              request.query.preview === 'true',
            ),
        );
        return {
          preview: !outcome.applied,
          status: outcome.status ?? null,
          impact: impactView(outcome.impact),
        };
      },
    );

    app.delete(
      '/v1/statuses/:id',
      {
        schema: {
          operationId: 'deleteStatus',
          tags: ['board'],
          summary:
            'Delete a column, moving its contacts to another (each move is a status change); ?preview=true answers the impact only',
          params: StatusParams,
          querystring: DeleteStatusQuery,
          headers: ActorHeaders,
          response: {
            200: json('The impact of the deletion (done unless a preview)', StatusDeletion),
            ...problems('not_found', 'month_closed'),
          },
        },
        config: { access: 'account', checksThresholds: true },
      },
      async (request) => {
        const accountId = requireAccount(request.caller);
        const outcome = await performContactAction(
          contactActionServices(context, request),
          accountId,
          (now) =>
            deleteStatus(
              context.store,
              context.catalog,
              accountId,
              request.params.id,
              request.query.moveTo,
              actorOf(request),
              now,
              request.query.preview === 'true',
            ),
        );
        return { preview: !outcome.applied, impact: impactView(outcome.impact) };
      },
    );

    app.get(
      '/v1/property-definitions',
      {
        schema: {
          operationId: 'listPropertyDefinitions',
          tags: ['properties'],
          summary: 'Custom contact properties',
          response: { 200: json('Every property definition', PropertyDefinitionList) },
        },
        config: { access: 'account' },
      },
      async (request) => ({
        data: [...(await loadPropertyDefinitions(context.store.db, requireAccount(request.caller))).values()],
      }),
    );

    app.post(
      '/v1/property-definitions',
      {
        schema: {
          operationId: 'defineProperty',
          tags: ['properties'],
          summary: 'Define a custom property (touches no contact)',
          body: DefinePropertyBody,
          response: { 201: json('The new definition', PropertyDefinitionView) },
        },
        config: { access: 'account' },
      },
      async (request, reply) => {
        const { definition } = acceptedOrThrow(
          await defineProperty(
            context.store,
            requireAccount(request.caller),
            request.body,
            context.clock.now(),
          ),
        );
        return reply.code(201).send(definition);
      },
    );

    app.patch(
      '/v1/property-definitions/:key',
      {
        schema: {
          operationId: 'relabelProperty',
          tags: ['properties'],
          summary: 'Relabel a property (touches no contact)',
          params: PropertyParams,
          body: RelabelPropertyBody,
          response: {
            200: json('The definition as relabelled', PropertyDefinitionView),
            ...problems('not_found'),
          },
        },
        config: { access: 'account' },
      },
      async (request) => {
        const { definition } = acceptedOrThrow(
          await relabelProperty(
            context.store.db,
            requireAccount(request.caller),
            request.params.key,
            request.body.label,
          ),
        );
        return definition;
      },
    );
  };
