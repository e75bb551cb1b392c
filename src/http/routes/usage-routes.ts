import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  readActiveContacts,
  readAllActiveContacts,
  readCurrentUsage,
  readDailyUsage,
  readUsageMonths,
} from '../../use-cases/read-usage-months.js';
import type { AppContext } from '../app-context.js';
import { requireAccount } from '../authenticate.js';
import { pageLimitOrThrow } from '../page-limit.js';
import { Problem } from '../problem.js';
import { json, problems } from '../schemas/responses.js';
import {
  ActiveContactsCsv,
  ActiveContactsPage,
  ActiveContactsQuery,
  activeContactPage,
  DailyUsage,
  monthPage,
  PeriodQuery,
  UsageMonthList,
  UsageMonthsQuery,
  UsageView,
} from '../schemas/usage-schemas.js';
import {
  activeContactsCsv,
  activeContactsPageView,
  dailyUsageView,
  usageMonthView,
  usageView,
} from '../views/usage-view.js';

export const usageRoutes =
  (context: AppContext): FastifyPluginAsyncTypebox =>
  async (app) => {
    app.get(
      '/v1/usage',
      {
        schema: {
          operationId: 'getUsage',
          tags: ['usage'],
          summary: 'The current usage month: active contacts, allowance and overusage so far',
          response: {
            200: json('The current month and its month-end forecast', UsageView),
            ...problems('not_found'),
          },
        },
        config: { access: 'account' },
      },
      async (request) => {
        const accountId = requireAccount(request.caller);
        const read = await readCurrentUsage(context.store, context.catalog, accountId, context.clock.now());
        if (!read) throw new Problem('not_found', 'the subscription has not started yet');
        return usageView(read, context.catalog.currency);
      },
    );

    app.get(
      '/v1/usage/daily',
      {
        schema: {
          operationId: 'getDailyUsage',
          tags: ['usage'],
          summary:
            'A usage month day by day: contacts that became active each local day, and the running total',
          querystring: PeriodQuery,
          response: { 200: json('The month’s days up to today', DailyUsage), ...problems('not_found') },
        },
        config: { access: 'account' },
      },
      async (request) => {
        const accountId = requireAccount(request.caller);
        const period = request.query.period ?? 'current';
        const read = await readDailyUsage(
          context.store,
          context.catalog,
          accountId,
          period,
          context.clock.now(),
        );
        if (!read) throw new Problem('not_found', 'the subscription had not started');
        return dailyUsageView(read.usage, read.days);
      },
    );

    app.get(
      '/v1/usage/months',
      {
        schema: {
          operationId: 'listUsageMonths',
          tags: ['usage'],
          summary:
            'The usage months so far, newest first: active contacts, allowance, overusage, and whether each is closed',
          querystring: UsageMonthsQuery,
          response: { 200: json('The months, newest first', UsageMonthList), ...problems('not_found') },
        },
        config: { access: 'account' },
      },
      async (request) => {
        const accountId = requireAccount(request.caller);
        const limit = pageLimitOrThrow(request.query.limit, monthPage);
        const read = await readUsageMonths(
          context.store,
          context.catalog,
          accountId,
          context.clock.now(),
          limit,
        );
        if (!read) throw new Problem('not_found', `no account ${accountId}`);
        const zone = read.account.timeZone;
        return { data: read.months.map((month) => usageMonthView(month, zone, context.catalog.currency)) };
      },
    );

    app.get(
      '/v1/usage/contacts',
      {
        schema: {
          operationId: 'listActiveContacts',
          tags: ['usage'],
          summary:
            'A usage month’s active contacts, each with its first qualifying activity (Accept: text/csv exports all)',
          querystring: ActiveContactsQuery,
          response: {
            200: {
              description: 'A page of active contacts; with Accept: text/csv, all of them as a CSV file',
              content: {
                'application/json': { schema: ActiveContactsPage },
                'text/csv': { schema: ActiveContactsCsv },
              },
            },
            ...problems('not_found', 'ledger_pruned'),
          },
        },
        config: { access: 'account' },
      },
      async (request, reply) => {
        const accountId = requireAccount(request.caller);
        const { kind, cursor, delimiter } = request.query;
        const query = { period: request.query.period ?? 'current', ...(kind === undefined ? {} : { kind }) };
        const limit = pageLimitOrThrow(request.query.limit, activeContactPage);
        const now = context.clock.now();
        if ((request.headers.accept ?? '').includes('text/csv')) {
          const all = await readAllActiveContacts(context.store, accountId, query, now);
          if (!all) throw new Problem('not_found', 'the subscription had not started');
          const csv = activeContactsCsv(all, delimiter ?? 'comma');
          return reply
            .type('text/csv; charset=utf-8')
            .header('content-disposition', `attachment; filename="${csv.fileName}"`)
            .send(csv.text);
        }
        const page = await readActiveContacts(
          context.store,
          accountId,
          { ...query, limit, ...(cursor === undefined ? {} : { cursor }) },
          now,
        );
        if (!page) throw new Problem('not_found', 'the subscription had not started');
        return activeContactsPageView(page);
      },
    );
  };
