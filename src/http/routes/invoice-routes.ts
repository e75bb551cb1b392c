import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { eInvoiceXmlOf, invoicePdfOf } from '../../billing/invoice-documents.js';
import { creditInvoice, payInvoice } from '../../billing/invoice-requests.js';
import { findVisibleInvoice, listSettledInvoices, settleInvoices } from '../../billing/settled-invoices.js';
import type { AppContext, Caller } from '../app-context.js';
import { pageLimitOrThrow } from '../page-limit.js';
import {
  CreditNoteBody,
  Invoice,
  InvoiceList,
  InvoiceListQuery,
  InvoiceParams,
  IssuedInvoice,
  invoicePage,
  PaymentBody,
  RecordedPayment,
} from '../schemas/invoice-schemas.js';
import { json, media, problems } from '../schemas/responses.js';
import { invoiceView, issuedInvoiceView, paymentView } from '../views/invoice-view.js';

/** Says whether the PDF is a Factur-X hybrid (`embedded`) or a PDF without e-invoice (`absent`). */
const eInvoiceHeader = 'tally-e-invoice';

/** Whose invoices a caller sees: an account its own, the operator every account's. */
const ownerOf = (caller: Caller) => (caller.kind === 'account' ? caller.accountId : undefined);

export const invoiceRoutes =
  (context: AppContext): FastifyPluginAsyncTypebox =>
  async (app) => {
    const { store, catalog, clock } = context;

    app.get(
      '/v1/invoices',
      {
        schema: {
          operationId: 'listInvoices',
          tags: ['invoices'],
          summary:
            'Invoices and credit notes in number order, with status, due date and amount due (status filters; the operator may filter by accountId)',
          querystring: InvoiceListQuery,
          response: { 200: json('A page of invoices', InvoiceList) },
        },
        config: { access: 'any' },
      },
      async (request) => {
        const limit = pageLimitOrThrow(request.query.limit, invoicePage);
        const owner = ownerOf(request.caller);
        // An account asking for another account's invoices sees none, as if there were none.
        if (
          owner !== undefined &&
          request.query.accountId !== undefined &&
          request.query.accountId !== owner
        ) {
          return { data: [], nextAfter: null };
        }
        const page = await listSettledInvoices(
          store,
          catalog,
          {
            accountId: owner ?? request.query.accountId,
            ...(request.query.status === undefined ? {} : { status: request.query.status }),
            ...(request.query.after === undefined ? {} : { afterNumber: request.query.after }),
            limit,
            maxBatch: invoicePage.max,
          },
          clock.now(),
        );
        return { data: page.data.map(invoiceView), nextAfter: page.nextAfter };
      },
    );

    app.get(
      '/v1/invoices/:id',
      {
        schema: {
          operationId: 'getInvoice',
          tags: ['invoices'],
          summary: 'One invoice or credit note',
          params: InvoiceParams,
          response: {
            200: json('The invoice with its status and payments', Invoice),
            ...problems('not_found'),
          },
        },
        config: { access: 'any' },
      },
      async (request) => {
        const invoice = await findVisibleInvoice(store, request.params.id, ownerOf(request.caller));
        const [settled] = await settleInvoices(store, catalog, [invoice], clock.now());
        if (!settled) throw new Error('unreachable: one invoice settled, one answered');
        return invoiceView(settled);
      },
    );

    app.get(
      '/v1/invoices/:id/pdf',
      {
        schema: {
          operationId: 'getInvoicePdf',
          tags: ['invoices'],
          summary:
            'The invoice as PDF/A-3; a ZUGFeRD / Factur-X hybrid carrying the e-invoice as factur-x.xml when it has one (header tally-e-invoice: embedded | absent)',
          params: InvoiceParams,
          response: {
            200: {
              ...media('The PDF, as an attachment named by the invoice number', {
                'application/pdf': 'binary',
              }),
              headers: {
                [eInvoiceHeader]: {
                  type: 'string',
                  enum: ['embedded', 'absent'],
                  description: '`embedded` when the PDF carries the e-invoice, `absent` when it cannot',
                },
              },
            },
            ...problems('not_found'),
          },
        },
        config: { access: 'any' },
      },
      async (request, reply) => {
        const invoice = await findVisibleInvoice(store, request.params.id, ownerOf(request.caller));
        const { pdf, eInvoiceEmbedded } = await invoicePdfOf(store, catalog, invoice);
        // GET …/e-invoice's 409 tells a client whose PDF is `absent` what is missing.
        return reply
          .type('application/pdf')
          .header('content-disposition', `attachment; filename="${invoice.number}.pdf"`)
          .header(eInvoiceHeader, eInvoiceEmbedded ? 'embedded' : 'absent')
          .send(pdf);
      },
    );

    app.get(
      '/v1/invoices/:id/e-invoice',
      {
        schema: {
          operationId: 'getEInvoice',
          tags: ['invoices'],
          summary:
            'The invoice as EN 16931 UN/CEFACT CII XML (XRechnung 3.0 when the buyer gave a buyer reference)',
          params: InvoiceParams,
          response: {
            200: media('The CII XML, as an attachment named by the invoice number', {
              'application/xml': 'text',
            }),
            ...problems('not_found', 'e_invoice_incomplete'),
          },
        },
        config: { access: 'any' },
      },
      async (request, reply) => {
        const invoice = await findVisibleInvoice(store, request.params.id, ownerOf(request.caller));
        const xml = await eInvoiceXmlOf(store, catalog, invoice);
        return reply
          .type('application/xml; charset=utf-8')
          .header('content-disposition', `attachment; filename="${invoice.number}.xml"`)
          .send(xml);
      },
    );

    app.post(
      '/v1/invoices/:id/credit-notes',
      {
        schema: {
          operationId: 'createCreditNote',
          tags: ['invoices'],
          summary: 'Correct an invoice with a credit note: the whole invoice, or a net amount',
          params: InvoiceParams,
          body: CreditNoteBody,
          response: { 201: json('The credit note, issued', IssuedInvoice), ...problems('not_found') },
        },
        config: { access: 'operator' },
      },
      async (request, reply) => {
        const { creditNote, timeZone } = await creditInvoice(
          store,
          catalog,
          request.params.id,
          request.body,
          clock.now(),
        );
        return reply.code(201).send(issuedInvoiceView(creditNote, timeZone));
      },
    );

    app.post(
      '/v1/invoices/:id/payments',
      {
        schema: {
          operationId: 'recordInvoicePayment',
          tags: ['invoices'],
          summary:
            'Record a payment against an invoice: partial payments add up; never more than is due, never on a void invoice',
          params: InvoiceParams,
          body: PaymentBody,
          response: {
            201: json('The payment and the invoice as it stands after it', RecordedPayment),
            ...problems('not_found'),
          },
        },
        config: { access: 'any' },
      },
      async (request, reply) => {
        const invoice = await findVisibleInvoice(store, request.params.id, ownerOf(request.caller));
        const { payment, settled } = await payInvoice(store, catalog, invoice, request.body, clock.now());
        // A payment that settles the invoice queued `invoice.paid`: deliver it now, not at the next tick.
        if (settled.settlement.status === 'paid') context.notifications?.kick();
        return reply
          .code(201)
          .send({ payment: paymentView(payment, settled.timeZone), invoice: invoiceView(settled) });
      },
    );
  };
