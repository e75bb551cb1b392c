import type { FastifyPluginAsync } from 'fastify';
import { findAccount, InvalidAccountError, listAccounts } from '../../accounts/account-repository.js';
import { createApiKey } from '../../accounts/api-keys.js';
import { openAccount } from '../../accounts/open-account.js';
import { billingCycles } from '../../billing/catalog.js';
import { InvalidConfigurationError } from '../../billing/configuration.js';
import { loadTerms } from '../../billing/subscription-repository.js';
import { termInForce } from '../../billing/subscription-term.js';
import type { AppContext } from '../app-context.js';
import { parseInstant } from '../instants.js';
import { limitParameter, type PageLimit, pageLimitOrThrow } from '../page-limit.js';
import { Problem } from '../problem.js';
import { accountView } from './account-view.js';

interface CreateAccountBody {
  name: string;
  timezone?: string;
  plan: string;
  cycle: (typeof billingCycles)[number];
  addonContacts?: number;
  startsAt?: string;
}

const createAccountSchema = {
  tags: ['accounts'],
  summary: 'Create an account with its subscription; answers the account and its first API key',
  body: {
    type: 'object',
    additionalProperties: false,
    required: ['name', 'plan', 'cycle'],
    properties: {
      name: { type: 'string', minLength: 1, maxLength: 200 },
      timezone: {
        type: 'string',
        minLength: 1,
        maxLength: 64,
        description: 'IANA time zone, default Europe/Berlin',
      },
      plan: { type: 'string', minLength: 1, maxLength: 64 },
      cycle: { type: 'string', enum: [...billingCycles] },
      addonContacts: { type: 'integer', minimum: 0, maximum: 1_000_000 },
      startsAt: {
        type: 'string',
        maxLength: 64,
        description: 'RFC 3339 instant; the billing anchor (default now)',
      },
    },
  },
} as const;

const accountPage: PageLimit = { max: 500, fallback: 100 };

export const accountRoutes =
  (context: AppContext): FastifyPluginAsync =>
  async (app) => {
    app.post<{ Body: CreateAccountBody }>(
      '/v1/accounts',
      { schema: createAccountSchema, config: { access: 'operator', secretFields: ['apiKey'] } },
      async (request, reply) => {
        const body = request.body;
        const startsAt = body.startsAt === undefined ? undefined : parseInstant(body.startsAt);
        if (body.startsAt !== undefined && startsAt === undefined) {
          throw new Problem('validation_failed', '/startsAt must be an RFC 3339 instant with an offset', [
            {
              field: '/startsAt',
              code: 'format',
              message: 'must be an RFC 3339 instant, e.g. 2026-01-01T00:00:00+01:00',
            },
          ]);
        }
        try {
          const opened = await openAccount(
            context.store,
            context.catalog,
            {
              name: body.name,
              ...(body.timezone === undefined ? {} : { timeZone: body.timezone }),
              configuration: { planId: body.plan, cycle: body.cycle, addonContacts: body.addonContacts ?? 0 },
              ...(startsAt === undefined ? {} : { startsAt }),
            },
            context.clock.now(),
          );
          return reply.code(201).send({
            account: accountView(context.catalog, opened.account, opened.configuration),
            apiKey: opened.apiKey,
          });
        } catch (error) {
          if (error instanceof InvalidAccountError || error instanceof InvalidConfigurationError) {
            const field =
              error.field === 'timeZone'
                ? 'timezone'
                : error.field === 'billingAnchor'
                  ? 'startsAt'
                  : error.field;
            throw new Problem('validation_failed', `/${field}: ${error.message}`, [
              { field: `/${field}`, code: 'invalid', message: error.message },
            ]);
          }
          throw error;
        }
      },
    );

    app.get<{ Params: { id: string } }>(
      '/v1/accounts/:id',
      {
        schema: {
          tags: ['accounts'],
          summary: 'One account with its subscription (the operator, or the account itself)',
          params: { type: 'object', properties: { id: { type: 'string', maxLength: 64 } }, required: ['id'] },
        },
        config: { access: 'any' },
      },
      async (request) => {
        const { id } = request.params;
        const caller = request.caller;
        // Another account's id answers exactly as a missing one: no existence leak.
        const visible = caller.kind === 'operator' || caller.accountId === id;
        const account = visible ? await findAccount(context.store.db, id) : undefined;
        if (!account) throw new Problem('not_found', `no account ${id}`);
        const terms = await loadTerms(context.store.db, id);
        return accountView(context.catalog, account, termInForce(terms, context.clock.now())?.configuration);
      },
    );

    app.get<{ Querystring: { after?: string; limit?: string } }>(
      '/v1/accounts',
      {
        schema: {
          tags: ['accounts'],
          summary:
            'The accounts the caller may see, in id order: the operator sees every one, an account itself',
          querystring: {
            type: 'object',
            additionalProperties: false,
            properties: {
              after: { type: 'string', maxLength: 64, description: 'the last id of the previous page' },
              limit: limitParameter(accountPage),
            },
          },
        },
        config: { access: 'any' },
      },
      async (request) => {
        const caller = request.caller;
        const limit = pageLimitOrThrow(request.query.limit, accountPage);
        if (caller.kind === 'account') {
          const own = await findAccount(context.store.db, caller.accountId);
          const terms = await loadTerms(context.store.db, caller.accountId);
          const visible = own && (request.query.after === undefined || own.id > request.query.after);
          return {
            data: visible
              ? [accountView(context.catalog, own, termInForce(terms, context.clock.now())?.configuration)]
              : [],
            nextAfter: null,
          };
        }
        const accounts = await listAccounts(context.store.db, {
          limit,
          ...(request.query.after === undefined ? {} : { after: request.query.after }),
        });
        const now = context.clock.now();
        const data = [];
        for (const account of accounts) {
          const terms = await loadTerms(context.store.db, account.id);
          data.push(accountView(context.catalog, account, termInForce(terms, now)?.configuration));
        }
        return { data, nextAfter: accounts.length === limit ? (accounts.at(-1)?.id ?? null) : null };
      },
    );

    app.post<{ Params: { id: string }; Body: { label?: string } }>(
      '/v1/accounts/:id/api-keys',
      {
        schema: {
          tags: ['accounts'],
          summary:
            'Issue an API key for an account (operator): how an operator acts for a customer, e.g. in the dashboard; the token is shown only in this answer',
          params: { type: 'object', properties: { id: { type: 'string', maxLength: 64 } }, required: ['id'] },
          body: {
            type: 'object',
            additionalProperties: false,
            properties: { label: { type: 'string', minLength: 1, maxLength: 100 } },
          },
        },
        config: { access: 'operator', secretFields: ['token'] },
      },
      async (request, reply) => {
        const account = await findAccount(context.store.db, request.params.id);
        if (!account) throw new Problem('not_found', `no account ${request.params.id}`);
        const { key, token } = await createApiKey(
          context.store.db,
          account.id,
          request.body?.label ?? 'issued by the operator',
          context.clock.now(),
        );
        return reply.code(201).send({
          id: key.keyId,
          accountId: account.id,
          label: key.label,
          createdAt: new Date(key.createdAt).toISOString(),
          token,
        });
      },
    );
  };
