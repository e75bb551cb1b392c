import { Temporal } from 'temporal-polyfill';
import { timeZoneOfAccount } from '../accounts/account-time-zone.js';
import { parseCents } from '../domain/money.js';
import type { Store } from '../store/store.js';
import type { Catalog } from './catalog.js';
import type { Invoice } from './invoice.js';
import { InvoiceRequestRefusedError, UnknownInvoiceError } from './invoice-errors.js';
import type { InvoicePayment, PaymentMethod } from './invoice-payment-repository.js';
import { issueCreditNote } from './issue-credit-note.js';
import { recordInvoicePayment } from './record-invoice-payment.js';
import { type SettledInvoiceDetail, settleInvoices } from './settled-invoices.js';

/**
 * Payments and credit notes as a client states them — amounts as decimal text, dates as
 * text — checked and carried out; any refusal is an `InvoiceRequestRefusedError` naming the
 * field, with nothing written.
 */

export interface PaymentInput {
  /** Decimal euros, e.g. "119.00". */
  amount: string;
  currency: string;
  /** YYYY-MM-DD, the day it was paid. */
  date: string;
  method: PaymentMethod;
  reference?: string;
}

export async function payInvoice(
  store: Store,
  catalog: Catalog,
  invoice: Invoice,
  input: PaymentInput,
  now: number,
): Promise<{ payment: InvoicePayment; settled: SettledInvoiceDetail }> {
  const zone = await timeZoneOfAccount(store, invoice.accountId);
  const amount = parseCents(input.amount);
  if (amount === undefined || amount === 0) {
    throw new InvoiceRequestRefusedError(
      '/amount',
      'format',
      'must be a positive amount like "12.50", at most two decimals',
    );
  }
  // "Today" is the account's, by the business clock, as every other date of the invoice.
  const date = plainDateOf(input.date);
  const today = Temporal.Instant.fromEpochMilliseconds(now).toZonedDateTimeISO(zone).toPlainDate();
  if (!date) throw new InvoiceRequestRefusedError('/date', 'format', 'must be a date like "2026-03-14"');
  if (Temporal.PlainDate.compare(date, today) > 0) {
    throw new InvoiceRequestRefusedError('/date', 'future', `must not be after today (${today.toString()})`);
  }
  const outcome = await recordInvoicePayment(
    store,
    catalog,
    invoice,
    zone,
    {
      amount,
      currency: input.currency,
      date: date.toString(),
      method: input.method,
      ...(input.reference === undefined ? {} : { reference: input.reference }),
    },
    now,
  );
  if (!outcome.ok) throw new InvoiceRequestRefusedError(outcome.field, outcome.code, outcome.message);
  const [settled] = await settleInvoices(store, catalog, [outcome.invoice], now);
  if (!settled) throw new Error('unreachable: one invoice settled, one answered');
  return { payment: outcome.payment, settled };
}

/** Corrects an invoice with a credit note: in full, or for `amount` net euros. */
export async function creditInvoice(
  store: Store,
  catalog: Catalog,
  invoiceId: string,
  input: { reason: string; amount?: string },
  now: number,
): Promise<{ creditNote: Invoice; timeZone: string }> {
  const amount = input.amount === undefined ? undefined : parseCents(input.amount);
  if (input.amount !== undefined && (amount === undefined || amount === 0)) {
    throw new InvoiceRequestRefusedError('/amount', 'format', 'must be a positive amount like "12.50"');
  }
  const outcome = await issueCreditNote(
    store,
    catalog,
    invoiceId,
    { reason: input.reason, ...(amount === undefined ? {} : { amount }) },
    now,
  );
  if (!outcome.ok) {
    if (outcome.code === 'not_found') throw new UnknownInvoiceError(invoiceId);
    throw new InvoiceRequestRefusedError('/amount', outcome.code, outcome.message);
  }
  return {
    creditNote: outcome.creditNote,
    timeZone: await timeZoneOfAccount(store, outcome.creditNote.accountId),
  };
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
