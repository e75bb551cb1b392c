import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { findUsageCalendar } from '../../accounts/account-repository.js';
import { addNote, type Note } from '../../contacts/add-note.js';
import {
  type BoardCard,
  type BoardSort,
  InvalidBoardCursorError,
  listBoardColumn,
} from '../../contacts/board-column.js';
import type { Contact, ContactInput, ContactRefusal } from '../../contacts/contact.js';
import type { ContactFilter } from '../../contacts/contact-filter.js';
import { findContact, listNotes } from '../../contacts/contact-repository.js';
import { deleteContact } from '../../contacts/delete-contact.js';
import { createContact, updateContact } from '../../contacts/save-contact.js';
import type { Actor } from '../../domain/activity.js';
import { accountTimeZone } from '../account-time-zone.js';
import type { AppContext } from '../app-context.js';
import { requireAccount } from '../authenticate.js';
import { formatInstantIn } from '../instants.js';
import { type PageLimit, pageLimitOrThrow } from '../page-limit.js';
import { Problem } from '../problem.js';
import { BoardPage, ContactListQuery } from '../schemas/board-schemas.js';
import { json } from '../schemas/responses.js';

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

/** A board card: the contact, its last activity and why it counts this month (null: it does not). */
export function boardCardView(card: BoardCard, zone: string) {
  return {
    ...contactView(card),
    lastActivityAt: formatInstantIn(card.lastActivityAt, zone),
    activeThisMonth: card.activeThisMonth
      ? {
          kind: card.activeThisMonth.kind,
          actor: card.activeThisMonth.actor,
          occurredAt: formatInstantIn(card.activeThisMonth.occurredAt, zone),
        }
      : null,
  };
}

export interface ContactFilterQuery {
  status?: string;
  q?: string;
  active?: 'true' | 'false';
  propertyKey?: string;
  propertyValue?: string;
}

interface ContactListParameters extends ContactFilterQuery {
  sort?: BoardSort;
  cursor?: string;
  limit?: string;
}

/**
 * The filter a board view or a bulk selection names, with the current usage month it is
 * read against; `propertyKey` and `propertyValue` come together or not at all.
 */
export async function contactFilterOrThrow(
  context: AppContext,
  accountId: string,
  query: ContactFilterQuery,
  fieldPrefix = 'querystring.',
): Promise<ContactFilter> {
  if ((query.propertyKey === undefined) !== (query.propertyValue === undefined)) {
    const field = `${fieldPrefix}${query.propertyKey === undefined ? 'propertyKey' : 'propertyValue'}`;
    throw new Problem('validation_failed', `${field} is required with the other property field`, [
      { field, code: 'required', message: 'propertyKey and propertyValue come together' },
    ]);
  }
  const month = (await findUsageCalendar(context.store, accountId))?.monthAt(context.clock.now());
  return {
    ...(query.status === undefined ? {} : { statusId: query.status }),
    ...(query.q === undefined ? {} : { search: query.q }),
    ...(query.active === undefined ? {} : { active: query.active === 'true' }),
    ...(month === undefined ? {} : { monthStart: month.start }),
    ...(query.propertyKey === undefined || query.propertyValue === undefined
      ? {}
      : { property: { key: query.propertyKey, value: query.propertyValue } }),
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

    app.get<{ Querystring: ContactListParameters }>(
      '/v1/contacts',
      {
        schema: {
          operationId: 'listContacts',
          tags: ['contacts'],
          summary:
            'Contacts by column, page by page (keyset cursor), searched, sorted and filtered, each with why it counts this month; viewing is not activity',
          querystring: ContactListQuery,
          response: { 200: json('One page of contacts and the cursor of the next', BoardPage) },
        },
        config: { access: 'account' },
      },
      async (request) => {
        const accountId = requireAccount(request.caller);
        const limit = pageLimitOrThrow(request.query.limit, contactPage);
        const filter = await contactFilterOrThrow(context, accountId, request.query);
        try {
          const page = await listBoardColumn(context.store, accountId, {
            filter,
            sort: request.query.sort ?? 'recent',
            limit,
            ...(request.query.cursor === undefined ? {} : { cursor: request.query.cursor }),
          });
          const zone = await accountTimeZone(context, accountId);
          return {
            data: page.cards.map((card) => boardCardView(card, zone)),
            nextCursor: page.nextCursor ?? null,
          };
        } catch (error) {
          if (error instanceof InvalidBoardCursorError) {
            throw new Problem('validation_failed', error.message, [
              { field: 'querystring.cursor', code: 'invalid', message: error.message },
            ]);
          }
          throw error;
        }
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
