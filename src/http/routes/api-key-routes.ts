import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { type ApiKey, createApiKey, listApiKeys, revokeApiKey } from '../../accounts/api-keys.js';
import type { AppContext } from '../app-context.js';
import { requireAccount } from '../authenticate.js';
import { Problem } from '../problem.js';
import { ApiKeyList, ApiKeyParams, CreateApiKeyBody, CreatedApiKey } from '../schemas/api-key-schemas.js';
import { json, noContent, problems } from '../schemas/responses.js';

export const apiKeyRoutes =
  (context: AppContext): FastifyPluginAsyncTypebox =>
  async (app) => {
    app.post(
      '/v1/api-keys',
      {
        schema: {
          operationId: 'createApiKey',
          tags: ['api keys'],
          summary: 'Create another API key for the calling account; the token is shown only in this answer',
          body: CreateApiKeyBody,
          response: { 201: json('The new key with its token', CreatedApiKey) },
        },
        config: { access: 'account', secretFields: ['token'] },
      },
      async (request, reply) => {
        const accountId = requireAccount(request.caller);
        const { key, token } = await createApiKey(
          context.store.db,
          accountId,
          request.body?.label ?? 'api key',
          context.clock.now(),
        );
        return reply.code(201).send({ ...keyView(key), token });
      },
    );

    app.get(
      '/v1/api-keys',
      {
        schema: {
          operationId: 'listApiKeys',
          tags: ['api keys'],
          summary: 'The calling account’s API keys (never their secrets)',
          response: { 200: json('Every key, revoked ones included', ApiKeyList) },
        },
        config: { access: 'account' },
      },
      async (request) => {
        // This instance's noted uses first, so a key just used shows it here at once.
        await context.keyUses?.flush();
        const keys = await listApiKeys(context.store.db, requireAccount(request.caller));
        return { data: keys.map(keyView) };
      },
    );

    app.delete(
      '/v1/api-keys/:keyId',
      {
        schema: {
          operationId: 'revokeApiKey',
          tags: ['api keys'],
          summary: 'Revoke one of the calling account’s API keys',
          params: ApiKeyParams,
          response: { 204: noContent('Revoked'), ...problems('not_found') },
        },
        config: { access: 'account' },
      },
      async (request, reply) => {
        const revoked = await revokeApiKey(
          context.store,
          requireAccount(request.caller),
          request.params.keyId,
          context.clock.now(),
        );
        if (!revoked) throw new Problem('not_found', `no active API key ${request.params.keyId}`);
        // Refused here from the next request on, without waiting for the notification's round trip.
        context.apiKeyCache?.forget(request.params.keyId);
        return reply.code(204).send(null);
      },
    );
  };

function keyView(key: ApiKey) {
  const iso = (ms: number | undefined) => (ms === undefined ? null : new Date(ms).toISOString());
  return {
    id: key.keyId,
    label: key.label,
    createdAt: new Date(key.createdAt).toISOString(),
    revokedAt: iso(key.revokedAt),
    lastUsedAt: iso(key.lastUsedAt),
  };
}
