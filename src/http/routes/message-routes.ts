import type { FastifyPluginAsync } from 'fastify';
import { privateUrlProblem } from '../../channels/private-address.js';
import { findContact } from '../../contacts/contact-repository.js';
import { type BulkRequest, maxBulkRecipients, sendBulkMessage } from '../../contacts/send-bulk-message.js';
import {
  type Channel,
  listMessages,
  logInboundMessage,
  type Message,
  sendMessage,
} from '../../contacts/send-message.js';
import { actorOf } from '../actor-header.js';
import type { AppContext } from '../app-context.js';
import { requireAccount } from '../authenticate.js';
import { Problem } from '../problem.js';
import { impactView } from '../views/impact-view.js';
import { problemOf } from './contact-routes.js';

interface SettingsBody {
  smtp?: { host: string; port: number; secure?: boolean; user?: string; password?: string; from: string };
  whatsapp?: { baseUrl: string; token: string; phoneNumberId: string };
}

const contactParams = {
  type: 'object',
  properties: { id: { type: 'string', maxLength: 64 } },
  required: ['id'],
} as const;

const messageBody = {
  type: 'object',
  additionalProperties: false,
  required: ['channel', 'body'],
  properties: {
    channel: { type: 'string', enum: ['email', 'whatsapp'] },
    subject: { type: 'string', maxLength: 300 },
    body: { type: 'string', maxLength: 10_000 },
  },
} as const;

