import type { FastifyRequest } from 'fastify';
import type { Actor } from '../domain/activity.js';
import { Problem } from './problem.js';

/** Who acts through the API: `api` unless the caller says it relays a person (`Tally-Actor: user`). */
export function actorOf(request: FastifyRequest): Actor {
  const header = request.headers['tally-actor'];
  if (header === undefined) return 'api';
  if (header === 'user' || header === 'api' || header === 'automation') return header;
  throw new Problem('validation_failed', 'Tally-Actor must be user, api or automation', [
    { field: 'Tally-Actor', code: 'enum', message: 'must be user, api or automation' },
  ]);
}
