import { randomBytes } from 'node:crypto';
import { findUsageCalendar } from '../accounts/account-repository.js';
import { sendEmail } from '../channels/email-sender.js';
import type { SendResult } from '../channels/send-result.js';
import { sendWhatsApp } from '../channels/whatsapp-sender.js';
import type { Actor } from '../domain/activity.js';
import type { MessagesTable } from '../store/schema.js';
import type { Store } from '../store/store.js';
import { inWriteTransaction } from '../store/write-transaction.js';
import { type ContactRefusal, refusal } from './contact.js';
import { recordContactActivities } from './record-contact-activity.js';

export type Channel = 'email' | 'whatsapp';

export interface Message {
  id: string;
  contactId: string;
  channel: Channel;
  recipient: string;
  subject: string | undefined;
  body: string;
  direction: 'outbound' | 'inbound';
  status: 'queued' | 'sending' | 'sent' | 'failed' | 'unknown' | 'received';
  error: string | undefined;
  providerMessageId: string | undefined;
  createdAt: number;
}

/**
 * Sends a message to a contact through the outbox: the message is stored (queued) in its
 * own transaction first, so it is never lost; then claimed and handed to the provider.
 * Only a message the provider accepts becomes a `message.sent`, committed together with
 * its "sent" status; a rejected or failed one is stored with the error and counts nothing.
 */
export async function sendMessage(
  store: Store,
  accountId: string,
  contactId: string,
  request: { channel: Channel; subject?: string; body: string },
  actor: Actor,
  now: () => number,
): Promise<{ ok: true; message: Message } | ContactRefusal> {
  const body = request.body.trim();
  if (body.length === 0 || body.length > 10_000)
    return refusal('invalid', '/body', 'body must be 1 to 10,000 characters');
  if (request.channel === 'email' && !request.subject?.trim())
    return refusal('invalid', '/subject', 'an e-mail needs a subject');
  const contact = await findAddresses(store, accountId, contactId);
  if (!contact) return refusal('not_found', 'id', `no contact ${contactId}`);
  const recipient = request.channel === 'email' ? contact.email : contact.phone;
  if (!recipient) {
    return refusal(
      'invalid',
      '/channel',
      `the contact has no ${request.channel === 'email' ? 'e-mail address' : 'phone number'}`,
    );
  }
  const settings = await store.db
    .selectFrom('message_settings')
    .selectAll()
    .where('account_id', '=', accountId)
    .executeTakeFirst();
  const configured =
    request.channel === 'email'
      ? Boolean(settings?.smtp_host && settings.smtp_port && settings.from_address)
      : Boolean(settings?.whatsapp_base_url && settings.whatsapp_token && settings.whatsapp_phone_number_id);
  if (!configured)
    return refusal('invalid', '/channel', `${request.channel} sending is not set up for this account`);
  const id = `msg_${randomBytes(10).toString('hex')}`;
  await store.db
    .insertInto('messages')
    .values({
      account_id: accountId,
      message_id: id,
      contact_id: contactId,
      channel: request.channel,
      direction: 'outbound',
      recipient,
      subject: request.subject?.trim() ?? null,
      body,
      status: 'queued',
      error: null,
      provider_message_id: null,
      actor,
      created_at: now(),
      claimed_at: null,
      finished_at: null,
    })
    .execute();
  await dispatchMessage(store, accountId, id, now);
  return { ok: true, message: (await findMessage(store, accountId, id)) as Message };
}

/**
 * Claims a queued message (only one sender can), sends it, and records the outcome. A
 * crash after the claim leaves it "sending"; `recoverInterruptedMessages` marks such
 * messages "unknown" rather than sending them again.
 */
export async function dispatchMessage(
  store: Store,
  accountId: string,
  messageId: string,
  now: () => number,
): Promise<void> {
  const claimed = await store.db
    .updateTable('messages')
    .set({ status: 'sending', claimed_at: now() })
    .where('account_id', '=', accountId)
    .where('message_id', '=', messageId)
    .where('status', '=', 'queued')
    .executeTakeFirst();
  if (Number(claimed.numUpdatedRows) !== 1) return;
  const message = (await store.db
    .selectFrom('messages')
    .selectAll()
    .where('account_id', '=', accountId)
    .where('message_id', '=', messageId)
    .executeTakeFirstOrThrow()) as MessagesTable;
  const result = await deliver(store, message);
  await findUsageCalendar(store, accountId);
  await inWriteTransaction(store, async (db) => {
    await db
      .updateTable('messages')
      .set(
        result.accepted
          ? { status: 'sent', provider_message_id: result.providerMessageId, finished_at: now() }
          : { status: 'failed', error: result.error.slice(0, 1000), finished_at: now() },
      )
      .where('account_id', '=', accountId)
      .where('message_id', '=', messageId)
      .execute();
    if (result.accepted) {
      await recordContactActivities(
        db,
        store,
        accountId,
        message.contact_id,
        ['message.sent'],
        message.actor as Actor,
        now(),
      );
    }
  });
}

