import { Temporal } from 'temporal-polyfill';
import { defaultPaymentTermsDays } from './catalog.js';
import type { Invoice, Party } from './invoice.js';

/** When an invoice is to be paid, the same for the API and the e-invoice (BT-9). */
export interface DueDate {
  /** The last day to pay, in the account's time zone (YYYY-MM-DD). */
  date: string;
  /** The issue instant plus the terms in calendar days there: what the e-invoice dates BT-9 by. */
  dueAt: number;
  /** The first instant of the day after the due date: from then on an unpaid invoice is overdue. */
  overdueFrom: number;
  days: number;
}

/**
 * The due date of an invoice: its seller's payment terms (stored with the invoice, so a later
 * catalog change never moves it; invoices issued before the catalog carried terms take the
 * current catalog's, as the e-invoice does) counted in calendar days from the issue date in
 * the account's time zone, so a DST change never moves it to another day. A credit note asks
 * for no payment and has none.
 */
export function dueDateOf(invoice: Invoice, catalogSeller: Party, timeZone: string): DueDate | undefined {
  if (invoice.kind === 'credit_note') return undefined;
  const days = invoice.seller.paymentTermsDays ?? catalogSeller.paymentTermsDays ?? defaultPaymentTermsDays;
  const due = Temporal.Instant.fromEpochMilliseconds(invoice.issuedAt)
    .toZonedDateTimeISO(timeZone)
    .add({ days });
  const date = due.toPlainDate();
  return {
    date: date.toString(),
    dueAt: due.epochMilliseconds,
    overdueFrom: date.add({ days: 1 }).toZonedDateTime({ timeZone }).epochMilliseconds,
    days,
  };
}
