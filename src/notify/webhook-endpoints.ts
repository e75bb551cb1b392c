import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database, WebhookEndpointsTable } from '../store/schema.js';
import type { Store } from '../store/store.js';
import { inWriteTransaction } from '../store/write-transaction.js';
import { generateWebhookSecret } from './webhook-signature.js';

export const webhookEventTypes = [
  'usage.threshold_reached',
  'invoice.finalized',
  'invoice.paid',
  'invoice.overdue',
  'month.closed',
] as const;
export type WebhookEventType = (typeof webhookEventTypes)[number];

export interface WebhookEndpoint {
  id: string;
  url: string;
  description: string | undefined;
  /** Undefined: every event type. */
  eventTypes: WebhookEventType[] | undefined;
  enabled: boolean;
  disabledAt: number | undefined;
  disabledReason: string | undefined;
  consecutiveFailures: number;
  createdAt: number;
}

export interface EndpointFields {
  url: string;
  description?: string | undefined;
  eventTypes?: WebhookEventType[] | undefined;
}

/** Only http and https, absolute, without credentials in the URL (they would land in logs). */
export function endpointUrlProblem(text: string): string | undefined {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return 'must be an absolute URL';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'must be an http or https URL';
  if (url.username || url.password) return 'must not contain credentials';
  return undefined;
}

/** `,a,b,` lets one LIKE '%,type,%' select subscribers on both engines. */
const encodeTypes = (types: readonly string[] | undefined) =>
  types === undefined ? null : `,${[...new Set(types)].sort().join(',')},`;

export async function createWebhookEndpoint(
  db: Kysely<Database>,
  accountId: string,
  fields: EndpointFields,
  now: number,
): Promise<WebhookEndpoint & { secret: string }> {
  const row: WebhookEndpointsTable = {
    account_id: accountId,
    endpoint_id: `whe_${randomBytes(8).toString('hex')}`,
    url: fields.url,
    description: fields.description ?? null,
    secret: generateWebhookSecret(),
    event_types: encodeTypes(fields.eventTypes),
    disabled_at: null,
    disabled_reason: null,
    consecutive_failures: 0,
    created_at: now,
    deleted_at: null,
  };
  await db.insertInto('webhook_endpoints').values(row).execute();
  return { ...toEndpoint(row), secret: row.secret };
}

export async function listWebhookEndpoints(
  db: Kysely<Database>,
  accountId: string,
): Promise<WebhookEndpoint[]> {
  const rows = await db
    .selectFrom('webhook_endpoints')
    .selectAll()
    .where('account_id', '=', accountId)
    .where('deleted_at', 'is', null)
    .orderBy('created_at')
    .orderBy('endpoint_id')
    .execute();
  return rows.map(toEndpoint);
}

export async function findWebhookEndpoint(
  db: Kysely<Database>,
  accountId: string,
  endpointId: string,
): Promise<(WebhookEndpoint & { secret: string }) | undefined> {
  const row = await db
    .selectFrom('webhook_endpoints')
    .selectAll()
    .where('account_id', '=', accountId)
    .where('endpoint_id', '=', endpointId)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return row && { ...toEndpoint(row), secret: row.secret };
}

/** Changes the URL, description or event types; `enabled: true` re-enables an endpoint disabled after failures. */
export async function updateWebhookEndpoint(
  db: Kysely<Database>,
  accountId: string,
  endpointId: string,
  changes: Partial<EndpointFields> & { enabled?: boolean },
): Promise<boolean> {
  const result = await db
    .updateTable('webhook_endpoints')
    .set({
      ...(changes.url === undefined ? {} : { url: changes.url }),
      ...(changes.description === undefined ? {} : { description: changes.description }),
      ...('eventTypes' in changes ? { event_types: encodeTypes(changes.eventTypes) } : {}),
      ...(changes.enabled === true
        ? { disabled_at: null, disabled_reason: null, consecutive_failures: 0 }
        : {}),
      ...(changes.enabled === false
        ? { disabled_at: Date.now(), disabled_reason: 'disabled by the account' }
        : {}),
    })
    .where('account_id', '=', accountId)
    .where('endpoint_id', '=', endpointId)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Deletes the endpoint (kept for its delivery log); its pending deliveries are skipped. */
export async function deleteWebhookEndpoint(
  store: Store,
  accountId: string,
  endpointId: string,
  now: number,
): Promise<boolean> {
  return inWriteTransaction(store, async (trx) => {
    const result = await trx
      .updateTable('webhook_endpoints')
      .set({ deleted_at: now })
      .where('account_id', '=', accountId)
      .where('endpoint_id', '=', endpointId)
      .where('deleted_at', 'is', null)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) return false;
    await skipPendingDeliveries(trx, accountId, endpointId, now);
    return true;
  });
}

export async function skipPendingDeliveries(
  db: Kysely<Database>,
  accountId: string,
  endpointId: string,
  now: number,
) {
  await db
    .updateTable('webhook_deliveries')
    .set({ status: 'skipped', finished_at: now, lease_until: null })
    .where('account_id', '=', accountId)
    .where('endpoint_id', '=', endpointId)
    .where('status', '=', 'pending')
    .execute();
}

function toEndpoint(row: WebhookEndpointsTable): WebhookEndpoint {
  return {
    id: row.endpoint_id,
    url: row.url,
    description: row.description ?? undefined,
    eventTypes:
      row.event_types === null
        ? undefined
        : (row.event_types.split(',').filter((type) => type.length > 0) as WebhookEventType[]),
    enabled: row.disabled_at === null,
    disabledAt: row.disabled_at === null ? undefined : Number(row.disabled_at),
    disabledReason: row.disabled_reason ?? undefined,
    consecutiveFailures: row.consecutive_failures,
    createdAt: Number(row.created_at),
  };
}