/** Sends every queued message (after a crash or restart), oldest first. */
export async function dispatchQueuedMessages(store: Store, now: () => number, limit = 100): Promise<number> {
  const queued = await store.db
    .selectFrom('messages')
    .select(['account_id', 'message_id'])
    .where('status', '=', 'queued')
    .orderBy('created_at')
    .limit(limit)
    .execute();
  for (const message of queued) await dispatchMessage(store, message.account_id, message.message_id, now);
  return queued.length;
}

/** Messages claimed but never finished (the sender died mid-send) become "unknown", never resent. */
export async function recoverInterruptedMessages(
  store: Store,
  now: number,
  staleAfterMs = 5 * 60_000,
): Promise<number> {
  const result = await store.db
    .updateTable('messages')
    .set({
      status: 'unknown',
      error: 'sending was interrupted; not resent to avoid a duplicate',
      finished_at: now,
    })
    .where('status', '=', 'sending')
    .where('claimed_at', '<', now - staleAfterMs)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

async function deliver(store: Store, message: MessagesTable): Promise<SendResult> {
  const settings = await store.db
    .selectFrom('message_settings')
    .selectAll()
    .where('account_id', '=', message.account_id)
    .executeTakeFirst();
  if (message.channel === 'email') {
    if (!settings?.smtp_host || !settings.smtp_port || !settings.from_address)
      return { accepted: false, error: 'e-mail is not set up' };
    return sendEmail(
      {
        host: settings.smtp_host,
        port: settings.smtp_port,
        secure: settings.smtp_secure === 1,
        user: settings.smtp_user ?? undefined,
        password: settings.smtp_password ?? undefined,
        from: settings.from_address,
      },
      {
        to: message.recipient,
        subject: message.subject ?? '',
        text: message.body,
        messageId: `<${message.message_id}@tally>`,
      },
    );
  }
  if (!settings?.whatsapp_base_url || !settings.whatsapp_token || !settings.whatsapp_phone_number_id) {
    return { accepted: false, error: 'WhatsApp is not set up' };
  }
  return sendWhatsApp(
    {
      baseUrl: settings.whatsapp_base_url,
      token: settings.whatsapp_token,
      phoneNumberId: settings.whatsapp_phone_number_id,
    },
    message.recipient,
    message.body,
    Number(process.env.TALLY_WHATSAPP_TIMEOUT_MS ?? 10_000),
  );
}

/**
 * Logs a message the contact sent to the account (a reply by e-mail or WhatsApp). It is
 * kept with the conversation but is not a qualifying activity: the article counts
 * messages the account sends.
 */
export async function logInboundMessage(
  store: Store,
  accountId: string,
  contactId: string,
  request: { channel: Channel; body: string; subject?: string },
  now: number,
): Promise<{ ok: true; message: Message } | ContactRefusal> {
  const body = request.body.trim();
  if (body.length === 0 || body.length > 10_000)
    return refusal('invalid', '/body', 'body must be 1 to 10,000 characters');
  const contact = await findAddresses(store, accountId, contactId);
  if (!contact) return refusal('not_found', 'id', `no contact ${contactId}`);
  const id = `msg_${randomBytes(10).toString('hex')}`;
  await store.db
    .insertInto('messages')
    .values({
      account_id: accountId,
      message_id: id,
      contact_id: contactId,
      channel: request.channel,
      direction: 'inbound',
      recipient: (request.channel === 'email' ? contact.email : contact.phone) ?? '',
      subject: request.subject?.trim() ?? null,
      body,
      status: 'received',
      error: null,
      provider_message_id: null,
      actor: 'api',
      created_at: now,
      claimed_at: null,
      finished_at: now,
    })
    .execute();
  return { ok: true, message: (await findMessage(store, accountId, id)) as Message };
}

/** A live contact's e-mail address and phone number, the addresses messages go to and come from. */
function findAddresses(store: Store, accountId: string, contactId: string) {
  return store.db
    .selectFrom('contacts')
    .select(['email', 'phone'])
    .where('account_id', '=', accountId)
    .where('contact_id', '=', contactId)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
}

export async function findMessage(
  store: Store,
  accountId: string,
  messageId: string,
): Promise<Message | undefined> {
  const row = await store.db
    .selectFrom('messages')
    .selectAll()
    .where('account_id', '=', accountId)
    .where('message_id', '=', messageId)
    .executeTakeFirst();
  return row && toMessage(row);
}

export async function listMessages(store: Store, accountId: string, contactId: string): Promise<Message[]> {
  const rows = await store.db
    .selectFrom('messages')
    .selectAll()
    .where('account_id', '=', accountId)
    .where('contact_id', '=', contactId)
    .orderBy('created_at')
    .execute();
  return rows.map(toMessage);
}

function toMessage(row: MessagesTable): Message {
  return {
    id: row.message_id,
    contactId: row.contact_id,
    channel: row.channel as Channel,
    direction: row.direction as Message['direction'],
    recipient: row.recipient,
    subject: row.subject ?? undefined,
    body: row.body,
    status: row.status as Message['status'],
    error: row.error ?? undefined,
    providerMessageId: row.provider_message_id ?? undefined,
    createdAt: Number(row.created_at),
  };
}
