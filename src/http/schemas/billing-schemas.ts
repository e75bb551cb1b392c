import { type Static, Type } from 'typebox';

export const CloseBody = Type.Object(
  {
    asOf: Type.Optional(
      Type.String({
        maxLength: 64,
        description: 'Close as of this RFC 3339 instant, not in the future (default: now)',
        examples: ['2026-04-01T02:00:00+02:00'],
      }),
    ),
  },
  { additionalProperties: false, examples: [{ asOf: '2026-04-01T02:00:00+02:00' }] },
);

export const CloseReport = Type.Object(
  {
    accounts: Type.Integer({ minimum: 0, description: 'Accounts that had something due' }),
    monthsClosed: Type.Integer({ minimum: 0 }),
    overusageInvoices: Type.Integer({ minimum: 0 }),
    upfrontInvoices: Type.Integer({ minimum: 0 }),
  },
  {
    additionalProperties: false,
    examples: [{ accounts: 120, monthsClosed: 120, overusageInvoices: 14, upfrontInvoices: 9 }],
  },
);

export const OverdueSweepReport = Type.Object(
  { announced: Type.Integer({ minimum: 0, description: 'Invoices announced overdue by this sweep' }) },
  { additionalProperties: false, examples: [{ announced: 3 }] },
);

const PostalAddress = Type.Object(
  {
    street: Type.String({ minLength: 1, maxLength: 200, examples: ['ul. Świętokrzyska 12'] }),
    postalCode: Type.String({ minLength: 1, maxLength: 16, examples: ['00-916'] }),
    city: Type.String({ minLength: 1, maxLength: 100, examples: ['Warszawa'] }),
    country: Type.String({
      pattern: '^[A-Za-z]{2}$',
      description: 'ISO 3166-1 alpha-2, e.g. "DE"',
      examples: ['PL'],
    }),
  },
  { additionalProperties: false },
);

const FreeTextAddress = Type.String({ minLength: 1, maxLength: 500 });

/**
 * `address` is either the structured object or the free text of old (decision 0042).
 * `if`/`then`/`else` rather than `oneOf`, so a bad object is reported by its own field
 * (`/address/country`), not by the string branch it was never meant for.
 */
const AddressInput = Type.Unsafe<string | Static<typeof PostalAddress>>({
  description: 'The structured address (needed for e-invoices), or free text as before',
  if: { type: 'string' },
  // biome-ignore lint/suspicious/noThenProperty: JSON Schema's conditional keyword.
  then: FreeTextAddress,
  else: PostalAddress,
});

export const BillingDetailsBody = Type.Object(
  {
    legalName: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    address: Type.Optional(AddressInput),
    vatId: Type.Optional(Type.String({ minLength: 1, maxLength: 32 })),
    email: Type.Optional(Type.String({ minLength: 3, maxLength: 254, pattern: '^[^@\\s]+@[^@\\s]+$' })),
    vatRate: Type.Optional(Type.String({ maxLength: 6, description: 'Percent, e.g. "19" or "7.5"' })),
    reverseCharge: Type.Optional(Type.Boolean()),
    buyerReference: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 100,
        description: 'BT-10, e.g. a Leitweg-ID; invoices are then XRechnung',
      }),
    ),
  },
  {
    additionalProperties: false,
    examples: [
      {
        legalName: 'Łukasz Żółć Sp. z o.o.',
        address: { street: 'ul. Świętokrzyska 12', postalCode: '00-916', city: 'Warszawa', country: 'PL' },
        vatId: 'PL5260250274',
        email: 'faktury@zolc.example',
        vatRate: '0',
        reverseCharge: true,
      },
    ],
  },
);

export const BillingDetails = Type.Object(
  {
    legalName: Type.Union([Type.String(), Type.Null()]),
    address: Type.Union([PostalAddress, Type.String(), Type.Null()], {
      description: 'In the form it was given: the structured address, else the free text',
    }),
    vatId: Type.Union([Type.String(), Type.Null()]),
    email: Type.Union([Type.String(), Type.Null()]),
    vatRate: Type.String({ description: 'Percent with two decimals', examples: ['19.00'] }),
    reverseCharge: Type.Boolean(),
    buyerReference: Type.Union([Type.String(), Type.Null()]),
  },
  {
    additionalProperties: false,
    examples: [
      {
        legalName: 'Acme GmbH',
        address: { street: 'Friedrichstraße 1', postalCode: '10117', city: 'Berlin', country: 'DE' },
        vatId: 'DE811907980',
        email: 'billing@acme.example',
        vatRate: '19.00',
        reverseCharge: false,
        buyerReference: null,
      },
    ],
  },
);
