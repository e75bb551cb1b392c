import type { Actor } from '../domain/activity.js';

/** The actors a caller of the API may name in `Tally-Actor` (ActorHeaders checks the value). */
export type ApiActor = Extract<Actor, 'user' | 'api' | 'automation'>;

/**
 * Who acts through the API: `api` unless the caller says it relays a person
 * (`Tally-Actor: user`). Only routes that declare `ActorHeaders` can call it: their
 * header, validated by the schema, is the only kind of request this accepts.
 */
export function actorOf(request: { headers: { 'tally-actor'?: ApiActor | undefined } }): ApiActor {
  return request.headers['tally-actor'] ?? 'api';
}
