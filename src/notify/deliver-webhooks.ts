import type { Kysely } from 'kysely';
import { privateUrlProblem } from '../channels/private-address.js';
import type { Database } from '../store/schema.js';
import type { Store } from '../store/store.js';
import { inWriteTransaction } from '../store/write-transaction.js';
import { skipPendingDeliveries } from './webhook-endpoints.js';
import { webhookHeaders } from './webhook-signature.js';

export interface WebhookDeliveryOptions {
  /** Real time: retries, leases and the signed timestamp follow the wall clock, never the test clock. */
  now?: () => number;
  /** The first retry's delay; each next one doubles (default 60 s: 1, 2, 4 … 256 minutes). */
  retryBaseMs?: number;
  /** Attempts per delivery before it is given up (default 10, about 8½ hours of retries). */
  maxAttempts?: number;
  /** Failed attempts in a row, across deliveries, after which an endpoint is disabled (default 30). */
  disableAfterFailures?: number;
  /** How long a receiver may take (default 10 s). */
  timeoutMs?: number;
  /** Deliveries claimed per pass. */
  batchSize?: number;
}

const defaults = {
  retryBaseMs: 60_000,
  maxAttempts: 10,
  disableAfterFailures: 30,
  timeoutMs: 10_000,
  batchSize: 50,
};

/** The delay before attempt `attempt + 1`, after `attempt` failed attempts: exponential, capped at a day. */
export function retryDelayMs(attempt: number, retryBaseMs: number): number {
  return Math.min(retryBaseMs * 2 ** (attempt - 1), 86_400_000);
}

/**
 * One pass of the webhook outbox: claims due deliveries and posts them. A claim is a
 * conditional UPDATE that sets a lease, so among several instances exactly one posts a
 * given attempt; a crash mid-post leaves the lease to expire and the attempt is made
 * again (at-least-once, with the same webhook-id for the receiver to deduplicate).
 * Returns how many attempts were made.
 */
export async function deliverDueWebhooks(
  store: Store,
  options: WebhookDeliveryOptions = {},
): Promise<number> {
  const settings = { ...defaults, ...options };
  const now = options.now ?? Date.now;
  const due = await store.db
    .selectFrom('webhook_deliveries')
    .select(['account_id', 'delivery_id'])
    .where('status', '=', 'pending')
    .where('next_attempt_at', '<=', now())
    .where((where) => where.or([where('lease_until', 'is', null), where('lease_until', '<', now())]))
    .orderBy('next_attempt_at')
    .limit(settings.batchSize)
    .execute();
  const attempts = await Promise.all(due.map((row) => attemptDelivery(store, row, settings, now)));
  return attempts.filter(Boolean).length;
}

