import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { findAccount } from '../../accounts/account-repository.js';
import { createApiKey } from '../../accounts/api-keys.js';
import {
  findAccountWithSubscription,
  listAccountsWithSubscriptions,
} from '../../use-cases/accounts-with-subscriptions.js';
import { openAccount } from '../../use-cases/open-account.js';
import type { AppContext } from '../app-context.js';
import { formatInstantIn, parseInstant } from '../instants.js';
import { pageLimitOrThrow } from '../page-limit.js';
import { Problem } from '../problem.js';
import {
  AccountList,
  AccountListQuery,
  AccountParams,
  AccountView,
  accountPage,
  IssueApiKeyBody,
  IssuedApiKey,
  OpenAccountBody,
  OpenedAccountView,
} from '../schemas/account-schemas.js';
import { json, problems } from '../schemas/responses.js';
import { accountView } from './account-view.js';

export const accountRoutes =
  (context: AppContext): FastifyPluginAsyncTypebox =>
  async (app) => {
    app.post(
      '/v1/accounts',
      {
        schema: {
          operationId: 'openAccount',
          tags: ['accounts'],
          summary: 'Open an account with its subscription; answers the account and its first API key',
          body: OpenAccountBody,
          response: { 201: json('The account, and its first API key (shown only here)', OpenedAccountView) },
        },
        config: { access: 'operator', secretFields: ['apiKey'] },
      },
      async (request, reply) => {
        const body = request.body;
        const opened = await openAccount(
          context.store,
          context.catalog,
          {
            name: body.name,
            ...(body.timezone === undefined ? {} : { timeZone: body.timezone }),
            configuration: { planId: body.plan, cycle: body.cycle, addonContacts: body.addonContacts ?? 0 },
            ...(body.startsAt === undefined ? {} : { startsAt: instantOrThrow(body.startsAt, '/startsAt') }),
          },
          context.clock.now(),
        );
        return reply.code(201).send({
          account: accountView(context.catalog, opened.account, opened.configuration),
          apiKey: opened.apiKey,
        });
      },
    );

    app.get(
      '/v1/accounts/:id',
      {
        schema: {
          operationId: 'getAccount',
          tags: ['accounts'],
          summary: 'One account with its subscription (the operator, or the account itself)',
          params: AccountParams,
          response: { 200: json('The account', AccountView), ...problems('not_found') },
        },
        config: { access: 'any' },
      },
      async (request) => {
        const { id } = request.params;
        const caller = request.caller;
        // Another account's id answers exactly as a missing one: no existence leak.
        const visible = caller.kind === 'operator' || caller.accountId === id;
        const found = visible
          ? await findAccountWithSubscription(context.store, id, context.clock.now())
          : undefined;
        if (!found) throw new Problem('not_found', `no account ${id}`);
        return accountView(context.catalog, found.account, found.configuration);
      },
    );

    app.get(
      '/v1/accounts',
      {
        schema: {
          operationId: 'listAccounts',
          tags: ['accounts'],
          summary:
            'The accounts the caller may see, in id order: the operator sees every one, an account itself',
          querystring: AccountListQuery,
          response: { 200: json('A page of accounts', AccountList) },
        },
        config: { access: 'any' },
      },
      async (request) => {
        const caller = request.caller;
        const limit = pageLimitOrThrow(request.query.limit, accountPage);
        const { after } = request.query;
        const now = context.clock.now();
        if (caller.kind === 'account') {
          const own = await findAccountWithSubscription(context.store, caller.accountId, now);
          const visible = own && (after === undefined || own.account.id > after);
          return {
            data: visible ? [accountView(context.catalog, own.account, own.configuration)] : [],
            nextAfter: null,
          };
        }
        const page = await listAccountsWithSubscriptions(
          context.store,
          { limit, ...(after === undefined ? {} : { after }) },
          now,
        );
        return {
          data: page.map(({ account, configuration }) =>
            accountView(context.catalog, account, configuration),
          ),
          nextAfter: page.length === limit ? (page.at(-1)?.account.id ?? null) : null,
        };
      },
    );

    app.post(
      '/v1/accounts/:id/api-keys',
      {
        schema: {
          operationId: 'issueAccountApiKey',
          tags: ['accounts'],
          summary:
            'Issue an API key for an account (operator): how an operator acts for a customer, e.g. in the dashboard; the token is shown only in this answer',
          params: AccountParams,
          body: IssueApiKeyBody,
          response: { 201: json('The new key with its token', IssuedApiKey), ...problems('not_found') },
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
          createdAt: formatInstantIn(key.createdAt, account.timeZone),
          token,
        });
      },
    );
  };

/** An RFC 3339 instant in the body, or 400 naming its field. */
function instantOrThrow(text: string, field: string): number {
  const instant = parseInstant(text);
  if (instant !== undefined) return instant;
  throw new Problem('validation_failed', `${field} must be an RFC 3339 instant with an offset`, [
    { field, code: 'format', message: 'must be an RFC 3339 instant, e.g. 2026-01-01T00:00:00+01:00' },
  ]);
}
