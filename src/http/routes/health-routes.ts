import type { FastifyPluginAsync } from 'fastify';
import { probeDatabase } from '../../store/database-availability.js';
import type { AppContext } from '../app-context.js';
import { retryAfterSecondsOf } from '../problem.js';

/** How long the readiness probe waits for the database before calling it unavailable. */
export const readinessTimeoutMs = 2_000;

export const healthRoutes =
  (context: AppContext): FastifyPluginAsync =>
  async (app) => {
    app.get('/healthz', { schema: { hide: true } }, async () => ({ status: 'ok' }));

    // Ready means requests can be served now: the database answers and, where that can be
    // measured, has room to write. Not ready is a state, not an error: the process stays up
    // and reports ready again by itself once the database is back or space is freed.
    app.get('/readyz', { schema: { hide: true } }, async (_request, reply) => {
      const database = await probeDatabase(context.store, readinessTimeoutMs);
      if (database === 'available') return { status: 'ready', database };
      return reply
        .code(503)
        .header('retry-after', String(retryAfterSecondsOf('not_ready')))
        .send({ status: 'not_ready', database });
    });

    // Metrics name routes, volumes and faults of every account: for the operator only, and
    // the key is checked in memory, so a scrape still answers while the database is down.
    app.get('/metrics', { schema: { hide: true }, config: { access: 'operator' } }, async (_request, reply) =>
      reply.type(context.metrics.registry.contentType).send(await context.metrics.registry.metrics()),
    );
  };
