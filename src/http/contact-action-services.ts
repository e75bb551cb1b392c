import type { FastifyRequest } from 'fastify';
import type { ContactActionServices } from '../use-cases/contact-action.js';
import type { AppContext } from './app-context.js';

/**
 * What a contact action needs from the server, for one request. Routes that run one
 * declare `checksThresholds` in their config, so the after-write hook does not check again.
 */
export function contactActionServices(context: AppContext, request: FastifyRequest): ContactActionServices {
  return {
    store: context.store,
    catalog: context.catalog,
    notifications: context.notifications,
    now: () => context.clock.now(),
    reportCheckFailure: (error) => request.log.error(error, 'usage threshold check failed'),
  };
}
