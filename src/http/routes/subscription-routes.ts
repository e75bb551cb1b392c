import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { quoteConfiguration } from '../../billing/quote.js';
import {
  requestSubscriptionChange,
  subscriptionChangesOf,
} from '../../billing/subscription-change-request.js';
import { subscriptionOverview } from '../../billing/subscription-overview.js';
import type { AppContext } from '../app-context.js';
import { requireAccount } from '../authenticate.js';
import { Problem } from '../problem.js';
import { json, problems } from '../schemas/responses.js';
import {
  PlanCatalog,
  Quote,
  QuoteBody,
  Subscription,
  SubscriptionChangeBody,
  SubscriptionChangeList,
  SubscriptionChangeResult,
} from '../schemas/subscription-schemas.js';
import {
  planCatalogView,
  quoteView,
  subscriptionChangeView,
  subscriptionView,
} from '../views/subscription-view.js';
import { vatBreakdownView } from './vat-breakdown-view.js';

export const subscriptionRoutes =
  (context: AppContext): FastifyPluginAsyncTypebox =>
  async (app) => {
    const { store, catalog, clock } = context;

    app.get(
      '/v1/subscription',
      {
        schema: {
          operationId: 'getSubscription',
          tags: ['subscription'],
          summary: 'The plan in force, its billing cycle, scheduled changes and this month’s allowance',
          response: { 200: json('The subscription now', Subscription), ...problems('not_found') },
        },
        config: { access: 'account' },
      },
      async (request) => {
        const accountId = requireAccount(request.caller);
        const overview = await subscriptionOverview(store, catalog, accountId, clock.now());
        if (!overview) throw new Problem('not_found', `no account ${accountId}`);
        return subscriptionView(catalog, overview);
      },
    );

    app.post(
      '/v1/subscription/changes',
      {
        schema: {
          operationId: 'changeSubscription',
          tags: ['subscription'],
          summary:
            'Upgrade (now, pro rata), downgrade (at the cycle end), change add-on contacts or cancel; preview: true prices it and changes nothing',
          body: SubscriptionChangeBody,
          response: {
            200: json('The change priced (preview); nothing was changed', SubscriptionChangeResult),
            201: json('The change, made', SubscriptionChangeResult),
          },
        },
        config: { access: 'account' },
      },
      async (request, reply) => {
        const { change, applied, timeZone, vat } = await requestSubscriptionChange(
          store,
          catalog,
          requireAccount(request.caller),
          request.body,
          clock.now(),
        );
        return reply.code(applied ? 201 : 200).send({
          preview: !applied,
          ...subscriptionChangeView(catalog, change, timeZone),
          ...vatBreakdownView(vat, catalog.currency),
        });
      },
    );

    app.get(
      '/v1/subscription/changes',
      {
        schema: {
          operationId: 'listSubscriptionChanges',
          tags: ['subscription'],
          summary: 'Every change of the subscription, with its charges and credits',
          response: { 200: json('Every change, oldest first', SubscriptionChangeList) },
        },
        config: { access: 'account' },
      },
      async (request) => {
        const { changes, timeZone } = await subscriptionChangesOf(store, requireAccount(request.caller));
        return { data: changes.map((change) => subscriptionChangeView(catalog, change, timeZone)) };
      },
    );

    app.get(
      '/v1/plans',
      {
        schema: {
          operationId: 'listPlans',
          tags: ['subscription'],
          summary:
            'The catalog: every plan with its included contacts, fees and add-on prices, and the overusage rate',
          response: { 200: json('The catalog', PlanCatalog) },
        },
        config: { access: 'any' },
      },
      async () => planCatalogView(catalog),
    );

    app.post(
      '/v1/quotes',
      {
        schema: {
          operationId: 'createQuote',
          tags: ['subscription'],
          summary:
            'Price a configuration; with expectedActiveContacts, every option to cover them, cheapest first',
          body: QuoteBody,
          response: { 200: json('The price, and the options when expected contacts were given', Quote) },
        },
        config: { access: 'any' },
      },
      async (request) =>
        quoteView(
          catalog,
          quoteConfiguration(
            catalog,
            {
              planId: request.body.plan,
              cycle: request.body.cycle,
              addonContacts: request.body.addonContacts ?? 0,
            },
            request.body.expectedActiveContacts,
          ),
        ),
    );
  };
