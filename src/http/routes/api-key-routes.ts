import type { FastifyPluginAsync } from 'fastify';
import { type ApiKey, createApiKey, listApiKeys, revokeApiKey } from '../../accounts/api-keys.js';
import type { AppContext } from '../app-context.js';
import { requireAccount } from '../authenticate.js';
import { Problem } from '../problem.js';

export const apiKeyRoutes =
  (context: AppContext): FastifyPluginAsync =>
  async (app) => {
    app.post<{ Body: { label?: string } }>(
      '/v1/api-keys',
      {
        schema: {
          tags: ['api keys'],
          summary: 'Create another API key for the calling account; the token is shown only in this answer',
          body: {
            type: 'object',
            additionalProperties: false,
            properties: { label: { type: 'string', minLength: 1, maxLength: 100 } },
          },
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
        schema: { tags: ['api keys'], summary: 'The calling account’s API keys (never their secrets)' },
        config: { access: 'account' },
      },
      async (request) => {
        const keys = await listApiKeys(context.store.db, requireAccount(request.caller));
        return { data: keys.map(keyView) };
      },
    );

    app.delete<{ Params: { keyId: string } }>(
      '/v1/api-keys/:keyId',
      {
        schema: {
          tags: ['api keys'],
          summary: 'Revoke one of the calling account’s API keys',
          params: {
            type: 'object',
            properties: { keyId: { type: 'string', maxLength: 64 } },
            required: ['keyId'],
          },
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
        return reply.code(204).send();
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
