import { dueDateOf } from '../due-date.js';
import type { Invoice, Party } from '../invoice.js';
import { buildCiiInvoice, type CiiInvoiceFailureCode } from './build-cii-invoice.js';
import type { PaymentDetails, PostalAddress, SellerDetails } from './e-invoice-input.js';

/** A part of the invoice an e-invoice needs and the invoice lacks, as a JSON pointer into the invoice. */
export interface MissingPart {
  field: string;
  message: string;
}

export type EInvoiceOutcome =
  | { ok: true; xml: string; guideline: string }
  | { ok: false; missing: MissingPart[] };

/** Where each of the builder's refusals points in the invoice, so a 409 can name it. */
const fieldOfFailure: Record<CiiInvoiceFailureCode, string> = {
  vat_category_undetermined: '/reverseCharge',
  buyer_vat_id_missing: '/buyer/vatId',
  seller_identifier_missing: '/seller/legalRegistrationId',
  preceding_invoice_missing: '/correctsInvoiceId',
  buyer_electronic_address_missing: '/buyer/email',
};

/**
 * The e-invoice of a finalized invoice, from what the invoice was issued with: the buyer's
 * structured address and buyer reference travel in its buyer JSON, so an invoice issued
 * before the buyer gave them has no e-invoice (later billing details never rewrite an issued
 * invoice). The seller's parts come from the invoice too; an invoice issued before the
 * catalog carried them takes them from the current catalog's seller — the seller is Tally
 * itself, and its name and VAT ID still come from the invoice.
 */
export function eInvoiceOf(
  invoice: Invoice,
  context: { timeZone: string; catalogSeller: Party; corrects: Invoice | undefined },
): EInvoiceOutcome {
  const missing: MissingPart[] = [];
  const seller: Party = { ...context.catalogSeller, ...invoice.seller };
  const buyerAddress = invoice.buyer.postalAddress;
  if (!buyerAddress) {
    for (const part of ['street', 'postalCode', 'city', 'country']) {
      missing.push({
        field: `/buyer/postalAddress/${part}`,
        message: 'the invoice was issued without the buyer’s structured address (PUT /v1/billing-details)',
      });
    }
  }
  const sellerNeeds = ['postalAddress', 'electronicAddress', 'contact'] as const;
  for (const part of sellerNeeds) {
    if (seller[part] === undefined) {
      missing.push({ field: `/seller/${part}`, message: 'the catalog’s seller lacks it' });
    }
  }
  const isCreditNote = invoice.kind === 'credit_note';
  if (!isCreditNote && !seller.bankAccount) {
    missing.push({ field: '/seller/bankAccount', message: 'the catalog’s seller lacks it' });
  }
  if (!buyerAddress || !seller.postalAddress || !seller.electronicAddress || !seller.contact) {
    return { ok: false, missing };
  }
  const payment = paymentOf(invoice, seller, context.timeZone);
  if (!payment) return { ok: false, missing };

  const outcome = buildCiiInvoice({
    invoice,
    timeZone: context.timeZone,
    seller: {
      address: postalAddressOf(seller.postalAddress),
      electronicAddress: seller.electronicAddress,
      contact: seller.contact,
      ...(seller.legalRegistrationId ? { legalRegistrationId: seller.legalRegistrationId } : {}),
      ...(seller.taxNumber ? { taxNumber: seller.taxNumber } : {}),
    } satisfies SellerDetails,
    buyer: {
      address: postalAddressOf(buyerAddress),
      ...(invoice.buyer.buyerReference ? { buyerReference: invoice.buyer.buyerReference } : {}),
    },
    payment,
    ...(context.corrects ? { corrects: context.corrects } : {}),
  });
  if (!outcome.ok)
    return { ok: false, missing: [{ field: fieldOfFailure[outcome.code], message: outcome.message }] };
  return outcome;
}

function postalAddressOf(address: NonNullable<Party['postalAddress']>): PostalAddress {
  return {
    lines: [address.street],
    postcode: address.postalCode,
    city: address.city,
    countryCode: address.country,
  };
}

/**
 * An invoice is paid by SEPA transfer within the seller's payment terms (`dueDateOf`). A
 * credit note asks for no payment; Tally sets its credit off against the account's open or
 * next invoices.
 */
function paymentOf(invoice: Invoice, seller: Party, timeZone: string): PaymentDetails | undefined {
  if (invoice.kind === 'credit_note') {
    return {
      terms: 'Nothing to pay: the credit is set off against open or future invoices.',
      instructions: { method: 'set_off', information: 'Set off against open or future invoices.' },
    };
  }
  if (!seller.bankAccount) return undefined;
  // The same rule as the API's `dueDate`, so the XML and GET /v1/invoices never disagree.
  const due = dueDateOf(invoice, seller, timeZone);
  if (!due) return undefined;
  const { days, dueAt } = due;
  return {
    terms:
      days === 0
        ? 'Payable on the issue date without deduction.'
        : `Payable within ${days} days of the issue date without deduction.`,
    dueAt,
    instructions: { method: 'sepa_credit_transfer', ...seller.bankAccount },
  };
}
