import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { findBillingDetails } from '../../billing/billing-details-repository.js';
import { normaliseEmail } from '../../contacts/contact-fields.js';
import {
  addAlertRecipient,
  listAlertRecipients,
  maxAlertRecipients,
  removeAlertRecipient,
} from '../../notify/alert-recipients.js';
import type { AppContext } from '../app-context.js';
import { requireAccount } from '../authenticate.js';
import { Problem } from '../problem.js';
import {
  AddAlertRecipientBody,
  AlertRecipientList,
  AlertRecipientParams,
  AlertRecipientView,
} from '../schemas/alert-recipient-schemas.js';
import { json, noContent, problems } from '../schemas/responses.js';

// One code per reason, so the dashboard can say which in the user's language (decision 0057).
const invalidEmail = (code: 'format' | 'already_recipient' | 'maxItems', message: string) =>
  new Problem('validation_failed', `/email ${message}`, [{ field: '/email', code, message }]);

/** Who gets the 80 % and 100 % threshold e-mails besides the billing address (decision 0052). */
export const alertRecipientRoutes =
  (context: AppContext): FastifyPluginAsyncTypebox =>
  async (app) => {
    app.get(
      '/v1/alert-recipients',
      {
        schema: {
          operationId: 'listAlertRecipients',
          tags: ['notifications'],
          summary:
            'Who receives the threshold e-mails: the billing e-mail address (set in the billing details) and these recipients',
          response: { 200: json('The billing e-mail and the further recipients', AlertRecipientList) },
        },
        config: { access: 'account' },
      },
      async (request) => {
        const accountId = requireAccount(request.caller);
        const billing = await findBillingDetails(context.store.db, accountId);
        const recipients = await listAlertRecipients(context.store.db, accountId);
        return {
          billingEmail: billing.email ?? null,
          data: recipients.map((recipient) => ({
            email: recipient.email,
            createdAt: new Date(recipient.createdAt).toISOString(),
          })),
        };
      },
    );

    app.post(
      '/v1/alert-recipients',
      {
        schema: {
          operationId: 'addAlertRecipient',
          tags: ['notifications'],
          summary: `Add a recipient of the threshold e-mails (at most ${maxAlertRecipients})`,
          body: AddAlertRecipientBody,
          response: { 201: json('The recipient, added', AlertRecipientView) },
        },
        config: { access: 'account' },
      },
      async (request, reply) => {
        const accountId = requireAccount(request.caller);
        const email = normaliseEmail(request.body.email);
        if (!email) throw invalidEmail('format', 'is not an e-mail address');
        const now = context.clock.now();
        const added = await addAlertRecipient(context.store.db, accountId, email, now);
        if (added === 'exists') throw invalidEmail('already_recipient', 'is already a recipient');
        if (added === 'full')
          throw invalidEmail('maxItems', `would be more than ${maxAlertRecipients} recipients`);
        return reply.code(201).send({ email, createdAt: new Date(now).toISOString() });
      },
    );

    app.delete(
      '/v1/alert-recipients/:email',
      {
        schema: {
          operationId: 'removeAlertRecipient',
          tags: ['notifications'],
          summary: 'Stop sending the threshold e-mails to this recipient',
          params: AlertRecipientParams,
          response: { 204: noContent('Removed'), ...problems('not_found') },
        },
        config: { access: 'account' },
      },
      async (request, reply) => {
        const accountId = requireAccount(request.caller);
        const email = normaliseEmail(request.params.email) ?? request.params.email;
        if (!(await removeAlertRecipient(context.store.db, accountId, email))) {
          throw new Problem('not_found', `no alert recipient ${request.params.email}`);
        }
        return reply.code(204).send(null);
      },
    );
  };
