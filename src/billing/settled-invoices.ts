import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.js';
import { type DueDate, dueDateOf } from './due-date.js';
import type { Invoice, Party } from './invoice.js';
import { settlementFactsOf } from './invoice-payment-repository.js';
import { type InvoiceSettlement, settlementOf } from './invoice-status.js';

export interface SettledInvoice {
  invoice: Invoice;
  /** Undefined for a credit note, which asks for no payment. */
  due: DueDate | undefined;
  settlement: InvoiceSettlement;
}

/**
 * Invoices with their due date, status, amount paid and amount due at `now` (decision 0046),
 * their payments and credit notes read in one query each: what the API's invoice list and
 * `tally invoices` both show, so the two never disagree.
 */
export async function settledInvoices(
  db: Kysely<Database>,
  invoices: readonly Invoice[],
  catalogSeller: Party,
  zoneOf: (invoice: Invoice) => string,
  now: number,
): Promise<SettledInvoice[]> {
  const facts = await settlementFactsOf(
    db,
    invoices.map((invoice) => invoice.id),
  );
  return invoices.map((invoice) => {
    const due = dueDateOf(invoice, catalogSeller, zoneOf(invoice));
    const settlement = settlementOf(
      invoice,
      facts.get(invoice.id) ?? { paid: 0, creditedNet: 0, creditedTotal: 0 },
      due,
      now,
    );
    return { invoice, due, settlement };
  });
}
