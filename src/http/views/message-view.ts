import type { Message } from '../../contacts/send-message.js';
import { formatInstantIn } from '../instants.js';

/** A message as the API shows it: absent fields are null, instants in the account's zone. */
export function messageView(message: Message, zone: string) {
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
    createdAt: formatInstantIn(message.createdAt, zone),
  };
}
