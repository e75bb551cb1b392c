import type { FastifyRequest } from 'fastify';
import { authenticateApiKey } from '../accounts/api-keys.js';
import { isOperatorToken } from '../accounts/operator-key.js';
import type { AppContext, Caller } from './app-context.js';
import { Problem } from './problem.js';

/** Resolves the bearer token to a caller, or throws `unauthenticated`. */
export async function authenticate(context: AppContext, request: FastifyRequest): Promise<Caller> {
  // The scheme name is case-insensitive (RFC 7235 §2.1): "bearer" and "BEARER" are "Bearer".
  const token = /^bearer +(\S.*)$/i.exec(request.headers.authorization ?? '')?.[1]?.trim();
  if (!token) throw new Problem('unauthenticated', 'send an API key as "Authorization: Bearer <key>"');
  if (isOperatorToken(context.operator, token)) return { kind: 'operator' };
  const key = await authenticateApiKey(context.store.db, token, context.apiKeyCache);
  if (!key) throw new Problem('unauthenticated', 'the API key is unknown or revoked');
  context.keyUses?.record(key.keyId, context.clock.now());
  return { kind: 'account', accountId: key.accountId };
}

export function requireOperator(caller: Caller): void {
  if (caller.kind !== 'operator') throw new Problem('forbidden', 'this endpoint needs the operator key');
}

/** The caller's account; the operator must name one (`?accountId=`) to act for it. */
export function requireAccount(caller: Caller): string {
  if (caller.kind !== 'account') throw new Problem('forbidden', 'this endpoint needs an account API key');
  return caller.accountId;
}
