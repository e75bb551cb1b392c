import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { probeDatabase } from '../../store/database-availability.js';
import type { AppContext } from '../app-context.js';
import { retryAfterSecondsOf } from '../problem.js';
import { Alive, NotReady, Ready } from '../schemas/health-schemas.js';
import { json, media } from '../schemas/responses.js';

/** How long the readiness probe waits for the database before calling it unavailable. */
export const readinessTimeoutMs = 2_000;

export const healthRoutes =
  (context: AppContext): FastifyPluginAsyncTypebox =>
  async (app) => {
    app.get(
      '/healthz',
      {
        schema: {
          operationId: 'checkLiveness',
          tags: ['operations'],
          summary: 'Liveness: the process answers (it does not ask the database)',
          security: [],
          response: { 200: json('The process is alive', Alive) },
        },
      },
      async () => ({ status: 'ok' as const }),
    );

    // Ready means requests can be served now: the database answers and, where that can be
    // measured, has room to write. Not ready is a state, not an error: the process stays up
    // and reports ready again by itself once the database is back or space is freed.
    app.get(
      '/readyz',
      {
        schema: {
          operationId: 'checkReadiness',
          tags: ['operations'],
          summary: 'Readiness: the database answers and has room to write; 503 with the reason otherwise',
          security: [],
          response: {
            200: json('Ready to serve requests', Ready),
            503: json(
              'Not ready now (with Retry-After); ready again by itself once the database is',
              NotReady,
            ),
          },
        },
      },
      async (_request, reply) => {
        const database = await probeDatabase(context.store, readinessTimeoutMs);
        if (database === 'available') return { status: 'ready' as const, database };
        return reply
          .code(503)
          .header('retry-after', String(retryAfterSecondsOf('not_ready')))
          .send({ status: 'not_ready' as const, database });
      },
    );

    // Metrics name routes, volumes and faults of every account: for the operator only, and
    // the key is checked in memory, so a scrape still answers while the database is down.
    app.get(
      '/metrics',
      {
        schema: {
          operationId: 'readMetrics',
          tags: ['operations'],
          summary: 'Prometheus metrics of this instance (operator key)',
          response: {
            200: media('The Prometheus text exposition format', { 'text/plain': 'text' }),
          },
        },
        config: { access: 'operator' },
      },
      async (_request, reply) =>
        reply.type(context.metrics.registry.contentType).send(await context.metrics.registry.metrics()),
    );
  };
