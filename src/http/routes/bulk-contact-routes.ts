import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  type BulkAction,
  type BulkSelection,
  maxBulkSelection,
  runBulkAction,
} from '../../contacts/bulk-action.js';
import type { Channel } from '../../contacts/send-message.js';
import { actorOf } from '../actor-header.js';
import type { AppContext } from '../app-context.js';
import { requireAccount } from '../authenticate.js';
import { type ContactFilterQuery, contactFilterOrThrow } from '../contact-filter-query.js';
import { problemOfContactRefusal as problemOf } from '../domain-problems.js';
import { Problem } from '../problem.js';
import { BulkBody, BulkOutcome, BulkQuery } from '../schemas/board-schemas.js';
import { ActorHeaders } from '../schemas/contact-schemas.js';
import { json } from '../schemas/responses.js';
import { impactView } from '../views/impact-view.js';

interface BulkRequestBody {
  selection: { contactIds?: string[]; filter?: Omit<ContactFilterQuery, 'active'> & { active?: boolean } };
  action: 'move' | 'note' | 'message';
  statusId?: string;
  channel?: Channel;
  subject?: string;
  body?: string;
}

/**
 * What the action needs besides its type; a missing one is named like a schema error. A
 * preview may leave out the text: what a note or message says does not change its impact.
 */
function actionOrThrow(body: BulkRequestBody, preview: boolean): BulkAction {
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
  (context: AppContext): FastifyPluginAsyncTypebox =>
  async (app) => {
    app.post(
      '/v1/contacts/bulk',
      {
        schema: {
          operationId: 'runBulkContactAction',
          tags: ['contacts'],
          summary: `Move, note or message a selection of contacts (at most ${maxBulkSelection}); ?preview=true answers its impact only, the same figures the action then has`,
          querystring: BulkQuery,
          body: BulkBody,
          headers: ActorHeaders,
          response: { 200: json('The impact (a preview) or what was done', BulkOutcome) },
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
