import type { FastifyPluginAsync } from 'fastify';
import { Temporal } from 'temporal-polyfill';
import { eInvoiceOf } from '../../billing/e-invoice/e-invoice-of-invoice.js';
import type { Invoice } from '../../billing/invoice.js';
import { reverseChargeNote } from '../../billing/invoice.js';
import { type InvoicePayment, paymentMethods, paymentsOf } from '../../billing/invoice-payment-repository.js';
import { renderInvoicePdf } from '../../billing/invoice-pdf.js';
import { findInvoice, listInvoices } from '../../billing/invoice-repository.js';
import { type InvoiceStatus, invoiceStatuses } from '../../billing/invoice-status.js';
import { issueCreditNote } from '../../billing/issue-credit-note.js';
import { type PaymentRequest, recordInvoicePayment } from '../../billing/record-invoice-payment.js';
import { settledInvoices } from '../../billing/settled-invoices.js';
import { formatCents, parseCents } from '../../domain/money.js';
import { accountTimeZone } from '../account-time-zone.js';
import type { AppContext, Caller } from '../app-context.js';
import { formatInstantIn } from '../instants.js';
import { limitParameter, type PageLimit, pageLimitOrThrow } from '../page-limit.js';
import { Problem } from '../problem.js';

const idParams = {
  type: 'object',
  properties: { id: { type: 'string', maxLength: 64 } },
  required: ['id'],
} as const;

/** Says whether the PDF is a Factur-X hybrid (`embedded`) or a PDF without e-invoice (`absent`). */
const eInvoiceHeader = 'tally-e-invoice';

const invoicePage: PageLimit = { max: 500, fallback: 100 };

