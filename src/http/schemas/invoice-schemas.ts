import { Type } from 'typebox';
import { invoiceKinds } from '../../billing/invoice.js';
import { paymentMethods } from '../../billing/invoice-payment-repository.js';
import { invoiceStatuses } from '../../billing/invoice-status.js';
import { limitParameter, type PageLimit } from '../page-limit.js';
import { Instant } from './common-schemas.js';
import { Money, MoneyLine } from './money-schema.js';

export const invoicePage: PageLimit = { max: 500, fallback: 100 };

export const InvoiceParams = Type.Object(
  { id: Type.String({ maxLength: 64, examples: ['inv_01JD8Z3Q6V'] }) },
  { additionalProperties: false },
);

export const InvoiceListQuery = Type.Object(
  {
    accountId: Type.Optional(
      Type.String({ maxLength: 64, description: 'Operator only: one account’s invoices' }),
    ),
    after: Type.Optional(
      Type.String({ pattern: '^TLY-[0-9]{6,}$', description: 'The last number of the previous page' }),
    ),
    limit: Type.Optional(Type.String(limitParameter(invoicePage))),
    status: Type.Optional(
      Type.Enum([...invoiceStatuses], { description: 'Only invoices in this status now' }),
    ),
  },
  { additionalProperties: false },
);

const PostalAddress = Type.Object(
  {
    street: Type.String(),
    postalCode: Type.String(),
    city: Type.String(),
    country: Type.String({ description: 'ISO 3166-1 alpha-2', examples: ['DE'] }),
  },
  { additionalProperties: false },
);

/** Seller or buyer as they were when the invoice was issued; older invoices lack the structured parts. */
const Party = Type.Object(
  {
    name: Type.String({ examples: ['Łukasz Żółć Sp. z o.o.'] }),
    address: Type.Optional(Type.String({ description: 'The address on one line, as the PDF prints it' })),
    vatId: Type.Optional(Type.String({ examples: ['PL5260250274'] })),
    email: Type.Optional(Type.String()),
    postalAddress: Type.Optional(PostalAddress),
    buyerReference: Type.Optional(Type.String({ description: 'BT-10, e.g. a Leitweg-ID' })),
    electronicAddress: Type.Optional(Type.String({ description: 'Seller: BT-34' })),
    legalRegistrationId: Type.Optional(Type.String({ description: 'Seller: BT-30' })),
    taxNumber: Type.Optional(Type.String({ description: 'Seller: BT-32' })),
    contact: Type.Optional(
      Type.Object(
        { name: Type.String(), phone: Type.String(), email: Type.String() },
        { additionalProperties: false },
      ),
    ),
    bankAccount: Type.Optional(
      Type.Object(
        { iban: Type.String(), bic: Type.Optional(Type.String()), accountName: Type.Optional(Type.String()) },
        { additionalProperties: false },
      ),
    ),
    paymentTermsDays: Type.Optional(Type.Integer({ minimum: 0 })),
  },
  { additionalProperties: false },
);

const issuedInvoiceProperties = {
  id: Type.String({ examples: ['inv_01JD8Z3Q6V'] }),
  number: Type.String({ pattern: '^TLY-[0-9]{6,}$', examples: ['TLY-000042'] }),
  kind: Type.Enum([...invoiceKinds]),
  accountId: Type.String({ examples: ['acme'] }),
  issuedAt: Instant,
  period: Type.Optional(
    Type.Object({ start: Instant, end: Instant }, { additionalProperties: false, description: 'BT-73/74' }),
  ),
  seller: Party,
  buyer: Party,
  lines: Type.Array(MoneyLine),
  net: Money,
  vatRate: Type.String({ description: 'Percent', examples: ['19.00'] }),
  vat: Money,
  total: Money,
  reverseCharge: Type.Boolean(),
  notes: Type.Array(Type.String(), { description: 'Legal notes printed on the invoice' }),
  correctsInvoiceId: Type.Union([Type.String(), Type.Null()], {
    description: 'For a credit note: the invoice it corrects',
  }),
  pdf: Type.String({ description: 'Where the PDF is', examples: ['/v1/invoices/inv_01JD8Z3Q6V/pdf'] }),
};

