import { lockBillingState } from '../billing/billing-state-repository.js';
import type { Catalog } from '../billing/catalog.js';
import { dueDateOf } from '../billing/due-date.js';
import { claimInvoiceNotice, settlementFactsOf } from '../billing/invoice-payment-repository.js';
import { listUnannouncedInvoices } from '../billing/invoice-repository.js';
import { settlementOf } from '../billing/invoice-status.js';
import { invoiceStatusEventData } from '../billing/invoice-status-event.js';
import type { Store } from '../store/store.js';
import { inWriteTransaction } from '../store/write-transaction.js';
import { enqueueWebhookEvent } from './webhook-events.js';

const sweepBatch = 200;

/**
 * Sends `invoice.overdue` for every invoice that is overdue at `now` (the business clock) and
 * has not had it: found in batches without a lock, then re-checked under the account's billing
 * lock (a payment committed meanwhile settles it instead), and claimed in `invoice_notices`,
 * whose primary key lets exactly one pass — on any instance — send it. An invoice that was
 * paid before its due date never becomes overdue, and one announced overdue is not again.
 * Returns how many were announced.
 */
export async function sweepOverdueInvoices(store: Store, catalog: Catalog, now: number): Promise<number> {
  let announced = 0;
  let afterSequence = 0;
  for (;;) {
    const batch = await listUnannouncedInvoices(store.db, now, { afterSequence, limit: sweepBatch });
    if (batch.length === 0) return announced;
    afterSequence = batch.at(-1)?.invoice.sequence ?? afterSequence;
    const facts = await settlementFactsOf(
      store.db,
      batch.map(({ invoice }) => invoice.id),
    );
    for (const { invoice, timeZone } of batch) {
      const due = dueDateOf(invoice, catalog.seller, timeZone);
      const known = facts.get(invoice.id);
      if (!due || !known || settlementOf(invoice, known, due, now).status !== 'overdue') continue;
      const sent = await inWriteTransaction(store, async (db) => {
        await lockBillingState(db, store.dialect, invoice.accountId);
        const current = (await settlementFactsOf(db, [invoice.id])).get(invoice.id);
        if (!current) return false;
        const settlement = settlementOf(invoice, current, due, now);
        if (settlement.status !== 'overdue') return false;
        if (!(await claimInvoiceNotice(db, invoice, 'overdue', now))) return false;
        await enqueueWebhookEvent(
          db,
          invoice.accountId,
          'invoice.overdue',
          invoiceStatusEventData(invoice, due, settlement),
          now,
        );
        return true;
      });
      if (sent) announced += 1;
    }
  }
}
