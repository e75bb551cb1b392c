import { formatCents } from '../domain/money.js';
import type { DueDate } from './due-date.js';
import type { Invoice } from './invoice.js';
import type { InvoiceSettlement } from './invoice-status.js';

/**
 * The data of the `invoice.paid` and `invoice.overdue` webhooks: which invoice, its due date
 * and where it stands, so a receiver can act without calling back.
 */
export function invoiceStatusEventData(invoice: Invoice, due: DueDate, settlement: InvoiceSettlement) {
  const money = (cents: number) => ({ amount: formatCents(cents), currency: invoice.currency });
  return {
    accountId: invoice.accountId,
    invoiceId: invoice.id,
    number: invoice.number,
    kind: invoice.kind,
    status: settlement.status,
    dueDate: due.date,
    total: money(invoice.total),
    amountPaid: money(settlement.amountPaid),
    amountDue: money(settlement.amountDue),
  };
}
