import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppContext } from '../app-context.js';
import type { ManualClock } from '../clock.js';
import { parseInstant } from '../instants.js';
import { Problem } from '../problem.js';
import { ClockView, SetClockBody } from '../schemas/admin-schemas.js';
import { json } from '../schemas/responses.js';

/** Registered only with TALLY_CLOCK=manual: lets end-to-end tests move time across month ends. */
export const adminRoutes =
  (context: AppContext): FastifyPluginAsyncTypebox =>
  async (app) => {
    app.post(
      '/v1/admin/clock',
      {
        schema: {
          operationId: 'setClock',
          tags: ['admin'],
          summary: 'Set the server’s current time (test clock only)',
          body: SetClockBody,
          response: { 200: json('The clock now reads this instant', ClockView) },
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
