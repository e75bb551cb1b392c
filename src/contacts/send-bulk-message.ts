import type { Kysely } from 'kysely';
import type { Catalog } from '../billing/catalog.js';
import type { Actor } from '../domain/activity.js';
import type { Database } from '../store/schema.js';
import type { Store } from '../store/store.js';
import { type ContactRefusal, refusal } from './contact.js';
import { type Impact, previewImpact } from './impact-preview.js';
import { type Channel, type Message, sendMessage } from './send-message.js';

export const maxBulkRecipients = 1000;

export interface BulkRequest {
  channel: Channel;
  subject?: string;
  body: string;
  /** Everyone in this column… */
  statusId?: string;
  /** …or these contacts. */
  contactIds?: string[];
}

/** The live contacts a bulk message reaches: in the column or list, with an address for the channel. */
function recipients(db: Kysely<Database>, accountId: string, request: BulkRequest) {
  let query = db
    .selectFrom('contacts')
    .select('contact_id')
    .where('account_id', '=', accountId)
    .where('deleted_at', 'is', null)
    .where(request.channel === 'email' ? 'email' : 'phone', 'is not', null);
  if (request.statusId !== undefined) query = query.where('status_id', '=', request.statusId);
  if (request.contactIds !== undefined) query = query.where('contact_id', 'in', request.contactIds);
  return query;
}

/**
 * Sends one message to many contacts, each through the outbox like a single message.
 * With `preview`, answers how many it reaches, how many would become newly active this
 * month and the overusage that adds — if every provider accepts — and sends nothing.
 */
export async function sendBulkMessage(
  store: Store,
  catalog: Catalog,
  accountId: string,
  request: BulkRequest,
  actor: Actor,
  now: () => number,
  preview: boolean,
): Promise<{ ok: true; impact: Impact; messages: Message[] } | ContactRefusal> {
  if ((request.statusId === undefined) === (request.contactIds === undefined)) {
    return refusal(
      'invalid',
      '/statusId',
      'name the recipients by statusId or by contactIds (one of the two)',
    );
  }
  const impact = await previewImpact(
    store,
    catalog,
    accountId,
    recipients(store.db, accountId, request),
    now(),
  );
  if (impact.contactsTouched > maxBulkRecipients) {
    return refusal(
      'invalid',
      '/statusId',
      `a bulk message reaches at most ${maxBulkRecipients} contacts (this one: ${impact.contactsTouched})`,
    );
  }
  if (preview) return { ok: true, impact, messages: [] };
  const ids = await recipients(store.db, accountId, request).execute();
  const messages: Message[] = [];
  for (const { contact_id } of ids) {
    const sent = await sendMessage(store, accountId, contact_id, request, actor, now);
    if (!sent.ok) return sent;
    messages.push(sent.message);
  }
  return { ok: true, impact, messages };
}
