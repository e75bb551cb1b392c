import type { FastifyPluginAsync } from 'fastify';
import { findBillingDetails, saveBillingDetails } from '../../billing/billing-details-repository.js';
import { closeDueMonths } from '../../billing/close-due-months.js';
import { formatCents, parseCents } from '../../domain/money.js';
import type { AppContext } from '../app-context.js';
import { requireAccount } from '../authenticate.js';
import { parseInstant } from '../instants.js';
import { Problem } from '../problem.js';

interface DetailsBody {
  legalName?: string;
  address?: string;
  vatId?: string;
  email?: string;
  vatRate?: string;
  reverseCharge?: boolean;
}

export const billingRoutes =
  (context: AppContext): FastifyPluginAsync =>
  async (app) => {
    app.post<{ Body: { asOf?: string } }>(
      '/v1/billing/close',
      {
        schema: {
          tags: ['billing'],
          summary:
            'Close every usage month that is due and issue due invoices (asOf: close as of that instant)',
          body: {
            type: 'object',
            additionalProperties: false,
            properties: { asOf: { type: 'string', maxLength: 64 } },
          },
        },
        config: { access: 'operator' },
      },
      async (request) => {
        const now = context.clock.now();
        const asOf = request.body?.asOf === undefined ? now : parseInstant(request.body.asOf);
        if (asOf === undefined || asOf > now) {
          throw new Problem('validation_failed', '/asOf must be an RFC 3339 instant, not in the future', [
            { field: '/asOf', code: 'format', message: 'must be an RFC 3339 instant, not in the future' },
          ]);
        }
        return closeDueMonths(context.store, context.catalog, {
          asOf,
          graceMs: context.billing.graceMs,
          now,
        });
      },
    );

    app.get(
      '/v1/billing-details',
      {
        schema: { tags: ['billing'], summary: 'Who invoices are addressed to, and the VAT that applies' },
        config: { access: 'account' },
      },
      async (request) =>
        detailsView(await findBillingDetails(context.store.db, requireAccount(request.caller))),
    );

    app.put<{ Body: DetailsBody }>(
      '/v1/billing-details',
      {
        schema: {
          tags: ['billing'],
          summary: 'Set billing details for invoices issued from now on',
          body: {
            type: 'object',
            additionalProperties: false,
            properties: {
              legalName: { type: 'string', minLength: 1, maxLength: 200 },
              address: { type: 'string', minLength: 1, maxLength: 500 },
              vatId: { type: 'string', minLength: 1, maxLength: 32 },
              email: { type: 'string', minLength: 3, maxLength: 254, pattern: '^[^@\\s]+@[^@\\s]+$' },
              vatRate: { type: 'string', maxLength: 6, description: 'percent, e.g. "19" or "7.5"' },
              reverseCharge: { type: 'boolean' },
            },
          },
        },
        config: { access: 'account' },
      },
      async (request) => {
        const accountId = requireAccount(request.caller);
        const body = request.body;
        const vatRate = body.vatRate === undefined ? 0 : parseCents(body.vatRate);
        if (vatRate === undefined || vatRate > 10_000) {
          throw new Problem(
            'validation_failed',
            '/vatRate must be a percentage from 0 to 100 with at most two decimals',
            [{ field: '/vatRate', code: 'format', message: 'must be a percentage like "19" or "7.5"' }],
          );
        }
        const details = {
          legalName: body.legalName,
          address: body.address,
          vatId: body.vatId,
          email: body.email,
          vatRateBasisPoints: vatRate,
          reverseCharge: body.reverseCharge ?? false,
        };
        await saveBillingDetails(context.store.db, accountId, details);
        return detailsView(details);
      },
    );
  };

function detailsView(details: Awaited<ReturnType<typeof findBillingDetails>>) {
  return {
    legalName: details.legalName ?? null,
    address: details.address ?? null,
    vatId: details.vatId ?? null,
    email: details.email ?? null,
    vatRate: formatCents(details.vatRateBasisPoints),
    reverseCharge: details.reverseCharge,
  };
}