function messageView(message: Message) {
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

export const messageRoutes =
  (context: AppContext): FastifyPluginAsync =>
  async (app) => {
    app.post<{ Params: { id: string }; Body: { channel: Channel; subject?: string; body: string } }>(
      '/v1/contacts/:id/messages',
      {
        schema: {
          tags: ['contacts'],
          summary:
            'Send an e-mail or WhatsApp message; only a message the provider accepts is a message.sent',
          params: contactParams,
          body: messageBody,
        },
        config: { access: 'account' },
      },
      async (request, reply) => {
        const outcome = await sendMessage(
          context.store,
          requireAccount(request.caller),
          request.params.id,
          request.body,
          actorOf(request),
          () => context.clock.now(),
        );
        if (!outcome.ok) throw problemOf(outcome);
        return reply.code(201).send(messageView(outcome.message));
      },
    );

    app.post<{ Params: { id: string }; Body: { channel: Channel; subject?: string; body: string } }>(
      '/v1/contacts/:id/messages/inbound',
      {
        schema: {
          tags: ['contacts'],
          summary: 'Log a message the contact sent (a reply); inbound messages never count',
          params: contactParams,
          body: messageBody,
        },
        config: { access: 'account' },
      },
      async (request, reply) => {
        const outcome = await logInboundMessage(
          context.store,
          requireAccount(request.caller),
          request.params.id,
          request.body,
          context.clock.now(),
        );
        if (!outcome.ok) throw problemOf(outcome);
        return reply.code(201).send(messageView(outcome.message));
      },
    );

    app.post<{ Querystring: { preview?: string }; Body: BulkRequest }>(
      '/v1/messages/bulk',
      {
        schema: {
          tags: ['contacts'],
          summary: `One message to every contact of a column or list (at most ${maxBulkRecipients}); ?preview=true answers the impact only`,
          querystring: {
            type: 'object',
            additionalProperties: false,
            properties: { preview: { type: 'string', enum: ['true', 'false'] } },
          },
          body: {
            type: 'object',
            additionalProperties: false,
            required: ['channel', 'body'],
            properties: {
              channel: { type: 'string', enum: ['email', 'whatsapp'] },
              subject: { type: 'string', maxLength: 300 },
              body: { type: 'string', maxLength: 10_000 },
              statusId: { type: 'string', maxLength: 64 },
              contactIds: {
                type: 'array',
                maxItems: maxBulkRecipients,
                items: { type: 'string', maxLength: 64 },
              },
            },
          },
        },
        config: { access: 'account' },
      },
      async (request) => {
        const outcome = await sendBulkMessage(
          context.store,
          context.catalog,
          requireAccount(request.caller),
          request.body,
          actorOf(request),
          () => context.clock.now(),
          request.query.preview === 'true',
        );
        if (!outcome.ok) throw problemOf(outcome);
        return {
          preview: request.query.preview === 'true',
          impact: impactView(outcome.impact),
          sent: outcome.messages.filter((message) => message.status === 'sent').length,
          failed: outcome.messages.filter((message) => message.status !== 'sent').length,
          messages: outcome.messages.map(messageView),
        };
      },
    );

    app.get<{ Params: { id: string } }>(
      '/v1/contacts/:id/messages',
      {
        schema: {
          tags: ['contacts'],
          summary: 'The messages sent to a contact, with their status',
          params: contactParams,
        },
        config: { access: 'account' },
      },
      async (request) => {
        const accountId = requireAccount(request.caller);
        // Another account's contact is a 404 like a missing one (SPEC §7), not an empty list.
        const contact = await findContact(context.store.db, accountId, request.params.id);
        if (!contact) throw new Problem('not_found', `no contact ${request.params.id}`);
        return { data: (await listMessages(context.store, accountId, contact.id)).map(messageView) };
      },
    );

    app.put<{ Body: SettingsBody }>(
      '/v1/message-settings',
      {
        schema: {
          tags: ['contacts'],
          summary:
            'How the account sends: its SMTP server and WhatsApp Cloud API credentials (secrets are never returned)',
          body: {
            type: 'object',
            additionalProperties: false,
            properties: {
              smtp: {
                type: 'object',
                additionalProperties: false,
                required: ['host', 'port', 'from'],
                properties: {
                  host: { type: 'string', minLength: 1, maxLength: 255 },
                  port: { type: 'integer', minimum: 1, maximum: 65_535 },
                  secure: { type: 'boolean' },
                  user: { type: 'string', maxLength: 255 },
                  password: { type: 'string', maxLength: 255 },
                  from: { type: 'string', minLength: 3, maxLength: 320 },
                },
              },
              whatsapp: {
                type: 'object',
                additionalProperties: false,
                required: ['baseUrl', 'token', 'phoneNumberId'],
                properties: {
                  baseUrl: { type: 'string', pattern: '^https?://', maxLength: 500 },
                  token: { type: 'string', minLength: 1, maxLength: 1000 },
                  phoneNumberId: { type: 'string', minLength: 1, maxLength: 64 },
                },
              },
            },
          },
        },
        config: { access: 'account' },
      },
      async (request) => {
        const accountId = requireAccount(request.caller);
        const { smtp, whatsapp } = request.body;
        const unreachable = whatsapp === undefined ? undefined : await privateUrlProblem(whatsapp.baseUrl);
        if (unreachable) {
          throw new Problem('validation_failed', `/whatsapp/baseUrl ${unreachable}`, [
            { field: '/whatsapp/baseUrl', code: 'format', message: unreachable },
          ]);
        }
        const row = {
          smtp_host: smtp?.host ?? null,
          smtp_port: smtp?.port ?? null,
          smtp_secure: smtp?.secure ? 1 : 0,
          smtp_user: smtp?.user ?? null,
          smtp_password: smtp?.password ?? null,
          from_address: smtp?.from ?? null,
          whatsapp_base_url: whatsapp?.baseUrl ?? null,
          whatsapp_token: whatsapp?.token ?? null,
          whatsapp_phone_number_id: whatsapp?.phoneNumberId ?? null,
        };
        await context.store.db
          .insertInto('message_settings')
          .values({ account_id: accountId, ...row })
          .onConflict((conflict) => conflict.column('account_id').doUpdateSet(row))
          .execute();
        return { email: smtp !== undefined, whatsapp: whatsapp !== undefined };
      },
    );
  };