export const invoiceRoutes =
  (context: AppContext): FastifyPluginAsync =>
  async (app) => {
    const money = (cents: number) => ({ amount: formatCents(cents), currency: 'EUR' });
    const paymentView = (payment: InvoicePayment, zone: string) => ({
      id: payment.id,
      amount: { amount: formatCents(payment.amount), currency: payment.currency },
      date: payment.date,
      method: payment.method,
      reference: payment.reference ?? null,
      recordedAt: formatInstantIn(payment.recordedAt, zone),
    });
    /**
     * Invoices with what is paid and due at the business clock's now: their payments and credit
     * notes read in two queries per page, and each account's zone once.
     */
    const settledViews = async (invoices: readonly Invoice[]) => {
      const zones = new Map<string, string>();
      for (const invoice of invoices) {
        if (!zones.has(invoice.accountId))
          zones.set(invoice.accountId, await accountTimeZone(context, invoice.accountId));
      }
      const ids = invoices.map((invoice) => invoice.id);
      const payments = await paymentsOf(context.store.db, ids);
      const settled = await settledInvoices(
        context.store.db,
        invoices,
        context.catalog.seller,
        (invoice) => zones.get(invoice.accountId) ?? 'UTC',
        context.clock.now(),
      );
      return settled.map(({ invoice, due, settlement }) => {
        const zone = zones.get(invoice.accountId) ?? 'UTC';
        return {
          invoice,
          status: settlement.status,
          view: {
            ...view(invoice, zone),
            status: settlement.status,
            dueDate: due?.date ?? null,
            amountPaid: money(settlement.amountPaid),
            amountDue: money(settlement.amountDue),
            payments: (payments.get(invoice.id) ?? []).map((payment) => paymentView(payment, zone)),
          },
        };
      });
    };
    const view = (invoice: Invoice, zone: string) => ({
      id: invoice.id,
      number: invoice.number,
      kind: invoice.kind,
      accountId: invoice.accountId,
      issuedAt: formatInstantIn(invoice.issuedAt, zone),
      period: invoice.period && {
        start: formatInstantIn(invoice.period.start, zone),
        end: formatInstantIn(invoice.period.end, zone),
      },
      seller: invoice.seller,
      buyer: invoice.buyer,
      lines: invoice.lines.map((line) => ({
        description: line.description,
        quantity: line.quantity,
        unitPrice: money(line.unitPrice),
        amount: money(line.amount),
      })),
      net: money(invoice.net),
      vatRate: formatCents(invoice.vatRateBasisPoints),
      vat: money(invoice.vat),
      total: money(invoice.total),
      reverseCharge: invoice.reverseCharge,
      notes: invoice.reverseCharge ? [reverseChargeNote] : [],
      correctsInvoiceId: invoice.correctsInvoiceId ?? null,
      pdf: `/v1/invoices/${invoice.id}/pdf`,
    });
    /** The invoice if the caller may see it; another account's answers exactly like a missing one. */
    const visibleInvoice = async (caller: Caller, id: string) => {
      const invoice = await findInvoice(context.store.db, id);
      if (!invoice || (caller.kind === 'account' && caller.accountId !== invoice.accountId)) {
        throw new Problem('not_found', `no invoice ${id}`);
      }
      return invoice;
    };
    /** The e-invoice of an invoice, built the same way for the XML endpoint and the PDF that embeds it. */
    const eInvoiceFor = async (invoice: Invoice) => {
      const corrects = invoice.correctsInvoiceId
        ? await findInvoice(context.store.db, invoice.correctsInvoiceId)
        : undefined;
      const timeZone = await accountTimeZone(context, invoice.accountId);
      const outcome = eInvoiceOf(invoice, { timeZone, catalogSeller: context.catalog.seller, corrects });
      return { outcome, corrects, timeZone };
    };

    app.get<{ Querystring: { accountId?: string; after?: string; limit?: string; status?: InvoiceStatus } }>(
      '/v1/invoices',
      {
        schema: {
          tags: ['invoices'],
          summary:
            'Invoices and credit notes in number order, with status, due date and amount due (status filters; the operator may filter by accountId)',
          querystring: {
            type: 'object',
            additionalProperties: false,
            properties: {
              accountId: { type: 'string', maxLength: 64 },
              after: {
                type: 'string',
                pattern: '^TLY-[0-9]{6,}$',
                description: 'the last number of the previous page',
              },
              limit: limitParameter(invoicePage),
              status: { type: 'string', enum: [...invoiceStatuses] },
            },
          },
        },
        config: { access: 'any' },
      },
      async (request) => {
        const caller = request.caller;
        const limit = pageLimitOrThrow(request.query.limit, invoicePage);
        const accountId = caller.kind === 'account' ? caller.accountId : request.query.accountId;
        if (
          caller.kind === 'account' &&
          request.query.accountId !== undefined &&
          request.query.accountId !== caller.accountId
        ) {
          return { data: [], nextAfter: null };
        }
        const status = request.query.status;
        let after = request.query.after === undefined ? undefined : Number(request.query.after.slice(4));
        // A status depends on the clock, payments and credit notes, so the filter runs on each
        // page read in number order until the page is full or the invoices run out.
        const batch = status === undefined ? limit : invoicePage.max;
        const data: Awaited<ReturnType<typeof settledViews>> = [];
        for (;;) {
          const invoices = await listInvoices(context.store.db, accountId, {
            limit: batch,
            ...(after === undefined ? {} : { after }),
          });
          for (const settled of await settledViews(invoices)) {
            if (data.length < limit && (status === undefined || settled.status === status))
              data.push(settled);
          }
          if (invoices.length < batch || data.length === limit) break;
          after = invoices.at(-1)?.sequence;
        }
        return {
          data: data.map((settled) => settled.view),
          nextAfter: data.length === limit ? (data.at(-1)?.invoice.number ?? null) : null,
        };
      },
    );

    app.get<{ Params: { id: string } }>(
      '/v1/invoices/:id',
      {
        schema: { tags: ['invoices'], summary: 'One invoice or credit note', params: idParams },
        config: { access: 'any' },
      },
      async (request) => {
        const invoice = await visibleInvoice(request.caller, request.params.id);
        const [settled] = await settledViews([invoice]);
        return settled?.view;
      },
    );

    app.get<{ Params: { id: string } }>(
      '/v1/invoices/:id/pdf',
      {
        schema: {
          tags: ['invoices'],
          summary:
            'The invoice as PDF/A-3; a ZUGFeRD / Factur-X hybrid carrying the e-invoice as factur-x.xml when it has one (header tally-e-invoice: embedded | absent)',
          params: idParams,
        },
        config: { access: 'any' },
      },
      async (request, reply) => {
        const invoice = await visibleInvoice(request.caller, request.params.id);
        const { outcome, corrects, timeZone } = await eInvoiceFor(invoice);
        // An invoice without an e-invoice still has its readable PDF; the header tells a client
        // which it got, and GET …/e-invoice's 409 tells it what is missing.
        const pdf = await renderInvoicePdf(invoice, timeZone, {
          corrects,
          facturX: outcome.ok
            ? { xml: outcome.xml, guideline: outcome.guideline, issuedAt: invoice.issuedAt }
            : undefined,
        });
        return reply
          .type('application/pdf')
          .header('content-disposition', `attachment; filename="${invoice.number}.pdf"`)
          .header(eInvoiceHeader, outcome.ok ? 'embedded' : 'absent')
          .send(pdf);
      },
    );

    app.get<{ Params: { id: string } }>(
      '/v1/invoices/:id/e-invoice',
      {
        schema: {
          tags: ['invoices'],
          summary:
            'The invoice as EN 16931 UN/CEFACT CII XML (XRechnung 3.0 when the buyer gave a buyer reference)',
          params: idParams,
        },
        config: { access: 'any' },
      },
      async (request, reply) => {
        const invoice = await visibleInvoice(request.caller, request.params.id);
        const { outcome } = await eInvoiceFor(invoice);
        if (!outcome.ok) {
          throw new Problem(
            'e_invoice_incomplete',
            `invoice ${invoice.number} lacks what an e-invoice requires: ${outcome.missing.map((part) => part.field).join(', ')}`,
            outcome.missing.map((part) => ({ field: part.field, code: 'missing', message: part.message })),
          );
        }
        return reply
          .type('application/xml; charset=utf-8')
          .header('content-disposition', `attachment; filename="${invoice.number}.xml"`)
          .send(outcome.xml);
      },
    );

    app.post<{ Params: { id: string }; Body: { reason: string; amount?: string } }>(
      '/v1/invoices/:id/credit-notes',
      {
        schema: {
          tags: ['invoices'],
          summary: 'Correct an invoice with a credit note: the whole invoice, or a net amount',
          params: idParams,
          body: {
            type: 'object',
            additionalProperties: false,
            required: ['reason'],
            properties: {
              reason: { type: 'string', minLength: 1, maxLength: 500 },
              amount: {
                type: 'string',
                maxLength: 16,
                description: 'net euros to credit, e.g. "12.50"; default: everything',
              },
            },
          },
        },
        config: { access: 'operator' },
      },
      async (request, reply) => {
        const amount = request.body.amount === undefined ? undefined : parseCents(request.body.amount);
        if (request.body.amount !== undefined && (amount === undefined || amount === 0)) {
          throw new Problem(
            'validation_failed',
            '/amount must be a positive amount in euros with at most two decimals',
            [{ field: '/amount', code: 'format', message: 'must be a positive amount like "12.50"' }],
          );
        }
        const outcome = await issueCreditNote(
          context.store,
          context.catalog,
          request.params.id,
          { reason: request.body.reason, ...(amount === undefined ? {} : { amount }) },
          context.clock.now(),
        );
        if (!outcome.ok) {
          if (outcome.code === 'not_found') throw new Problem('not_found', outcome.message);
          throw new Problem('validation_failed', outcome.message, [
            { field: '/amount', code: outcome.code, message: outcome.message },
          ]);
        }
        return reply
          .code(201)
          .send(view(outcome.creditNote, await accountTimeZone(context, outcome.creditNote.accountId)));
      },
    );

    app.post<{ Params: { id: string }; Body: PaymentBody }>(
      '/v1/invoices/:id/payments',
      {
        schema: {
          tags: ['invoices'],
          summary:
            'Record a payment against an invoice: partial payments add up; never more than is due, never on a void invoice',
          params: idParams,
          body: {
            type: 'object',
            additionalProperties: false,
            required: ['amount', 'currency', 'date', 'method'],
            properties: {
              amount: {
                type: 'string',
                maxLength: 16,
                description: 'e.g. "119.00", > 0, at most 2 decimals',
              },
              currency: { type: 'string', maxLength: 3, description: 'the invoice’s currency' },
              date: {
                type: 'string',
                maxLength: 10,
                description: 'the day it was paid (YYYY-MM-DD), not in the future',
              },
              method: { type: 'string', enum: [...paymentMethods] },
              reference: { type: 'string', minLength: 1, maxLength: 200 },
            },
          },
        },
        config: { access: 'any' },
      },
      async (request, reply) => {
        const invoice = await visibleInvoice(request.caller, request.params.id);
        const zone = await accountTimeZone(context, invoice.accountId);
        const now = context.clock.now();
        const body = request.body;
        const amount = parseCents(body.amount);
        if (amount === undefined || amount === 0) {
          throw fieldProblem(
            '/amount',
            'format',
            'must be a positive amount like "12.50", at most two decimals',
          );
        }
        // "Today" is the account's, by the business clock, as every other date of the invoice.
        const date = plainDateOf(body.date);
        const today = Temporal.Instant.fromEpochMilliseconds(now).toZonedDateTimeISO(zone).toPlainDate();
        if (!date) throw fieldProblem('/date', 'format', 'must be a date like "2026-03-14"');
        if (Temporal.PlainDate.compare(date, today) > 0) {
          throw fieldProblem('/date', 'future', `must not be after today (${today.toString()})`);
        }
        const payment: PaymentRequest = {
          amount,
          currency: body.currency,
          date: date.toString(),
          method: body.method,
          ...(body.reference === undefined ? {} : { reference: body.reference }),
        };
        const outcome = await recordInvoicePayment(
          context.store,
          context.catalog,
          invoice,
          zone,
          payment,
          now,
        );
        if (!outcome.ok) throw fieldProblem(outcome.field, outcome.code, outcome.message);
        if (outcome.settlement.status === 'paid') context.notifications?.kick();
        const [settled] = await settledViews([outcome.invoice]);
        return reply.code(201).send({ payment: paymentView(outcome.payment, zone), invoice: settled?.view });
      },
    );
  };

type PaymentBody = {
  amount: string;
  currency: string;
  date: string;
  method: PaymentRequest['method'];
  reference?: string;
};

/** A 400 that names the field; nothing has been written when it is thrown. */
function fieldProblem(field: string, code: string, message: string): Problem {
  return new Problem('validation_failed', `${field} ${message}`, [{ field, code, message }]);
}

/** A real calendar day in YYYY-MM-DD (no 30 February), or undefined. */
function plainDateOf(text: string): Temporal.PlainDate | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return undefined;
  try {
    return Temporal.PlainDate.from(text, { overflow: 'reject' });
  } catch {
    return undefined;
  }
}
