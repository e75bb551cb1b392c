import type { Note } from '../../contacts/add-note.js';
import type { Contact } from '../../contacts/contact.js';
import { formatInstantIn } from '../instants.js';

/** A contact as the API shows it: absent fields are null, instants in the account's zone. */
export function contactView(contact: Contact, zone: string) {
  return {
    id: contact.id,
    statusId: contact.statusId,
    name: contact.name ?? null,
    email: contact.email ?? null,
    phone: contact.phone ?? null,
    properties: contact.properties,
    createdAt: formatInstantIn(contact.createdAt, zone),
    updatedAt: formatInstantIn(contact.updatedAt, zone),
  };
}

export function noteView(note: Note, zone: string) {
  return {
    id: note.id,
    contactId: note.contactId,
    body: note.body,
    actor: note.actor,
    createdAt: formatInstantIn(note.createdAt, zone),
  };
}
