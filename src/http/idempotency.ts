import type { FastifyReply, FastifyRequest } from 'fastify';
import { sha256 } from '../accounts/api-keys.js';
import type { AppContext } from './app-context.js';
import { Problem } from './problem.js';

/** A reserved Idempotency-Key whose response is stored once the request completes. */
export interface IdempotencyReservation {
  scope: string;
  key: string;
}

const inProgress = 0;

/**
 * How long a reservation holds its key without an answer recorded. A request whose
 * process died, or whose database went away before the answer could be recorded, leaves
 * its reservation unfinished; past this lease a retry takes it over rather than waiting
 * forever. It is twice the longest a request may run (`tally serve`'s request timeout).
 */
export const reservationLeaseMs = 60_000;

/**
 * Before a POST with an `Idempotency-Key` runs: a key seen with the same request answers
 * the stored response; with a different request, 422; still running elsewhere, 409.
 * Otherwise the key is reserved (a row with status 0) so a concurrent duplicate cannot
 * run twice. Returns the reservation, or undefined when the reply was already sent.
 */
export async function beginIdempotentRequest(
  context: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
  scope: string,
): Promise<IdempotencyReservation | undefined | 'replayed'> {
  const header = request.headers['idempotency-key'];
  if (header === undefined) return undefined;
  const key = Array.isArray(header) ? header[0] : header;
  if (!key || key.length > 255 || !/^[\x21-\x7e]+$/.test(key)) {
    throw new Problem('validation_failed', 'Idempotency-Key must be 1 to 255 visible ASCII characters', [
      { field: 'Idempotency-Key', code: 'invalid', message: 'must be 1 to 255 visible ASCII characters' },
    ]);
  }
  const fingerprint = sha256(`${request.method} ${request.url}\n${JSON.stringify(request.body ?? null)}`);
  const db = context.store.db;
  const reserved = await db
    .insertInto('idempotent_requests')
    .values({
      account_id: scope,
      idempotency_key: key,
      request_sha256: fingerprint,
      status_code: inProgress,
      response_body: '',
      created_at: context.clock.now(),
    })
    .onConflict((conflict) => conflict.doNothing())
    .executeTakeFirst();
  if (Number(reserved.numInsertedOrUpdatedRows ?? 0) === 1) return { scope, key };
  const stored = await db
    .selectFrom('idempotent_requests')
    .selectAll()
    .where('account_id', '=', scope)
    .where('idempotency_key', '=', key)
    .executeTakeFirst();
  if (!stored) throw new Problem('idempotency_request_in_progress', 'retry the request');
  if (stored.request_sha256 !== fingerprint) {
    throw new Problem(
      'idempotency_key_reused',
      `Idempotency-Key "${key}" was already used with a different request`,
    );
  }
  if (stored.status_code === inProgress) {
    if (stored.created_at < context.clock.now() - reservationLeaseMs) {
      const takenOver = await db
        .updateTable('idempotent_requests')
        .set({ created_at: context.clock.now() })
        .where('account_id', '=', scope)
        .where('idempotency_key', '=', key)
        .where('status_code', '=', inProgress)
        .where('created_at', '=', stored.created_at)
        .executeTakeFirst();
      if (Number(takenOver.numUpdatedRows) === 1) return { scope, key };
    }
    throw new Problem(
      'idempotency_request_in_progress',
      `a request with Idempotency-Key "${key}" is still running`,
    );
  }
  // The secret was shown once, to the first request, and is not kept (decision 0041): a
  // replay says what was created instead of handing back a stripped answer as a success.
  if (stored.status_code < 300 && (request.routeOptions.config.secretFields ?? []).length > 0) {
    throw new Problem(
      'idempotency_secret_withheld',
      `the request with Idempotency-Key "${key}" already succeeded and created ${createdIdOf(stored.response_body)}; ` +
        'its answer held a secret that is shown only once and is not kept: look the resource up, ' +
        'or revoke it and create another',
    );
  }
  await reply
    .code(stored.status_code)
    .header('idempotent-replayed', 'true')
    .type(stored.status_code >= 400 ? 'application/problem+json' : 'application/json; charset=utf-8')
    .send(stored.response_body);
  return 'replayed';
}

/**
 * Stores the response of a completed request; a server error frees the key for a retry.
 * A success answer's `secretFields` (top-level properties holding a key or signing secret)
 * are dropped first, so the table never holds a secret in clear.
 */
export async function finishIdempotentRequest(
  context: AppContext,
  reservation: IdempotencyReservation,
  statusCode: number,
  body: string,
  secretFields: readonly string[] = [],
): Promise<void> {
  const row = context.store.db
    .updateTable('idempotent_requests')
    .where('account_id', '=', reservation.scope)
    .where('idempotency_key', '=', reservation.key);
  if (statusCode >= 500) {
    await context.store.db
      .deleteFrom('idempotent_requests')
      .where('account_id', '=', reservation.scope)
      .where('idempotency_key', '=', reservation.key)
      .execute();
    return;
  }
  const kept = statusCode < 300 && secretFields.length > 0 ? withoutSecrets(body, secretFields) : body;
  await row.set({ status_code: statusCode, response_body: kept }).execute();
}

function withoutSecrets(body: string, secretFields: readonly string[]): string {
  try {
    const parsed = JSON.parse(body) as Record<string, unknown>;
    for (const field of secretFields) delete parsed[field];
    return JSON.stringify(parsed);
  } catch {
    // Not JSON (it should always be): keep nothing rather than risk keeping the secret.
    return '';
  }
}

/** The id of what a stored success answer created: its `id`, or its account's. */
function createdIdOf(storedBody: string): string {
  try {
    const body = JSON.parse(storedBody) as { id?: unknown; account?: { id?: unknown } };
    const id = body.id ?? body.account?.id;
    if (typeof id === 'string') return id;
  } catch {
    // Fall through to the generic wording.
  }
  return 'its resource';
}
