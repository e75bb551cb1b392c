import type { Kysely } from 'kysely';
import { privateUrlProblem } from '../channels/private-address.js';
import { RefusedUrlError } from '../channels/refused-url-error.js';
import type { Database } from '../store/schema.js';
import {
  createWebhookEndpoint,
  type EndpointFields,
  endpointUrlProblem,
  findWebhookEndpoint,
  updateWebhookEndpoint,
  type WebhookEndpoint,
  type WebhookEventType,
} from './webhook-endpoints.js';

/** What a change may set; `eventTypes: null` subscribes the endpoint to every event. */
export interface EndpointChanges {
  url?: string;
  description?: string;
  eventTypes?: WebhookEventType[] | null;
  enabled?: boolean;
}

/**
 * Adds an endpoint after refusing a URL Tally must not call (not http(s), credentials in
 * it, or a private address): `RefusedUrlError` naming `/url`, and nothing written.
 */
export async function addWebhookEndpoint(
  db: Kysely<Database>,
  accountId: string,
  fields: EndpointFields,
  now: number,
): Promise<WebhookEndpoint & { secret: string }> {
  await endpointUrlOrThrow(fields.url);
  return createWebhookEndpoint(db, accountId, fields, now);
}

/** Changes an endpoint (the URL checked as when added); undefined if the account has no such endpoint. */
export async function changeWebhookEndpoint(
  db: Kysely<Database>,
  accountId: string,
  endpointId: string,
  { eventTypes, ...rest }: EndpointChanges,
): Promise<WebhookEndpoint | undefined> {
  if (rest.url !== undefined) await endpointUrlOrThrow(rest.url);
  const updated = await updateWebhookEndpoint(db, accountId, endpointId, {
    ...rest,
    ...(eventTypes === undefined ? {} : { eventTypes: eventTypes ?? undefined }),
  });
  return updated ? findWebhookEndpoint(db, accountId, endpointId) : undefined;
}

async function endpointUrlOrThrow(url: string): Promise<void> {
  const reason = endpointUrlProblem(url) ?? (await privateUrlProblem(url));
  if (reason) throw new RefusedUrlError('/url', reason);
}
