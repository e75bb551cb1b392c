import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { createFunnel, type Funnel, listFunnels, submitLead } from '../../contacts/funnels.js';
import { accountTimeZone } from '../account-time-zone.js';
import type { AppContext } from '../app-context.js';
import { requireAccount } from '../authenticate.js';
import { formatInstantIn } from '../instants.js';
import { Problem } from '../problem.js';
import { RateLimiter } from '../rate-limiter.js';
import {
  CreateFunnelBody,
  FunnelKeyParams,
  FunnelList,
  FunnelView,
  LeadBody,
  LeadOutcome,
} from '../schemas/funnel-schemas.js';
import { json, problems } from '../schemas/responses.js';
import { contactView, problemOf } from './contact-routes.js';

/** Lead submissions a funnel may make per minute (per server instance). */
const leadsPerMinute = Number(process.env.TALLY_FUNNEL_LEADS_PER_MINUTE ?? 60);

export const funnelRoutes =
  (context: AppContext): FastifyPluginAsyncTypebox =>
  async (app) => {
    const limiter = new RateLimiter(leadsPerMinute, 60_000);

    app.post(
      '/v1/funnels',
      {
        schema: {
          operationId: 'createFunnel',
          tags: ['funnels'],
          summary: 'Create a funnel; its key authenticates the public lead endpoint',
          body: CreateFunnelBody,
          response: { 201: json('The funnel with its public key', FunnelView) },
        },
        config: { access: 'account' },
      },
      async (request, reply) => {
        const accountId = requireAccount(request.caller);
        const outcome = await createFunnel(
          context.store.db,
          accountId,
          request.body.name,
          context.clock.now(),
        );
        if (!outcome.ok) throw problemOf(outcome);
        return reply.code(201).send(funnelView(outcome.funnel, await accountTimeZone(context, accountId)));
      },
    );

    app.get(
      '/v1/funnels',
      {
        schema: {
          operationId: 'listFunnels',
          tags: ['funnels'],
          summary: 'The account’s funnels, oldest first',
          response: { 200: json('Every funnel of the account', FunnelList) },
        },
        config: { access: 'account' },
      },
      async (request) => {
        const accountId = requireAccount(request.caller);
        const zone = await accountTimeZone(context, accountId);
        const funnels = await listFunnels(context.store.db, accountId);
        return { data: funnels.map((funnel) => funnelView(funnel, zone)) };
      },
    );

    app.post(
      '/v1/funnels/:funnelKey/leads',
      {
        schema: {
          operationId: 'submitLead',
          tags: ['funnels'],
          summary:
            'A lead from a funnel form (public, authenticated by the funnel key in the path): creates a contact, or updates the one with the same e-mail or phone',
          security: [],
          params: FunnelKeyParams,
          body: LeadBody,
          response: {
            200: json('A returning lead: the contact with the same e-mail or phone, updated', LeadOutcome),
            201: json('A new lead: the contact, created in the first column', LeadOutcome),
            ...problems('not_found', 'rate_limited'),
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

/** A funnel as the API shows it: its instant in the account's offset. */
function funnelView(funnel: Funnel, zone: string) {
  return {
    id: funnel.id,
    name: funnel.name,
    key: funnel.key,
    createdAt: formatInstantIn(funnel.createdAt, zone),
  };
}
