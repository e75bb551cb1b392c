import type { FastifyPluginAsync } from 'fastify';
import {
  applyChange,
  type MessageSettingsChange,
  readMessageSettings,
  smtpSettingsOf,
  viewOf,
  whatsAppSettingsOf,
  writeMessageSettings,
} from '../../channels/message-settings.js';
import { privateUrlProblem } from '../../channels/private-address.js';
import { sendTestEmail, sendTestWhatsApp } from '../../channels/test-message.js';
import { normaliseEmail, normalisePhone } from '../../contacts/contact-fields.js';
import type { AppContext } from '../app-context.js';
import { requireAccount } from '../authenticate.js';
import { Problem } from '../problem.js';
import { accountProblems } from './problem-response.js';

const settingsView = {
  type: 'object',
  required: ['smtp', 'whatsapp'],
  properties: {
    smtp: {
      type: ['object', 'null'],
      required: ['host', 'port', 'secure', 'user', 'from', 'hasPassword'],
      properties: {
        host: { type: 'string' },
        port: { type: 'integer' },
        secure: { type: 'boolean' },
        user: { type: ['string', 'null'] },
        from: { type: 'string' },
        hasPassword: { type: 'boolean' },
      },
    },
    whatsapp: {
      type: ['object', 'null'],
      required: ['baseUrl', 'phoneNumberId', 'hasToken'],
      properties: {
        baseUrl: { type: 'string' },
        phoneNumberId: { type: 'string' },
        hasToken: { type: 'boolean' },
      },
    },
  },
} as const;

const invalid = (field: string, message: string) =>
  new Problem('validation_failed', `${field} ${message}`, [{ field, code: 'invalid', message }]);

/**
 * The sender settings as the dashboard edits them (decision 0052): read without secrets,
 * changed one channel at a time with secrets kept when left out, and tried with a test send.
 * `PUT /v1/message-settings` (message-routes.ts) stays as the API's replace-everything form.
 */
export const messageSettingsRoutes =
  (context: AppContext): FastifyPluginAsync =>
  async (app) => {
    app.get(
      '/v1/message-settings',
      {
        schema: {
          tags: ['contacts'],
          summary:
            'How the account sends e-mail and WhatsApp messages (the password and the token are never returned)',
          response: { 200: settingsView, ...accountProblems },
        },
        config: { access: 'account' },
      },
      async (request) => viewOf(await readMessageSettings(context.store.db, requireAccount(request.caller))),
    );

    app.patch<{ Body: MessageSettingsChange }>(
      '/v1/message-settings',
      {
        schema: {
          tags: ['contacts'],
          summary:
            'Change one channel’s settings (null removes it); a password or token left out keeps the one stored',
          body: {
            type: 'object',
            additionalProperties: false,
            minProperties: 1,
            properties: {
              smtp: {
                type: ['object', 'null'],
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
                type: ['object', 'null'],
                additionalProperties: false,
                required: ['baseUrl', 'phoneNumberId'],
                properties: {
                  baseUrl: { type: 'string', pattern: '^https?://', maxLength: 500 },
                  token: { type: 'string', minLength: 1, maxLength: 1000 },
                  phoneNumberId: { type: 'string', minLength: 1, maxLength: 64 },
                },
              },
            },
          },
          response: { 200: settingsView, ...accountProblems },
        },
        config: { access: 'account' },
      },
      async (request) => {
        const accountId = requireAccount(request.caller);
        const { smtp, whatsapp } = request.body;
        if (smtp && !/^[^\s@<>]+@[^\s@<>]+$/.test(smtp.from.replace(/^.*<(.+)>\s*$/, '$1'))) {
          throw invalid('/smtp/from', 'is not an e-mail address (name <address> or address)');
        }
        const unreachable = whatsapp ? await privateUrlProblem(whatsapp.baseUrl) : undefined;
        if (unreachable) throw invalid('/whatsapp/baseUrl', unreachable);
        const current = await readMessageSettings(context.store.db, accountId);
        const changed = applyChange(current, request.body);
        if (!changed.ok) throw invalid(changed.field, changed.message);
        await writeMessageSettings(context.store.db, accountId, changed.row);
        return viewOf(changed.row);
      },
    );

    app.post<{ Body: { channel: 'email' | 'whatsapp'; to: string } }>(
      '/v1/message-settings/test',
      {
        schema: {
          tags: ['contacts'],
          summary:
            'Send a test message through the saved settings to the address or number given; answers whether the provider took it and, if not, its error',
          body: {
            type: 'object',
            additionalProperties: false,
            required: ['channel', 'to'],
            properties: {
              channel: { type: 'string', enum: ['email', 'whatsapp'] },
              to: { type: 'string', minLength: 1, maxLength: 320 },
            },
          },
          response: {
            200: {
              type: 'object',
              required: ['channel', 'to', 'sent', 'providerMessageId', 'error'],
              properties: {
                channel: { type: 'string', enum: ['email', 'whatsapp'] },
                to: { type: 'string' },
                sent: { type: 'boolean' },
                providerMessageId: { type: ['string', 'null'] },
                error: { type: ['string', 'null'] },
              },
            },
            ...accountProblems,
          },
        },
        config: { access: 'account' },
      },
      async (request) => {
        const accountId = requireAccount(request.caller);
        const { channel } = request.body;
        const settings = await readMessageSettings(context.store.db, accountId);
        let result: Awaited<ReturnType<typeof sendTestEmail>>;
        let to: string;
        if (channel === 'email') {
          const email = normaliseEmail(request.body.to);
          if (!email) throw invalid('/to', 'is not an e-mail address');
          const smtp = smtpSettingsOf(settings);
          if (!smtp) throw invalid('/channel', 'e-mail sending is not set up for this account');
          to = email;
          result = await sendTestEmail(smtp, email);
        } else {
          const phone = normalisePhone(request.body.to);
          if (!phone) throw invalid('/to', 'is not an international phone number (+49 …)');
          const whatsapp = whatsAppSettingsOf(settings);
          if (!whatsapp) throw invalid('/channel', 'WhatsApp sending is not set up for this account');
          to = phone;
          result = await sendTestWhatsApp(whatsapp, phone);
        }
        return {
          channel,
          to,
          sent: result.accepted,
          providerMessageId: result.accepted ? result.providerMessageId : null,
          error: result.accepted ? null : result.error,
        };
      },
    );
  };
