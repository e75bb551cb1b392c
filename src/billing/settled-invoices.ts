import type { Kysely } from 'kysely';
import { timeZoneOfAccount } from '../accounts/account-time-zone.js';
import type { Database } from '../store/schema.js';
import type { Store } from '../store/store.js';
import type { Catalog } from './catalog.js';
import { type DueDate, dueDateOf } from './due-date.js';
import type { Invoice, Party } from './invoice.js';
import { UnknownInvoiceError } from './invoice-errors.js';
import { type InvoicePayment, paymentsOf, settlementFactsOf } from './invoice-payment-repository.js';
import { findInvoice, listInvoices } from './invoice-repository.js';
import { type InvoiceSettlement, type InvoiceStatus, settlementOf } from './invoice-status.js';

/** An invoice with what has become of it by now: due date and status. */
export interface SettledInvoice {
  invoice: Invoice;
  /** Undefined for a credit note, which asks for no payment. */
  due: DueDate | undefined;
  settlement: InvoiceSettlement;
}

/** A settled invoice with its payments and the zone its dates are shown in. */
export interface SettledInvoiceDetail extends SettledInvoice {
  timeZone: string;
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

/** As `settledInvoices`, with each invoice's payments and its account's zone (read once per account). */
export async function settleInvoices(
  store: Store,
  catalog: Catalog,
  invoices: readonly Invoice[],
  now: number,
): Promise<SettledInvoiceDetail[]> {
  const zones = new Map<string, string>();
  for (const invoice of invoices) {
    if (!zones.has(invoice.accountId))
      zones.set(invoice.accountId, await timeZoneOfAccount(store, invoice.accountId));
  }
  const zoneOf = (invoice: Invoice) => zones.get(invoice.accountId) ?? 'UTC';
  const settled = await settledInvoices(store.db, invoices, catalog.seller, zoneOf, now);
  const payments = await paymentsOf(
    store.db,
    invoices.map((invoice) => invoice.id),
  );
  return settled.map((entry) => ({
    ...entry,
    timeZone: zoneOf(entry.invoice),
    payments: payments.get(entry.invoice.id) ?? [],
  }));
}

export interface SettledInvoicePage {
  data: SettledInvoiceDetail[];
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
  const data: SettledInvoiceDetail[] = [];
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
