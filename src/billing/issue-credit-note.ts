import { findAccount } from '../accounts/account-repository.js';
import { formatCents } from '../domain/money.js';
import { enqueueWebhookEvent } from '../notify/webhook-events.js';
import type { Store } from '../store/store.js';
import { inWriteTransaction } from '../store/write-transaction.js';
import { lockBillingState } from './billing-state-repository.js';
import type { Catalog } from './catalog.js';
import { dueDateOf } from './due-date.js';
import type { Invoice } from './invoice.js';
import type { InvoiceLine } from './invoice-line.js';
import { claimInvoiceNotice, settlementFactsOf } from './invoice-payment-repository.js';
import { findInvoice, issueInvoice } from './invoice-repository.js';
import { settlementOf } from './invoice-status.js';
import { invoiceStatusEventData } from './invoice-status-event.js';

export type CreditNoteOutcome =
  | { ok: true; creditNote: Invoice }
  | { ok: false; code: 'not_found' | 'not_creditable' | 'exceeds_invoice'; message: string };

/**
 * Corrects a finalized invoice the only way allowed: a credit note that references it,
 * for the whole invoice (every line reversed) or for a net amount, never for more than
 * what is left uncredited.
 */
export async function issueCreditNote(
  store: Store,
  catalog: Catalog,
  invoiceId: string,
  request: { reason: string; amount?: number },
  now: number,
): Promise<CreditNoteOutcome> {
  const original = await store.db
    .selectFrom('invoices')
    .select(['account_id'])
    .where('invoice_id', '=', invoiceId)
    .executeTakeFirst();
  if (!original) return { ok: false, code: 'not_found', message: `no invoice ${invoiceId}` };
  return inWriteTransaction(store, async (db) => {
    await lockBillingState(db, store.dialect, original.account_id);
    const invoice = await db
      .selectFrom('invoices')
      .selectAll()
      .where('invoice_id', '=', invoiceId)
      .executeTakeFirstOrThrow();
    if (invoice.kind === 'credit_note') {
      return { ok: false, code: 'not_creditable', message: 'a credit note cannot itself be credited' };
    }
    const earlier = await db
      .selectFrom('invoices')
      .select(['net'])
      .where('account_id', '=', invoice.account_id)
      .where('corrects_invoice_id', '=', invoiceId)
      .execute();
    const creditable = Number(invoice.net) + earlier.reduce((sum, note) => sum + Number(note.net), 0);
    const lines: InvoiceLine[] =
      request.amount === undefined
        ? (JSON.parse(invoice.lines) as InvoiceLine[]).map((line) => ({
            description: `Credit: ${line.description}`,
            quantity: line.quantity,
            unitPrice: -line.unitPrice,
            amount: -line.amount,
          }))
        : [
            {
              description: `Credit: ${request.reason}`,
              quantity: 1,
              unitPrice: -request.amount,
              amount: -request.amount,
            },
          ];
    const credited = -lines.reduce((sum, line) => sum + line.amount, 0);
    if (credited <= 0 || credited > creditable) {
      return {
        ok: false,
        code: 'exceeds_invoice',
        message: `at most €${formatCents(Math.max(0, creditable))} of invoice ${invoice.number} is left to credit`,
      };
    }
    const creditNote = await issueInvoice(
      db,
      store.dialect,
      invoice.account_id,
      {
        kind: 'credit_note',
        sourceKey: `credit:${invoiceId}:${earlier.length + 1}`,
        period:
          invoice.period_start === null || invoice.period_end === null
            ? undefined
            : { start: Number(invoice.period_start), end: Number(invoice.period_end) },
        lines: request.amount === undefined ? [...lines, reasonLine(request.reason)] : lines,
        correctsInvoiceId: invoiceId,
      },
      catalog.seller,
      now,
    );
    // A partial credit note can leave nothing due on a partly paid invoice (decision 0046):
    // the invoice is then paid, and says so once, as a settling payment would.
    const corrected = await findInvoice(db, invoiceId);
    const timeZone = (await findAccount(db, invoice.account_id))?.timeZone ?? 'UTC';
    const due = corrected && dueDateOf(corrected, catalog.seller, timeZone);
    const facts = (await settlementFactsOf(db, [invoiceId])).get(invoiceId);
    if (corrected && due && facts) {
      const settlement = settlementOf(corrected, facts, due, now);
      if (settlement.status === 'paid' && (await claimInvoiceNotice(db, corrected, 'paid', now))) {
        await enqueueWebhookEvent(
          db,
          corrected.accountId,
          'invoice.paid',
          invoiceStatusEventData(corrected, due, settlement),
          now,
        );
      }
    }
    return { ok: true, creditNote };
  });
}

/** The reason, on a line of its own that adds nothing. */
function reasonLine(reason: string): InvoiceLine {
  return { description: `Reason: ${reason}`, quantity: 0, unitPrice: 0, amount: 0 };
}
