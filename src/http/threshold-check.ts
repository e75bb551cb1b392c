import type { FastifyInstance } from 'fastify';
import { checkUsageThresholds } from '../notify/check-thresholds.js';
import type { AppContext } from './app-context.js';

/**
 * After every successful write of an account — a contact action, a batch of activities,
 * a funnel lead — checks its current month against the 80 % and 100 % thresholds before
 * the answer leaves, so the notice is there when the client next looks. The write has
 * committed by then: a failing check is logged, never turned into a failed request, and
 * the worker's sweep catches up.
 */
export function addThresholdCheck(app: FastifyInstance, context: AppContext): void {
  app.addHook('onSend', async (request, reply, payload) => {
    if (request.method === 'GET' || request.method === 'HEAD' || reply.statusCode >= 400) return payload;
    const accountId =
      request.meteredAccountId ?? (request.caller?.kind === 'account' ? request.caller.accountId : undefined);
    if (accountId === undefined) return payload;
    try {
      const now = context.clock.now();
      const notified = await checkUsageThresholds(context.store, context.catalog, accountId, now, now);
      if (notified.length > 0) context.notifications?.kick();
    } catch (error) {
      request.log.error(error, 'usage threshold check failed');
    }
    return payload;
  });
}
