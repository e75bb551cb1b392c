import type { FastifyInstance } from 'fastify';
import { checkThresholdsAfterWrite } from '../use-cases/check-thresholds-after-write.js';
import type { AppContext } from './app-context.js';

/**
 * After every successful write of an account — a batch of activities, a funnel lead —
 * checks its current month against the 80 % and 100 % thresholds before the answer
 * leaves, so the notice is there when the client next looks. Routes whose use case checks
 * by itself (a contact action) say so with `checksThresholds`.
 */
export function addThresholdCheck(app: FastifyInstance, context: AppContext): void {
  app.addHook('onSend', async (request, reply, payload) => {
    if (request.method === 'GET' || request.method === 'HEAD' || reply.statusCode >= 400) return payload;
    if (request.routeOptions.config.checksThresholds) return payload;
    const accountId =
      request.meteredAccountId ?? (request.caller?.kind === 'account' ? request.caller.accountId : undefined);
    if (accountId === undefined) return payload;
    await checkThresholdsAfterWrite(
      {
        store: context.store,
        catalog: context.catalog,
        notifications: context.notifications,
        reportCheckFailure: (error) => request.log.error(error, 'usage threshold check failed'),
      },
      accountId,
      context.clock.now(),
    );
    return payload;
  });
}
