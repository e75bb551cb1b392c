import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { addNote, type Note } from '../../contacts/add-note.js';
import type { Contact, ContactInput, ContactRefusal } from '../../contacts/contact.js';
import { findContact, listContacts, listNotes } from '../../contacts/contact-repository.js';
import { deleteContact } from '../../contacts/delete-contact.js';
import { createContact, updateContact } from '../../contacts/save-contact.js';
import type { Actor } from '../../domain/activity.js';
import type { AppContext } from '../app-context.js';
import { requireAccount } from '../authenticate.js';
import { limitParameter, type PageLimit, pageLimitOrThrow } from '../page-limit.js';
import { Problem } from '../problem.js';

const idParams = {
  type: 'object',
  properties: { id: { type: 'string', maxLength: 64 } },
  required: ['id'],
} as const;

const contactBody = {
  type: 'object',
  additionalProperties: false,
  properties: {
    name: { type: ['string', 'null'], maxLength: 200 },
    email: { type: ['string', 'null'], maxLength: 254 },
    phone: { type: ['string', 'null'], maxLength: 40 },
    statusId: { type: 'string', maxLength: 64 },
    properties: {
      type: 'object',
      maxProperties: 100,
      additionalProperties: { type: ['string', 'number', 'null'] },
    },
  },
} as const;

/** Who acts through the API: `api` unless the caller says it relays a person (`Tally-Actor: user`). */
export function actorOf(request: FastifyRequest): Actor {
  const header = request.headers['tally-actor'];
  if (header === undefined) return 'api';
  if (header === 'user' || header === 'api' || header === 'automation') return header;
  throw new Problem('validation_failed', 'Tally-Actor must be user, api or automation', [
    { field: 'Tally-Actor', code: 'enum', message: 'must be user, api or automation' },
  ]);
}

/** Turns a refused contact action into the API's problem. */
export function problemOf(refused: ContactRefusal): Problem {
  if (refused.code === 'not_found') return new Problem('not_found', refused.message);
  return new Problem('validation_failed', refused.message, [
    { field: refused.field, code: refused.code, message: refused.message },
  ]);
}

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

function noteView(note: Note) {
  return {
    id: note.id,
    contactId: note.contactId,
    body: note.body,
    actor: note.actor,
    createdAt: new Date(note.createdAt).toISOString(),
  };
}

const contactPage: PageLimit = { max: 500, fallback: 50 };

export const contactRoutes =
  (context: AppContext): FastifyPluginAsync =>
  async (app) => {
    app.post<{ Body: ContactInput }>(
      '/v1/contacts',
      {
        schema: {
          tags: ['contacts'],
          summary: 'Create a contact (a contact.created activity)',
          body: contactBody,
        },
        config: { access: 'account' },
      },
      async (request, reply) => {
        const outcome = await createContact(
          context.store,
          requireAccount(request.caller),
          request.body,
          actorOf(request),
          context.clock.now(),
        );
        if (!outcome.ok) throw problemOf(outcome);
        return reply.code(201).send(contactView(outcome.contact));
      },
    );

    app.get<{ Querystring: { status?: string; q?: string; cursor?: string; limit?: string } }>(
      '/v1/contacts',
      {
        schema: {
          tags: ['contacts'],
          summary:
            'Contacts, by column and search (name, e-mail, phone); viewing and searching are not activity',
          querystring: {
            type: 'object',
            additionalProperties: false,
            properties: {
              status: { type: 'string', maxLength: 64 },
              q: { type: 'string', maxLength: 200 },
              cursor: { type: 'string', maxLength: 64 },
              limit: limitParameter(contactPage),
            },
          },
        },
        config: { access: 'account' },
      },
      async (request) => {
        const limit = pageLimitOrThrow(request.query.limit, contactPage);
        const contacts = await listContacts(context.store.db, requireAccount(request.caller), {
          limit,
          ...(request.query.status === undefined ? {} : { statusId: request.query.status }),
          ...(request.query.q === undefined ? {} : { search: request.query.q }),
          ...(request.query.cursor === undefined ? {} : { after: request.query.cursor }),
        });
        return {
          data: contacts.map(contactView),
          nextCursor: contacts.length === limit ? (contacts.at(-1)?.id ?? null) : null,
        };
      },
    );

    app.get<{ Params: { id: string } }>(
      '/v1/contacts/:id',
      {
        schema: { tags: ['contacts'], summary: 'One contact', params: idParams },
        config: { access: 'account' },
      },
      async (request) => {
        const contact = await findContact(
          context.store.db,
          requireAccount(request.caller),
          request.params.id,
        );
        if (!contact) throw new Problem('not_found', `no contact ${request.params.id}`);
        return contactView(contact);
      },
    );

    app.patch<{ Params: { id: string }; Body: ContactInput }>(
      '/v1/contacts/:id',
      {
        schema: {
          tags: ['contacts'],
          summary: 'Change status, name, e-mail, phone or properties (no activity when nothing changes)',
          params: idParams,
          body: contactBody,
        },
        config: { access: 'account' },
      },
      async (request) => {
        const outcome = await updateContact(
          context.store,
          requireAccount(request.caller),
          request.params.id,
          request.body,
          actorOf(request),
          context.clock.now(),
        );
        if (!outcome.ok) throw problemOf(outcome);
        return contactView(outcome.contact);
      },
    );

    app.delete<{ Params: { id: string }; Querystring: { erase?: string } }>(
      '/v1/contacts/:id',
      {
        schema: {
          tags: ['contacts'],
          summary: 'Delete a contact (?erase=true also erases its personal data); the month’s count is kept',
          params: idParams,
          querystring: {
            type: 'object',
            additionalProperties: false,
            properties: { erase: { type: 'string', enum: ['true', 'false'] } },
          },
        },
        config: { access: 'account' },
      },
      async (request, reply) => {
        const outcome = await deleteContact(
          context.store,
          requireAccount(request.caller),
          request.params.id,
          { erase: request.query.erase === 'true' },
          context.clock.now(),
        );
        if (!outcome.ok) throw problemOf(outcome);
        return reply.code(204).send();
      },
    );

    app.post<{ Params: { id: string }; Body: { body: string } }>(
      '/v1/contacts/:id/notes',
      {
        schema: {
          tags: ['contacts'],
          summary: 'Add a note to a contact (a note.added activity)',
          params: idParams,
          body: {
            type: 'object',
            additionalProperties: false,
            required: ['body'],
            properties: { body: { type: 'string', maxLength: 10_000 } },
          },
        },
        config: { access: 'account' },
      },
      async (request, reply) => {
        const outcome = await addNote(
          context.store,
          requireAccount(request.caller),
          request.params.id,
          request.body.body,
          actorOf(request),
          context.clock.now(),
        );
        if (!outcome.ok) throw problemOf(outcome);
        return reply.code(201).send(noteView(outcome.note));
      },
    );

    app.get<{ Params: { id: string } }>(
      '/v1/contacts/:id/notes',
      {
        schema: { tags: ['contacts'], summary: 'A contact’s notes, newest first', params: idParams },
        config: { access: 'account' },
      },
      async (request) => {
        const accountId = requireAccount(request.caller);
        const contact = await findContact(context.store.db, accountId, request.params.id);
        if (!contact) throw new Problem('not_found', `no contact ${request.params.id}`);
        return { data: (await listNotes(context.store.db, accountId, contact.id)).map(noteView) };
      },
    );
  };