/** A credit note as issued: its amounts, without payment status. */
export const IssuedInvoice = Type.Object(issuedInvoiceProperties, { additionalProperties: false });

export const Payment = Type.Object(
  {
    id: Type.String({ examples: ['pay_9f2c4b1e7a3d'] }),
    amount: Money,
    date: Type.String({ format: 'date', examples: ['2026-03-14'] }),
    method: Type.Enum([...paymentMethods]),
    reference: Type.Union([Type.String(), Type.Null()], { examples: ['SEPA EREF 2026-0314'] }),
    recordedAt: Instant,
  },
  { additionalProperties: false },
);

/** An invoice with what is paid and due at the business clock's now. */
export const Invoice = Type.Object(
  {
    ...issuedInvoiceProperties,
    status: Type.Enum([...invoiceStatuses]),
    dueDate: Type.Union([Type.String({ format: 'date' }), Type.Null()], {
      description: 'The last day to pay, in the account’s time zone; none for a credit note',
    }),
    amountPaid: Money,
    amountDue: Money,
    payments: Type.Array(Payment),
  },
  {
    additionalProperties: false,
    examples: [
      {
        id: 'inv_01JD8Z3Q6V',
        number: 'TLY-000042',
        kind: 'overusage',
        accountId: 'acme',
        issuedAt: '2026-04-01T01:00:00+02:00',
        period: { start: '2026-03-01T00:00:00+01:00', end: '2026-04-01T00:00:00+02:00' },
        seller: { name: 'Tally GmbH', vatId: 'DE123456789' },
        buyer: { name: 'Acme GmbH', vatId: 'DE811907980' },
        lines: [
          {
            description: 'Overusage 2026-03-01 – 2026-04-01: 1,120 active contacts, allowance 1,000',
            quantity: 120,
            unitPrice: { amount: '0.50', currency: 'EUR' },
            amount: { amount: '60.00', currency: 'EUR' },
          },
        ],
        net: { amount: '60.00', currency: 'EUR' },
        vatRate: '19.00',
        vat: { amount: '11.40', currency: 'EUR' },
        total: { amount: '71.40', currency: 'EUR' },
        reverseCharge: false,
        notes: [],
        correctsInvoiceId: null,
        pdf: '/v1/invoices/inv_01JD8Z3Q6V/pdf',
        status: 'open',
        dueDate: '2026-04-15',
        amountPaid: { amount: '0.00', currency: 'EUR' },
        amountDue: { amount: '71.40', currency: 'EUR' },
        payments: [],
      },
    ],
  },
);

export const InvoiceList = Type.Object(
  {
    data: Type.Array(Invoice),
    nextAfter: Type.Union([Type.String(), Type.Null()], {
      description: 'Pass as `after` for the next page; null on the last',
    }),
  },
  { additionalProperties: false },
);

export const CreditNoteBody = Type.Object(
  {
    reason: Type.String({ minLength: 1, maxLength: 500 }),
    amount: Type.Optional(
      Type.String({ maxLength: 16, description: 'Net euros to credit, e.g. "12.50"; default: everything' }),
    ),
  },
  { additionalProperties: false, examples: [{ reason: 'Goodwill for the March outage', amount: '12.50' }] },
);

export const PaymentBody = Type.Object(
  {
    amount: Type.String({ maxLength: 16, description: 'e.g. "119.00", > 0, at most 2 decimals' }),
    currency: Type.String({ maxLength: 3, description: 'The invoice’s currency' }),
    date: Type.String({ maxLength: 10, description: 'The day it was paid (YYYY-MM-DD), not in the future' }),
    method: Type.Enum([...paymentMethods]),
    reference: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
  },
  {
    additionalProperties: false,
    examples: [
      {
        amount: '71.40',
        currency: 'EUR',
        date: '2026-04-10',
        method: 'bank_transfer',
        reference: 'TLY-000042',
      },
    ],
  },
);

export const RecordedPayment = Type.Object(
  { payment: Payment, invoice: Invoice },
  { additionalProperties: false },
);
