import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { addNote } from '../../contacts/add-note.js';
import { InvalidBoardCursorError, listBoardColumn } from '../../contacts/board-column.js';
import { acceptedOrThrow } from '../../contacts/contact-refused-error.js';
import { findContact, listNotes } from '../../contacts/contact-repository.js';
import { deleteContact } from '../../contacts/delete-contact.js';
import { createContact, updateContact } from '../../contacts/save-contact.js';
import { performContactAction } from '../../use-cases/contact-action.js';
import { accountTimeZone } from '../account-time-zone.js';
import { actorOf } from '../actor-header.js';
import type { AppContext } from '../app-context.js';
import { requireAccount } from '../authenticate.js';
import { contactActionServices } from '../contact-action-services.js';
import { contactFilterOrThrow } from '../contact-filter-query.js';
import { pageLimitOrThrow } from '../page-limit.js';
import { Problem } from '../problem.js';
import { BoardListQuery, BoardPage } from '../schemas/board-schemas.js';
import {
  ActorHeaders,
  ContactBody,
  ContactParams,
  ContactView,
  contactPage,
  DeleteContactQuery,
  NoteBody,
  NoteList,
  NoteView,
} from '../schemas/contact-schemas.js';
import { json, noContent, problems } from '../schemas/responses.js';
import { boardCardView } from '../views/board-card-view.js';
import { contactView, noteView } from '../views/contact-view.js';

// Still imported from here by the funnel routes.
export { problemOfContactRefusal as problemOf } from '../domain-problems.js';
export { contactView } from '../views/contact-view.js';

export const contactRoutes =
  (context: AppContext): FastifyPluginAsyncTypebox =>
  async (app) => {
    app.post(
      '/v1/contacts',
      {
        schema: {
          operationId: 'createContact',
          tags: ['contacts'],
          summary: 'Create a contact (a contact.created activity)',
          body: ContactBody,
          headers: ActorHeaders,
          response: {
            201: json('The new contact', ContactView),
            ...problems('not_found', 'month_closed'),
          },
        },
        config: { access: 'account', checksThresholds: true },
      },
      async (request, reply) => {
        const accountId = requireAccount(request.caller);
        const { contact } = await performContactAction(
          contactActionServices(context, request),
          accountId,
          (now) => createContact(context.store, accountId, request.body, actorOf(request), now),
        );
        return reply.code(201).send(contactView(contact, await accountTimeZone(context, accountId)));
      },
    );

    app.get(
      '/v1/contacts',
      {
        schema: {
          operationId: 'listContacts',
          tags: ['contacts'],
          summary:
            'Contacts by column, page by page (keyset cursor), searched, sorted and filtered, each with why it counts this month; viewing is not activity',
          querystring: BoardListQuery,
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

    app.get(
      '/v1/contacts/:id',
      {
        schema: {
          operationId: 'getContact',
          tags: ['contacts'],
          summary: 'One contact',
          params: ContactParams,
          response: { 200: json('The contact', ContactView), ...problems('not_found') },
        },
        config: { access: 'account' },
      },
      async (request) => {
        const accountId = requireAccount(request.caller);
        const contact = await findContact(context.store.db, accountId, request.params.id);
        if (!contact) throw new Problem('not_found', `no contact ${request.params.id}`);
        return contactView(contact, await accountTimeZone(context, accountId));
      },
    );

    app.patch(
      '/v1/contacts/:id',
      {
        schema: {
          operationId: 'updateContact',
          tags: ['contacts'],
          summary: 'Change status, name, e-mail, phone or properties (no activity when nothing changes)',
          params: ContactParams,
          body: ContactBody,
          headers: ActorHeaders,
          response: {
            200: json('The contact as saved', ContactView),
            ...problems('not_found', 'month_closed'),
          },
        },
        config: { access: 'account', checksThresholds: true },
      },
      async (request) => {
        const accountId = requireAccount(request.caller);
        const { contact } = await performContactAction(
          contactActionServices(context, request),
          accountId,
          (now) =>
            updateContact(context.store, accountId, request.params.id, request.body, actorOf(request), now),
        );
        return contactView(contact, await accountTimeZone(context, accountId));
      },
    );

    app.delete(
      '/v1/contacts/:id',
      {
        schema: {
          operationId: 'deleteContact',
          tags: ['contacts'],
          summary: 'Delete a contact (?erase=true also erases its personal data); the month’s count is kept',
          params: ContactParams,
          querystring: DeleteContactQuery,
          response: { 204: noContent('Deleted'), ...problems('not_found') },
        },
        config: { access: 'account' },
      },
      async (request, reply) => {
        // Deleting is no activity (SPEC §1): nothing to meter, no threshold to reach.
        acceptedOrThrow(
          await deleteContact(
            context.store,
            requireAccount(request.caller),
            request.params.id,
            { erase: request.query.erase === 'true' },
            context.clock.now(),
          ),
        );
        return reply.code(204).send(null);
      },
    );

    app.post(
      '/v1/contacts/:id/notes',
      {
        schema: {
          operationId: 'addContactNote',
          tags: ['contacts'],
          summary: 'Add a note to a contact (a note.added activity)',
          params: ContactParams,
          body: NoteBody,
          headers: ActorHeaders,
          response: { 201: json('The note', NoteView), ...problems('not_found', 'month_closed') },
        },
        config: { access: 'account', checksThresholds: true },
      },
      async (request, reply) => {
        const accountId = requireAccount(request.caller);
        const { note } = await performContactAction(
          contactActionServices(context, request),
          accountId,
          (now) =>
            addNote(context.store, accountId, request.params.id, request.body.body, actorOf(request), now),
        );
        return reply.code(201).send(noteView(note, await accountTimeZone(context, accountId)));
      },
    );

    app.get(
      '/v1/contacts/:id/notes',
      {
        schema: {
          operationId: 'listContactNotes',
          tags: ['contacts'],
          summary: 'A contact’s notes, newest first',
          params: ContactParams,
          response: { 200: json('The notes', NoteList), ...problems('not_found') },
        },
        config: { access: 'account' },
      },
      async (request) => {
        const accountId = requireAccount(request.caller);
        const contact = await findContact(context.store.db, accountId, request.params.id);
        if (!contact) throw new Problem('not_found', `no contact ${request.params.id}`);
        const zone = await accountTimeZone(context, accountId);
        return {
          data: (await listNotes(context.store.db, accountId, contact.id)).map((note) =>
            noteView(note, zone),
          ),
        };
      },
    );
  };
