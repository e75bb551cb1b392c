import { timeZoneOfAccount } from '../accounts/account-time-zone.js';
import type { Store } from '../store/store.js';
import type { Catalog } from './catalog.js';
import { type DueDate, dueDateOf } from './due-date.js';
import type { Invoice } from './invoice.js';
import { UnknownInvoiceError } from './invoice-errors.js';
import { type InvoicePayment, paymentsOf, settlementFactsOf } from './invoice-payment-repository.js';
import { findInvoice, listInvoices } from './invoice-repository.js';
import { type InvoiceSettlement, type InvoiceStatus, settlementOf } from './invoice-status.js';

/** An invoice with what has become of it by now: due date, status, payments. */
export interface SettledInvoice {
  invoice: Invoice;
  /** The account's zone, in which its dates are shown. */
  timeZone: string;
  due: DueDate | undefined;
  settlement: InvoiceSettlement;
  payments: InvoicePayment[];
}

/**
 * The invoice if `accountId` may see it (every invoice for the operator, `undefined`);
 * another account's is refused exactly like a missing one.
 */
export async function findVisibleInvoice(
  store: Store,
  invoiceId: string,
  accountId: string | undefined,
): Promise<Invoice> {
  const invoice = await findInvoice(store.db, invoiceId);
  if (!invoice || (accountId !== undefined && invoice.accountId !== accountId)) {
    throw new UnknownInvoiceError(invoiceId);
  }
  return invoice;
}

/**
 * Invoices with what is paid and due at `now` (the business clock): their payments and credit
 * notes read in two queries, whatever their number, and each account's zone once.
 */
export async function settleInvoices(
  store: Store,
  catalog: Catalog,
  invoices: readonly Invoice[],
  now: number,
): Promise<SettledInvoice[]> {
  const zones = new Map<string, string>();
  for (const invoice of invoices) {
    if (!zones.has(invoice.accountId))
      zones.set(invoice.accountId, await timeZoneOfAccount(store, invoice.accountId));
  }
  const ids = invoices.map((invoice) => invoice.id);
  const facts = await settlementFactsOf(store.db, ids);
  const payments = await paymentsOf(store.db, ids);
  return invoices.map((invoice) => {
    const timeZone = zones.get(invoice.accountId) ?? 'UTC';
    const due = dueDateOf(invoice, catalog.seller, timeZone);
    const settlement = settlementOf(
      invoice,
      facts.get(invoice.id) ?? { paid: 0, creditedNet: 0, creditedTotal: 0 },
      due,
      now,
    );
    return { invoice, timeZone, due, settlement, payments: payments.get(invoice.id) ?? [] };
  });
}

export interface SettledInvoicePage {
  data: SettledInvoice[];
  /** The number of the page's last invoice when the page is full (there may be more). */
  nextAfter: string | null;
}

/**
 * A page of invoices in number order, of one account (or all, for the operator), optionally
 * in one status. A status depends on the clock, payments and credit notes, so the filter runs
 * on each batch read in number order until the page is full or the invoices run out.
 */
export async function listSettledInvoices(
  store: Store,
  catalog: Catalog,
  query: {
    accountId: string | undefined;
    status?: InvoiceStatus;
    afterNumber?: string;
    limit: number;
    maxBatch: number;
  },
  now: number,
): Promise<SettledInvoicePage> {
  const { status, limit } = query;
  let after = query.afterNumber === undefined ? undefined : Number(query.afterNumber.slice(4));
  const batch = status === undefined ? limit : query.maxBatch;
  const data: SettledInvoice[] = [];
  for (;;) {
    const invoices = await listInvoices(store.db, query.accountId, {
      limit: batch,
      ...(after === undefined ? {} : { after }),
    });
    for (const settled of await settleInvoices(store, catalog, invoices, now)) {
      if (data.length < limit && (status === undefined || settled.settlement.status === status))
        data.push(settled);
    }
    if (invoices.length < batch || data.length === limit) break;
    after = invoices.at(-1)?.sequence;
  }
  return { data, nextAfter: data.length === limit ? (data.at(-1)?.invoice.number ?? null) : null };
}
