import type { Message } from '../../contacts/send-message.js';

/** A message as the API shows it: absent fields are null, instants RFC 3339. */
export function messageView(message: Message) {
  return {
    id: message.id,
    contactId: message.contactId,
    channel: message.channel,
    direction: message.direction,
    recipient: message.recipient,
    subject: message.subject ?? null,
    body: message.body,
    status: message.status,
    error: message.error ?? null,
    providerMessageId: message.providerMessageId ?? null,
    createdAt: new Date(message.createdAt).toISOString(),
  };
}
