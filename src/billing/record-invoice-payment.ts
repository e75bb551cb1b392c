import { randomBytes } from 'node:crypto';
import { formatCents } from '../domain/money.js';
import { enqueueWebhookEvent } from '../notify/webhook-events.js';
import type { Store } from '../store/store.js';
import { inWriteTransaction } from '../store/write-transaction.js';
import { lockBillingState } from './billing-state-repository.js';
import type { Catalog } from './catalog.js';
import { dueDateOf } from './due-date.js';
import type { Invoice } from './invoice.js';
import {
  claimInvoiceNotice,
  type InvoicePayment,
  insertPayment,
  type PaymentMethod,
  settlementFactsOf,
} from './invoice-payment-repository.js';
import { findInvoice } from './invoice-repository.js';
import { type InvoiceSettlement, settlementOf } from './invoice-status.js';
import { invoiceStatusEventData } from './invoice-status-event.js';

export interface PaymentRequest {
  amount: number;
  currency: string;
  /** YYYY-MM-DD, already checked to be a real day not after today. */
  date: string;
  method: PaymentMethod;
  reference?: string;
}

export type PaymentOutcome =
  | { ok: true; payment: InvoicePayment; invoice: Invoice; settlement: InvoiceSettlement }
  | {
      ok: false;
      field: '/amount' | '/currency';
      code: 'not_payable' | 'invoice_void' | 'exceeds_amount_due' | 'currency_mismatch';
      message: string;
    };

/**
 * Records a payment against an invoice. The account's billing lock (the one credit notes and
 * month closes take) serialises it with every other payment and credit note of the account,
 * so two payments at once are checked one after the other and never together pay more than
 * is due, and a payment never lands on an invoice a concurrent credit note just voided. The
 * payment that settles the invoice queues `invoice.paid` in its own transaction.
 */
export async function recordInvoicePayment(
  store: Store,
  catalog: Catalog,
  invoice: Invoice,
  timeZone: string,
  request: PaymentRequest,
  now: number,
): Promise<PaymentOutcome> {
  const due = dueDateOf(invoice, catalog.seller, timeZone);
  if (!due) {
    return {
      ok: false,
      field: '/amount',
      code: 'not_payable',
      message: `${invoice.number} is a credit note: it is set off, not paid`,
    };
  }
  if (request.currency !== invoice.currency) {
    return {
      ok: false,
      field: '/currency',
      code: 'currency_mismatch',
      message: `invoice ${invoice.number} is in ${invoice.currency}, not ${request.currency}`,
    };
  }
  return inWriteTransaction(store, async (db): Promise<PaymentOutcome> => {
    await lockBillingState(db, store.dialect, invoice.accountId);
    // Read under the lock: what earlier payments and credit notes left due.
    const current = (await findInvoice(db, invoice.id)) ?? invoice;
    const facts = (await settlementFactsOf(db, [invoice.id])).get(invoice.id);
    if (!facts) throw new Error('unreachable: facts are returned for every id asked');
    const before = settlementOf(current, facts, due, now);
    if (before.status === 'void') {
      return {
        ok: false,
        field: '/amount',
        code: 'invoice_void',
        message: `invoice ${invoice.number} is void: a credit note corrects it in full`,
      };
    }
    if (request.amount > before.amountDue) {
      return {
        ok: false,
        field: '/amount',
        code: 'exceeds_amount_due',
        message: `at most ${formatCents(before.amountDue)} ${invoice.currency} is due on invoice ${invoice.number}`,
      };
    }
    const payment = await insertPayment(db, {
      account_id: invoice.accountId,
      payment_id: `pay_${randomBytes(8).toString('hex')}`,
      invoice_id: invoice.id,
      amount: request.amount,
      currency: request.currency,
      paid_on: request.date,
      method: request.method,
      reference: request.reference ?? null,
      recorded_at: now,
    });
    const settlement = settlementOf(current, { ...facts, paid: facts.paid + request.amount }, due, now);
    if (settlement.status === 'paid' && (await claimInvoiceNotice(db, current, 'paid', now))) {
      await enqueueWebhookEvent(
        db,
        invoice.accountId,
        'invoice.paid',
        invoiceStatusEventData(current, due, settlement),
        now,
      );
    }
    return { ok: true, payment, invoice: current, settlement };
  });
}