async function attemptDelivery(
  store: Store,
  key: { account_id: string; delivery_id: string },
  settings: typeof defaults,
  now: () => number,
): Promise<boolean> {
  const db = store.db;
  const claimedAt = now();
  const claim = await db
    .updateTable('webhook_deliveries')
    .set((eb) => ({ attempts: eb('attempts', '+', 1), lease_until: claimedAt + settings.timeoutMs + 30_000 }))
    .where('account_id', '=', key.account_id)
    .where('delivery_id', '=', key.delivery_id)
    .where('status', '=', 'pending')
    .where('next_attempt_at', '<=', claimedAt)
    .where((where) => where.or([where('lease_until', 'is', null), where('lease_until', '<', claimedAt)]))
    .executeTakeFirst();
  if (Number(claim.numUpdatedRows) !== 1) return false;
  const delivery = await db
    .selectFrom('webhook_deliveries')
    .innerJoin('webhook_endpoints', (join) =>
      join
        .onRef('webhook_endpoints.account_id', '=', 'webhook_deliveries.account_id')
        .onRef('webhook_endpoints.endpoint_id', '=', 'webhook_deliveries.endpoint_id'),
    )
    .select([
      'webhook_deliveries.endpoint_id',
      'webhook_deliveries.message_id',
      'webhook_deliveries.payload',
      'webhook_deliveries.attempts',
      'webhook_endpoints.url',
      'webhook_endpoints.secret',
      'webhook_endpoints.disabled_at',
      'webhook_endpoints.deleted_at',
    ])
    .where('webhook_deliveries.account_id', '=', key.account_id)
    .where('webhook_deliveries.delivery_id', '=', key.delivery_id)
    .executeTakeFirstOrThrow();
  if (delivery.disabled_at !== null || delivery.deleted_at !== null) {
    await finish(db, key, 'skipped', now());
    return false;
  }

  const startedAt = now();
  const outcome = await post(
    delivery.url,
    delivery.secret,
    delivery.message_id,
    delivery.payload,
    startedAt,
    settings,
  );
  const finishedAt = now();
  await inWriteTransaction(store, async (trx) => {
    await trx
      .insertInto('webhook_attempts')
      .values({
        account_id: key.account_id,
        delivery_id: key.delivery_id,
        attempt: delivery.attempts,
        attempted_at: startedAt,
        status_code: outcome.statusCode ?? null,
        error: outcome.error ?? null,
        duration_ms: finishedAt - startedAt,
      })
      .onConflict((conflict) => conflict.doNothing())
      .execute();
    const endpoint = trx
      .updateTable('webhook_endpoints')
      .where('account_id', '=', key.account_id)
      .where('endpoint_id', '=', delivery.endpoint_id);
    if (outcome.ok) {
      await trx
        .updateTable('webhook_deliveries')
        .set({
          status: 'succeeded',
          finished_at: finishedAt,
          lease_until: null,
          last_status_code: outcome.statusCode ?? null,
          last_error: null,
        })
        .where('account_id', '=', key.account_id)
        .where('delivery_id', '=', key.delivery_id)
        .execute();
      await endpoint.set({ consecutive_failures: 0 }).execute();
      return;
    }
    const givenUp = delivery.attempts >= settings.maxAttempts;
    await trx
      .updateTable('webhook_deliveries')
      .set({
        status: givenUp ? 'failed' : 'pending',
        next_attempt_at: givenUp ? 0 : finishedAt + retryDelayMs(delivery.attempts, settings.retryBaseMs),
        finished_at: givenUp ? finishedAt : null,
        lease_until: null,
        last_status_code: outcome.statusCode ?? null,
        last_error: outcome.error ?? null,
      })
      .where('account_id', '=', key.account_id)
      .where('delivery_id', '=', key.delivery_id)
      .where('status', '=', 'pending') // not if the endpoint was disabled meanwhile
      .execute();
    const failures = await endpoint
      .set((eb) => ({ consecutive_failures: eb('consecutive_failures', '+', 1) }))
      .returning('consecutive_failures')
      .executeTakeFirst();
    if ((failures?.consecutive_failures ?? 0) >= settings.disableAfterFailures) {
      await trx
        .updateTable('webhook_endpoints')
        .set({
          disabled_at: finishedAt,
          disabled_reason: `${settings.disableAfterFailures} failed attempts in a row`,
        })
        .where('account_id', '=', key.account_id)
        .where('endpoint_id', '=', delivery.endpoint_id)
        .where('disabled_at', 'is', null)
        .execute();
      await skipPendingDeliveries(trx, key.account_id, delivery.endpoint_id, finishedAt);
    }
  });
  return true;
}

async function finish(
  db: Kysely<Database>,
  key: { account_id: string; delivery_id: string },
  status: 'skipped',
  at: number,
) {
  await db
    .updateTable('webhook_deliveries')
    .set({ status, finished_at: at, lease_until: null })
    .where('account_id', '=', key.account_id)
    .where('delivery_id', '=', key.delivery_id)
    .execute();
}

interface PostOutcome {
  ok: boolean;
  statusCode?: number;
  error?: string;
}

async function post(
  url: string,
  secret: string,
  messageId: string,
  payload: string,
  at: number,
  settings: typeof defaults,
): Promise<PostOutcome> {
  // Checked again here: the name may resolve elsewhere than when the endpoint was saved.
  const unreachable = await privateUrlProblem(url);
  if (unreachable) return { ok: false, error: `not sent: the URL ${unreachable}` };
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'user-agent': 'Tally-Webhooks/1',
        ...webhookHeaders(secret, messageId, Math.floor(at / 1000), payload),
      },
      body: payload,
      redirect: 'manual',
      signal: AbortSignal.timeout(settings.timeoutMs),
    });
    // The body is not needed; draining it frees the connection.
    await response.arrayBuffer().catch(() => undefined);
    if (response.status >= 200 && response.status < 300) return { ok: true, statusCode: response.status };
    return { ok: false, statusCode: response.status, error: `the receiver answered ${response.status}` };
  } catch (error) {
    const cause =
      (error as Error).name === 'TimeoutError'
        ? `no answer within ${settings.timeoutMs} ms`
        : (error as Error).message;
    return { ok: false, error: cause };
  }
}
