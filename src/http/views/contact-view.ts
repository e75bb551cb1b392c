import type { Note } from '../../contacts/add-note.js';
import type { Contact } from '../../contacts/contact.js';

/** A contact as the API shows it: absent fields are null, instants RFC 3339. */
export function contactView(contact: Contact) {
  return {
    id: contact.id,
    statusId: contact.statusId,
    name: contact.name ?? null,
    email: contact.email ?? null,
    phone: contact.phone ?? null,
    properties: contact.properties,
    createdAt: new Date(contact.createdAt).toISOString(),
    updatedAt: new Date(contact.updatedAt).toISOString(),
  };
}

export function noteView(note: Note) {
  return {
    id: note.id,
    contactId: note.contactId,
    body: note.body,
    actor: note.actor,
    createdAt: new Date(note.createdAt).toISOString(),
  };
}
