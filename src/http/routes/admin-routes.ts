import type { FastifyPluginAsync } from 'fastify';
import type { AppContext } from '../app-context.js';
import type { ManualClock } from '../clock.js';
import { parseInstant } from '../instants.js';
import { Problem } from '../problem.js';

/** Registered only with TALLY_CLOCK=manual: lets end-to-end tests move time across month ends. */
export const adminRoutes =
  (context: AppContext): FastifyPluginAsync =>
  async (app) => {
    app.post<{ Body: { now: string } }>(
      '/v1/admin/clock',
      {
        schema: {
          tags: ['admin'],
          summary: 'Set the server’s current time (test clock only)',
          body: {
            type: 'object',
            additionalProperties: false,
            required: ['now'],
            properties: { now: { type: 'string', maxLength: 64 } },
          },
        },
        config: { access: 'operator' },
      },
      async (request) => {
        const now = parseInstant(request.body.now);
        if (now === undefined) {
          throw new Problem('validation_failed', '/now must be an RFC 3339 instant', [
            { field: '/now', code: 'format', message: 'must be an RFC 3339 instant' },
          ]);
        }
        (context.clock as ManualClock).set(now);
        return { now: new Date(now).toISOString() };
      },
    );
  };
