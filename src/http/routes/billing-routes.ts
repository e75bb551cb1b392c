import type { FastifyPluginAsync } from 'fastify';
import {
  type BillingDetails,
  findBillingDetails,
  saveBillingDetails,
} from '../../billing/billing-details-repository.js';
import { closeDueMonths } from '../../billing/close-due-months.js';
import type { PostalAddressParts } from '../../billing/invoice.js';
import { checkVatId, compactVatId } from '../../billing/vat-id.js';
import { isCountryCode } from '../../domain/country-codes.js';
import { formatCents, parseCents } from '../../domain/money.js';
import { sweepOverdueInvoices } from '../../notify/sweep-overdue-invoices.js';
import type { AppContext } from '../app-context.js';
import { requireAccount } from '../authenticate.js';
import { parseInstant } from '../instants.js';
import { Problem } from '../problem.js';

interface DetailsBody {
  legalName?: string;
  /** The structured address, or (as before decision 0042) free text that no e-invoice can use. */
  address?: string | AddressBody;
  vatId?: string;
  email?: string;
  vatRate?: string;
  reverseCharge?: boolean;
  buyerReference?: string;
}

interface AddressBody {
  street: string;
  postalCode: string;
  city: string;
  country: string;
}

/**
 * `address` is either the structured object or the free text of old. `if`/`then`/`else`
 * rather than `oneOf`, so a bad object is reported by its own field (`/address/country`),
 * not by the string branch it was never meant for.
 */
const addressSchema = {
  if: { type: 'string' },
  // biome-ignore lint/suspicious/noThenProperty: JSON Schema's conditional keyword.
  then: { type: 'string', minLength: 1, maxLength: 500 },
  else: {
    type: 'object',
    additionalProperties: false,
    required: ['street', 'postalCode', 'city', 'country'],
    properties: {
      street: { type: 'string', minLength: 1, maxLength: 200 },
      postalCode: { type: 'string', minLength: 1, maxLength: 16 },
      city: { type: 'string', minLength: 1, maxLength: 100 },
      country: { type: 'string', pattern: '^[A-Za-z]{2}$', description: 'ISO 3166-1 alpha-2, e.g. "DE"' },
    },
  },
} as const;

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

    app.post(
      '/v1/billing/overdue',
      {
        schema: {
          tags: ['billing'],
          summary:
            'Announce now every invoice that became overdue (invoice.overdue, once per invoice); the notification worker does the same on its interval',
        },
        config: { access: 'operator' },
      },
      async () => {
        const announced = await sweepOverdueInvoices(context.store, context.catalog, context.clock.now());
        if (announced > 0) context.notifications?.kick();
        return { announced };
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
              address: addressSchema,
              vatId: { type: 'string', minLength: 1, maxLength: 32 },
              email: { type: 'string', minLength: 3, maxLength: 254, pattern: '^[^@\\s]+@[^@\\s]+$' },
              vatRate: { type: 'string', maxLength: 6, description: 'percent, e.g. "19" or "7.5"' },
              reverseCharge: { type: 'boolean' },
              buyerReference: {
                type: 'string',
                minLength: 1,
                maxLength: 100,
                description: 'BT-10, e.g. a Leitweg-ID; invoices are then XRechnung',
              },
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
        const postalAddress = typeof body.address === 'object' ? checkedAddress(body.address) : undefined;
        const vatId = body.vatId === undefined ? undefined : compactVatId(body.vatId);
        if (vatId !== undefined) {
          const check = checkVatId(vatId, postalAddress?.country);
          if (!check.ok) {
            throw new Problem('validation_failed', `/vatId: ${check.message}`, [
              { field: '/vatId', code: 'format', message: check.message },
            ]);
          }
        }
        // XRechnung requires the buyer's electronic address (BT-49): without an e-mail no
        // invoice to this buyer could become an e-invoice, so say so now rather than at download.
        if (body.buyerReference !== undefined && body.email === undefined) {
          throw new Problem('validation_failed', '/email is required with a buyer reference', [
            { field: '/email', code: 'required', message: 'XRechnung needs the buyer’s e-mail address' },
          ]);
        }
        const details: BillingDetails = {
          legalName: body.legalName,
          address: typeof body.address === 'string' ? body.address : undefined,
          postalAddress,
          vatId,
          email: body.email,
          vatRateBasisPoints: vatRate,
          reverseCharge: body.reverseCharge ?? false,
          buyerReference: body.buyerReference,
        };
        await saveBillingDetails(context.store.db, accountId, details);
        return detailsView(details);
      },
    );
  };

/** The address with its country in upper case, if that is an assigned ISO 3166-1 code. */
function checkedAddress(address: AddressBody): PostalAddressParts {
  const country = address.country.toUpperCase();
  if (!isCountryCode(country)) {
    throw new Problem('validation_failed', `/address/country: ${address.country} is no ISO 3166-1 country`, [
      {
        field: '/address/country',
        code: 'unknown_country',
        message: 'must be an ISO 3166-1 alpha-2 country code, e.g. "DE"',
      },
    ]);
  }
  return { street: address.street, postalCode: address.postalCode, city: address.city, country };
}

/** Answers `address` in the form it was given: the structured object, else the free text. */
function detailsView(details: BillingDetails) {
  return {
    legalName: details.legalName ?? null,
    address: details.postalAddress ?? details.address ?? null,
    vatId: details.vatId ?? null,
    email: details.email ?? null,
    vatRate: formatCents(details.vatRateBasisPoints),
    reverseCharge: details.reverseCharge,
    buyerReference: details.buyerReference ?? null,
  };
}
