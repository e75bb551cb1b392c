import type { FastifyPluginAsync } from 'fastify';
import {
  type BulkAction,
  type BulkSelection,
  maxBulkSelection,
  runBulkAction,
} from '../../contacts/bulk-action.js';
import type { Channel } from '../../contacts/send-message.js';
import type { AppContext } from '../app-context.js';
import { requireAccount } from '../authenticate.js';
import { Problem } from '../problem.js';
import { impactSchema, problemResponses } from './board-schemas.js';
import { actorOf, type ContactFilterQuery, contactFilterOrThrow, problemOf } from './contact-routes.js';
import { impactView } from './status-routes.js';

interface BulkBody {
  selection: { contactIds?: string[]; filter?: Omit<ContactFilterQuery, 'active'> & { active?: boolean } };
  action: 'move' | 'note' | 'message';
  statusId?: string;
  channel?: Channel;
  subject?: string;
  body?: string;
}

const filterSchema = {
  type: 'object',
  additionalProperties: false,
  description: 'every contact matching this, as GET /v1/contacts filters them',
  properties: {
    status: { type: 'string', maxLength: 64 },
    q: { type: 'string', maxLength: 200 },
    active: { type: 'boolean' },
    propertyKey: { type: 'string', maxLength: 50 },
    propertyValue: { type: 'string', maxLength: 500 },
  },
} as const;

/**
 * What the action needs besides its type; a missing one is named like a schema error. A
 * preview may leave out the text: what a note or message says does not change its impact.
 */
function actionOrThrow(body: BulkBody, preview: boolean): BulkAction {
  const need = (field: 'statusId' | 'body' | 'channel'): string => {
    const value = field === 'body' && preview ? (body.body ?? 'preview') : body[field];
    if (value === undefined) {
      throw new Problem('validation_failed', `body.${field} is required for action ${body.action}`, [
        { field: `/${field}`, code: 'required', message: `required for action ${body.action}` },
      ]);
    }
    return value;
  };
  switch (body.action) {
    case 'move':
      return { type: 'move', statusId: need('statusId') };
    case 'note':
      return { type: 'note', body: need('body') };
    case 'message':
      return {
        type: 'message',
        channel: need('channel') as Channel,
        body: need('body'),
        ...(body.subject === undefined ? {} : { subject: body.subject }),
      };
  }
}

export const bulkContactRoutes =
  (context: AppContext): FastifyPluginAsync =>
  async (app) => {
    app.post<{ Querystring: { preview?: string }; Body: BulkBody }>(
      '/v1/contacts/bulk',
      {
        schema: {
          tags: ['contacts'],
          summary: `Move, note or message a selection of contacts (at most ${maxBulkSelection}); ?preview=true answers its impact only, the same figures the action then has`,
          querystring: {
            type: 'object',
            additionalProperties: false,
            properties: { preview: { type: 'string', enum: ['true', 'false'] } },
          },
          body: {
            type: 'object',
            additionalProperties: false,
            required: ['selection', 'action'],
            properties: {
              selection: {
                type: 'object',
                additionalProperties: false,
                description: 'contactIds (the ones ticked) or filter (all matching), one of the two',
                properties: {
                  contactIds: {
                    type: 'array',
                    maxItems: maxBulkSelection,
                    items: { type: 'string', maxLength: 64 },
                  },
                  filter: filterSchema,
                },
              },
              action: { type: 'string', enum: ['move', 'note', 'message'] },
              statusId: { type: 'string', maxLength: 64, description: 'move: the column to move to' },
              channel: { type: 'string', enum: ['email', 'whatsapp'], description: 'message: the channel' },
              subject: { type: 'string', maxLength: 300 },
              body: { type: 'string', maxLength: 10_000, description: 'note or message: the text' },
            },
          },
          response: {
            200: {
              type: 'object',
              required: ['preview', 'applied', 'impact', 'contactIds', 'sent', 'failed'],
              properties: {
                preview: { type: 'boolean' },
                applied: { type: 'boolean' },
                impact: impactSchema,
                contactIds: { type: 'array', items: { type: 'string' } },
                sent: { type: 'integer' },
                failed: { type: 'integer' },
              },
            },
            ...problemResponses,
          },
        },
        config: { access: 'account' },
      },
      async (request) => {
        const accountId = requireAccount(request.caller);
        const { selection: chosen } = request.body;
        if ((chosen.contactIds === undefined) === (chosen.filter === undefined)) {
          throw new Problem(
            'validation_failed',
            'name the selection by contactIds or by filter (one of the two)',
            [{ field: '/selection', code: 'one_of', message: 'contactIds or filter, one of the two' }],
          );
        }
        const preview = request.query.preview === 'true';
        const action = actionOrThrow(request.body, preview);
        let selection: BulkSelection;
        if (chosen.filter === undefined) {
          selection = { contactIds: chosen.contactIds ?? [] };
        } else {
          const { active, ...rest } = chosen.filter;
          selection = {
            filter: await contactFilterOrThrow(
              context,
              accountId,
              { ...rest, ...(active === undefined ? {} : { active: active ? 'true' : 'false' }) },
              '/selection/filter/',
            ),
          };
        }
        const outcome = await runBulkAction(
          context.store,
          context.catalog,
          accountId,
          selection,
          action,
          actorOf(request),
          () => context.clock.now(),
          preview,
        );
        if (!outcome.ok) throw problemOf(outcome);
        return {
          preview,
          applied: outcome.applied,
          impact: impactView(outcome.impact),
          contactIds: outcome.contactIds,
          sent: outcome.messages.filter((message) => message.status === 'sent').length,
          failed: outcome.messages.filter((message) => message.status !== 'sent').length,
        };
      },
    );
  };
