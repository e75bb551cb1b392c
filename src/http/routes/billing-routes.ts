import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { findBillingDetails } from '../../billing/billing-details-repository.js';
import { updateBillingDetails } from '../../billing/update-billing-details.js';
import { sweepOverdueInvoices } from '../../notify/sweep-overdue-invoices.js';
import { closeDueMonthsAsOf } from '../../use-cases/close-due-months.js';
import type { AppContext } from '../app-context.js';
import { requireAccount } from '../authenticate.js';
import {
  BillingDetails,
  BillingDetailsBody,
  CloseBody,
  CloseReport,
  OverdueSweepReport,
} from '../schemas/billing-schemas.js';
import { json } from '../schemas/responses.js';
import { billingDetailsView } from '../views/billing-details-view.js';

export const billingRoutes =
  (context: AppContext): FastifyPluginAsyncTypebox =>
  async (app) => {
    app.post(
      '/v1/billing/close',
      {
        schema: {
          operationId: 'closeDueMonths',
          tags: ['billing'],
          summary:
            'Close every usage month that is due and issue due invoices (asOf: close as of that instant)',
          body: CloseBody,
          response: { 200: json('What this close did', CloseReport) },
        },
        config: { access: 'operator' },
      },
      async (request) =>
        closeDueMonthsAsOf(
          context.store,
          context.catalog,
          { asOf: request.body?.asOf, graceMs: context.billing.graceMs },
          context.clock.now(),
        ),
    );

    app.post(
      '/v1/billing/overdue',
      {
        schema: {
          operationId: 'sweepOverdueInvoices',
          tags: ['billing'],
          summary:
            'Announce now every invoice that became overdue (invoice.overdue, once per invoice); the notification worker does the same on its interval',
          response: { 200: json('How many invoices were announced', OverdueSweepReport) },
        },
        config: { access: 'operator' },
      },
      async () => {
        const announced = await sweepOverdueInvoices(context.store, context.catalog, context.clock.now());
        // The announcements wait in the outbox: deliver them now rather than at the next tick.
        if (announced > 0) context.notifications?.kick();
        return { announced };
      },
    );

    app.get(
      '/v1/billing-details',
      {
        schema: {
          operationId: 'getBillingDetails',
          tags: ['billing'],
          summary: 'Who invoices are addressed to, and the VAT that applies',
          response: { 200: json('The billing details in force', BillingDetails) },
        },
        config: { access: 'account' },
      },
      async (request) =>
        billingDetailsView(await findBillingDetails(context.store.db, requireAccount(request.caller))),
    );

    app.put(
      '/v1/billing-details',
      {
        schema: {
          operationId: 'updateBillingDetails',
          tags: ['billing'],
          summary: 'Set billing details for invoices issued from now on',
          body: BillingDetailsBody,
          response: { 200: json('The billing details as saved', BillingDetails) },
        },
        config: { access: 'account' },
      },
      async (request) =>
        billingDetailsView(
          await updateBillingDetails(context.store.db, requireAccount(request.caller), request.body),
        ),
    );
  };
