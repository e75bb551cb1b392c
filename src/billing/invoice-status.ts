import type { Cents } from '../domain/money.js';
import type { DueDate } from './due-date.js';
import type { Invoice } from './invoice.js';

export const invoiceStatuses = ['open', 'paid', 'overdue', 'void'] as const;
export type InvoiceStatus = (typeof invoiceStatuses)[number];

/** What has happened to an invoice since it was issued: payments and credit notes against it. */
export interface InvoiceSettlementFacts {
  /** The sum of its payments. */
  paid: Cents;
  /** The sum of its credit notes' nets and totals, as positive amounts. */
  creditedNet: Cents;
  creditedTotal: Cents;
}

export interface InvoiceSettlement {
  status: InvoiceStatus;
  amountPaid: Cents;
  amountDue: Cents;
}

/**
 * An invoice's status at `now` (the business clock), decision 0046:
 * - `void` once credit notes correct its whole net; nothing is due any more.
 * - Otherwise the amount due is the total, less the credit notes' totals (a partial credit
 *   note lowers what is to be paid by its gross amount), less the payments; never below zero
 *   (a credit larger than what is still unpaid is set off against other invoices, as the
 *   credit note's e-invoice says).
 * - `paid` when nothing is due; `overdue` from the day after the due date while something is;
 *   `open` before.
 * A credit note asks for no payment (it is set off): it is `paid` from its issue, with nothing due.
 */
export function settlementOf(
  invoice: Invoice,
  facts: InvoiceSettlementFacts,
  due: DueDate | undefined,
  now: number,
): InvoiceSettlement {
  if (invoice.kind === 'credit_note' || due === undefined) {
    return { status: 'paid', amountPaid: 0, amountDue: 0 };
  }
  if (invoice.net > 0 && facts.creditedNet >= invoice.net) {
    return { status: 'void', amountPaid: facts.paid, amountDue: 0 };
  }
  const amountDue = Math.max(0, invoice.total - facts.creditedTotal - facts.paid);
  const status = amountDue === 0 ? 'paid' : now >= due.overdueFrom ? 'overdue' : 'open';
  return { status, amountPaid: facts.paid, amountDue };
}
