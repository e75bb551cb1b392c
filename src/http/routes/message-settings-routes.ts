import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  applyChange,
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
import {
  MessageSettingsChangeBody,
  MessageSettingsView,
  TestMessageBody,
  TestMessageResult,
} from '../schemas/message-settings-schemas.js';
import { json } from '../schemas/responses.js';

const invalid = (field: string, message: string) =>
  new Problem('validation_failed', `${field} ${message}`, [{ field, code: 'invalid', message }]);

/**
 * The sender settings as the dashboard edits them (decision 0052): read without secrets,
 * changed one channel at a time with secrets kept when left out, and tried with a test send.
 * `PUT /v1/message-settings` (message-routes.ts) stays as the API's replace-everything form.
 */
export const messageSettingsRoutes =
  (context: AppContext): FastifyPluginAsyncTypebox =>
  async (app) => {
    app.get(
      '/v1/message-settings',
      {
        schema: {
          operationId: 'getMessageSettings',
          tags: ['messages'],
          summary:
            'How the account sends e-mail and WhatsApp messages (the password and the token are never returned)',
          response: { 200: json('The sender settings, without secrets', MessageSettingsView) },
        },
        config: { access: 'account' },
      },
      async (request) => viewOf(await readMessageSettings(context.store.db, requireAccount(request.caller))),
    );

    app.patch(
      '/v1/message-settings',
      {
        schema: {
          operationId: 'updateMessageSettings',
          tags: ['messages'],
          summary:
            'Change one channel’s settings (null removes it); a password or token left out keeps the one stored',
          body: MessageSettingsChangeBody,
          response: { 200: json('The sender settings after the change', MessageSettingsView) },
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

    app.post(
      '/v1/message-settings/test',
      {
        schema: {
          operationId: 'sendTestMessage',
          tags: ['messages'],
          summary:
            'Send a test message through the saved settings to the address or number given; answers whether the provider took it and, if not, its error',
          body: TestMessageBody,
          response: {
            200: json('Whether the provider took the test message, and its answer if not', TestMessageResult),
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
