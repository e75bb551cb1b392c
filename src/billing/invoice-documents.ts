import { timeZoneOfAccount } from '../accounts/account-time-zone.js';
import type { Store } from '../store/store.js';
import type { Catalog } from './catalog.js';
import { type EInvoiceOutcome, eInvoiceOf } from './e-invoice/e-invoice-of-invoice.js';
import type { Invoice } from './invoice.js';
import { EInvoiceIncompleteError } from './invoice-errors.js';
import { renderInvoicePdf } from './invoice-pdf.js';
import { findInvoice } from './invoice-repository.js';

/** The e-invoice of an invoice, built the same way for the XML and for the PDF that embeds it. */
async function eInvoiceFor(store: Store, catalog: Catalog, invoice: Invoice) {
  const corrects = invoice.correctsInvoiceId
    ? await findInvoice(store.db, invoice.correctsInvoiceId)
    : undefined;
  const timeZone = await timeZoneOfAccount(store, invoice.accountId);
  const outcome: EInvoiceOutcome = eInvoiceOf(invoice, {
    timeZone,
    catalogSeller: catalog.seller,
    corrects,
  });
  return { outcome, corrects, timeZone };
}

/** The EN 16931 CII XML of an invoice, or `EInvoiceIncompleteError` naming what it lacks. */
export async function eInvoiceXmlOf(store: Store, catalog: Catalog, invoice: Invoice): Promise<string> {
  const { outcome } = await eInvoiceFor(store, catalog, invoice);
  if (!outcome.ok) throw new EInvoiceIncompleteError(invoice.number, outcome.missing);
  return outcome.xml;
}

/**
 * The invoice's PDF/A-3: a Factur-X hybrid carrying its e-invoice when it has one. An invoice
 * without an e-invoice still has its readable PDF; `eInvoiceEmbedded` tells which it is.
 */
export async function invoicePdfOf(
  store: Store,
  catalog: Catalog,
  invoice: Invoice,
): Promise<{ pdf: Buffer; eInvoiceEmbedded: boolean }> {
  const { outcome, corrects, timeZone } = await eInvoiceFor(store, catalog, invoice);
  const pdf = await renderInvoicePdf(invoice, timeZone, {
    corrects,
    facturX: outcome.ok
      ? { xml: outcome.xml, guideline: outcome.guideline, issuedAt: invoice.issuedAt }
      : undefined,
  });
  return { pdf, eInvoiceEmbedded: outcome.ok };
}
