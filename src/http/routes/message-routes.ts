import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { acceptedOrThrow } from '../../contacts/contact-refused-error.js';
import { findContact } from '../../contacts/contact-repository.js';
import { saveMessageSettings } from '../../contacts/message-settings.js';
import { maxBulkRecipients, sendBulkMessage } from '../../contacts/send-bulk-message.js';
import { listMessages, logInboundMessage, sendMessage } from '../../contacts/send-message.js';
import { performContactAction } from '../../use-cases/contact-action.js';
import { accountTimeZone } from '../account-time-zone.js';
import { actorOf } from '../actor-header.js';
import type { AppContext } from '../app-context.js';
import { requireAccount } from '../authenticate.js';
import { contactActionServices } from '../contact-action-services.js';
import { Problem } from '../problem.js';
import { ActorHeaders, ContactParams } from '../schemas/contact-schemas.js';
import { PreviewQuery } from '../schemas/impact-schemas.js';
import {
  BulkMessageBody,
  BulkMessageResult,
  MessageBody,
  MessageList,
  MessageSettingsBody,
  MessageSettingsResult,
  MessageView,
} from '../schemas/message-schemas.js';
import { json, problems } from '../schemas/responses.js';
import { impactView } from '../views/impact-view.js';
import { messageView } from '../views/message-view.js';

export const messageRoutes =
  (context: AppContext): FastifyPluginAsyncTypebox =>
  async (app) => {
    app.post(
      '/v1/contacts/:id/messages',
      {
        schema: {
          operationId: 'sendMessage',
          tags: ['messages'],
          summary:
            'Send an e-mail or WhatsApp message; only a message the provider accepts is a message.sent',
          params: ContactParams,
          body: MessageBody,
          headers: ActorHeaders,
          response: {
            201: json('The message, sent or with the provider’s error', MessageView),
            ...problems('not_found', 'month_closed'),
          },
        },
        config: { access: 'account', checksThresholds: true },
      },
      async (request, reply) => {
        const accountId = requireAccount(request.caller);
        const { message } = await performContactAction(
          contactActionServices(context, request),
          accountId,
          () =>
            sendMessage(context.store, accountId, request.params.id, request.body, actorOf(request), () =>
              context.clock.now(),
            ),
        );
        return reply.code(201).send(messageView(message, await accountTimeZone(context, accountId)));
      },
    );

    app.post(
      '/v1/contacts/:id/messages/inbound',
      {
        schema: {
          operationId: 'logInboundMessage',
          tags: ['messages'],
          summary: 'Log a message the contact sent (a reply); inbound messages never count',
          params: ContactParams,
          body: MessageBody,
          response: { 201: json('The logged message', MessageView), ...problems('not_found') },
        },
        config: { access: 'account' },
      },
      async (request, reply) => {
        const accountId = requireAccount(request.caller);
        const { message } = acceptedOrThrow(
          await logInboundMessage(
            context.store,
            accountId,
            request.params.id,
            request.body,
            context.clock.now(),
          ),
        );
        return reply.code(201).send(messageView(message, await accountTimeZone(context, accountId)));
      },
    );

    app.post(
      '/v1/messages/bulk',
      {
        schema: {
          operationId: 'sendBulkMessage',
          tags: ['messages'],
          summary: `One message to every contact of a column or list (at most ${maxBulkRecipients}); ?preview=true answers the impact only`,
          querystring: PreviewQuery,
          body: BulkMessageBody,
          headers: ActorHeaders,
          response: {
            200: json('The impact, and the messages unless a preview', BulkMessageResult),
            ...problems('month_closed'),
          },
        },
        config: { access: 'account', checksThresholds: true },
      },
      async (request) => {
        const accountId = requireAccount(request.caller);
        const preview = request.query.preview === 'true';
        const outcome = await performContactAction(contactActionServices(context, request), accountId, () =>
          sendBulkMessage(
            context.store,
            context.catalog,
            accountId,
            request.body,
            actorOf(request),
            () => context.clock.now(),
            preview,
          ),
        );
        const zone = await accountTimeZone(context, accountId);
        return {
          preview,
          impact: impactView(outcome.impact),
          sent: outcome.messages.filter((message) => message.status === 'sent').length,
          failed: outcome.messages.filter((message) => message.status !== 'sent').length,
          messages: outcome.messages.map((message) => messageView(message, zone)),
        };
      },
    );

    app.get(
      '/v1/contacts/:id/messages',
      {
        schema: {
          operationId: 'listContactMessages',
          tags: ['messages'],
          summary: 'The messages sent to a contact, with their status',
          params: ContactParams,
          response: { 200: json('The contact’s messages', MessageList), ...problems('not_found') },
        },
        config: { access: 'account' },
      },
      async (request) => {
        const accountId = requireAccount(request.caller);
        // Another account's contact is a 404 like a missing one (SPEC §7), not an empty list.
        const contact = await findContact(context.store.db, accountId, request.params.id);
        if (!contact) throw new Problem('not_found', `no contact ${request.params.id}`);
        const zone = await accountTimeZone(context, accountId);
        return {
          data: (await listMessages(context.store, accountId, contact.id)).map((message) =>
            messageView(message, zone),
          ),
        };
      },
    );

    app.put(
      '/v1/message-settings',
      {
        schema: {
          operationId: 'saveMessageSettings',
          tags: ['messages'],
          summary:
            'How the account sends: its SMTP server and WhatsApp Cloud API credentials (secrets are never returned)',
          body: MessageSettingsBody,
          response: { 200: json('Which channels are set up', MessageSettingsResult) },
        },
        config: { access: 'account' },
      },
      async (request) => saveMessageSettings(context.store.db, requireAccount(request.caller), request.body),
    );
  };
