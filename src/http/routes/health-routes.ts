import type { FastifyPluginAsync } from 'fastify';
import { sql } from 'kysely';
import type { AppContext } from '../app-context.js';
import { Problem } from '../problem.js';

export const healthRoutes =
  (context: AppContext): FastifyPluginAsync =>
  async (app) => {
    app.get('/healthz', { schema: { hide: true } }, async () => ({ status: 'ok' }));

    app.get('/readyz', { schema: { hide: true } }, async () => {
      try {
        await sql`SELECT 1`.execute(context.store.db);
      } catch {
        throw new Problem('not_ready', 'the database does not answer');
      }
      return { status: 'ready' };
    });

    app.get('/metrics', { schema: { hide: true } }, async (_request, reply) =>
      reply.type(context.metrics.registry.contentType).send(await context.metrics.registry.metrics()),
    );
  };
