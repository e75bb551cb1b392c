import type { FastifyPluginAsync } from 'fastify';
import { createFunnel, type Lead, listFunnels, submitLead } from '../../contacts/funnels.js';
import { accountTimeZone } from '../account-time-zone.js';
import type { AppContext } from '../app-context.js';
import { requireAccount } from '../authenticate.js';
import { Problem } from '../problem.js';
import { RateLimiter } from '../rate-limiter.js';
import { contactView, problemOf } from './contact-routes.js';

/** Lead submissions a funnel may make per minute (per server instance). */
const leadsPerMinute = Number(process.env.TALLY_FUNNEL_LEADS_PER_MINUTE ?? 60);

export const funnelRoutes =
  (context: AppContext): FastifyPluginAsync =>
  async (app) => {
    const limiter = new RateLimiter(leadsPerMinute, 60_000);

    app.post<{ Body: { name: string } }>(
      '/v1/funnels',
      {
        schema: {
          tags: ['funnels'],
          summary: 'Create a funnel; its key authenticates the public lead endpoint',
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
        const outcome = await createFunnel(
          context.store.db,
          requireAccount(request.caller),
          request.body.name,
          context.clock.now(),
        );
        if (!outcome.ok) throw problemOf(outcome);
        return reply.code(201).send(outcome.funnel);
      },
    );

    app.get(
      '/v1/funnels',
      { schema: { tags: ['funnels'], summary: 'The account’s funnels' }, config: { access: 'account' } },
      async (request) => ({
        data: await listFunnels(context.store.db, requireAccount(request.caller)),
      }),
    );

    app.post<{ Params: { funnelKey: string }; Body: Lead }>(
      '/v1/funnels/:funnelKey/leads',
      {
        schema: {
          tags: ['funnels'],
          summary:
            'A lead from a funnel form: creates a contact, or updates the one with the same e-mail or phone',
          security: [],
          params: {
            type: 'object',
            properties: { funnelKey: { type: 'string', maxLength: 64 } },
            required: ['funnelKey'],
          },
          body: {
            type: 'object',
            additionalProperties: false,
            properties: {
              name: { type: 'string', maxLength: 200 },
              email: { type: 'string', maxLength: 254 },
              phone: { type: 'string', maxLength: 40 },
              answers: {
                type: 'object',
                maxProperties: 50,
                propertyNames: { pattern: '^[a-z][a-z0-9_]{0,49}$' },
                additionalProperties: { type: ['string', 'number'], maxLength: 2000 },
              },
            },
          },
        },
      },
      async (request, reply) => {
        if (!limiter.allow(request.params.funnelKey)) {
          throw new Problem(
            'rate_limited',
            'this funnel has sent too many leads this minute; try again shortly',
          );
        }
        const outcome = await submitLead(
          context.store,
          request.params.funnelKey,
          request.body,
          context.clock.now(),
        );
        if (!outcome.ok) throw problemOf(outcome);
        request.meteredAccountId = outcome.accountId;
        return reply.code(outcome.returning ? 200 : 201).send({
          returning: outcome.returning,
          contact: contactView(outcome.contact, await accountTimeZone(context, outcome.accountId)),
        });
      },
    );
  };
