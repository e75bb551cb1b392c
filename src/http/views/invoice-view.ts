import type { Invoice } from '../../billing/invoice.js';
import { reverseChargeNote } from '../../billing/invoice.js';
import type { InvoicePayment } from '../../billing/invoice-payment-repository.js';
import type { SettledInvoiceDetail } from '../../billing/settled-invoices.js';
import { formatCents } from '../../domain/money.js';
import { formatInstantIn } from '../instants.js';
import { linesView, moneyView } from './money-view.js';

/** An invoice or credit note as issued, its instants in the account's zone. */
export function issuedInvoiceView(invoice: Invoice, zone: string) {
  const money = (cents: number) => moneyView(cents, invoice.currency);
  return {
    id: invoice.id,
    number: invoice.number,
    kind: invoice.kind,
    accountId: invoice.accountId,
    issuedAt: formatInstantIn(invoice.issuedAt, zone),
    ...(invoice.period && {
      period: {
        start: formatInstantIn(invoice.period.start, zone),
        end: formatInstantIn(invoice.period.end, zone),
      },
    }),
    seller: invoice.seller,
    buyer: invoice.buyer,
    lines: linesView(invoice.lines, invoice.currency),
    net: money(invoice.net),
    vatRate: formatCents(invoice.vatRateBasisPoints),
    vat: money(invoice.vat),
    total: money(invoice.total),
    reverseCharge: invoice.reverseCharge,
    notes: invoice.reverseCharge ? [reverseChargeNote] : [],
    correctsInvoiceId: invoice.correctsInvoiceId ?? null,
    pdf: `/v1/invoices/${invoice.id}/pdf`,
  };
}

export function paymentView(payment: InvoicePayment, zone: string) {
  return {
    id: payment.id,
    amount: moneyView(payment.amount, payment.currency),
    date: payment.date,
    method: payment.method,
    reference: payment.reference ?? null,
    recordedAt: formatInstantIn(payment.recordedAt, zone),
  };
}

/** An invoice with its status, due date, what is paid and due, and its payments. */
export function invoiceView(settled: SettledInvoiceDetail) {
  const { invoice, timeZone, settlement } = settled;
  return {
    ...issuedInvoiceView(invoice, timeZone),
    status: settlement.status,
    dueDate: settled.due?.date ?? null,
    amountPaid: moneyView(settlement.amountPaid, invoice.currency),
    amountDue: moneyView(settlement.amountDue, invoice.currency),
    payments: settled.payments.map((payment) => paymentView(payment, timeZone)),
  };
}
