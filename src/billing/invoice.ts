import type { Cents } from '../domain/money.js';
import type { InvoiceLine } from './invoice-line.js';
import { totalOf } from './invoice-line.js';
import { vatBreakdown } from './vat-breakdown.js';

export const invoiceKinds = ['upfront', 'change', 'overusage', 'credit_note'] as const;
export type InvoiceKind = (typeof invoiceKinds)[number];

/** A postal address in the parts an e-invoice names (BG-5 / BG-8); `country` is ISO 3166-1 alpha-2. */
export interface PostalAddressParts {
  street: string;
  postalCode: string;
  city: string;
  country: string;
}

/**
 * Who issues or receives an invoice, as it was when the invoice was issued (stored with it as
 * JSON, so later changes never alter a finalized invoice). The optional structured parts exist
 * on invoices issued since structured billing details (decision 0042); older ones lack them.
 */
export interface Party {
  name: string;
  /** The address as one line of text, as the PDF prints it. */
  address?: string;
  vatId?: string;
  email?: string;
  postalAddress?: PostalAddressParts;
  /** Buyer: BT-10, e.g. a Leitweg-ID; the e-invoice is then XRechnung. */
  buyerReference?: string;
  /** Seller: where the buyer's system replies (BT-34). */
  electronicAddress?: string;
  /** Seller: commercial register entry (BT-30). */
  legalRegistrationId?: string;
  /** Seller: national tax number (BT-32). */
  taxNumber?: string;
  /** Seller: who answers questions about the invoice (BG-6). */
  contact?: { name: string; phone: string; email: string };
  /** Seller: where invoices are paid by SEPA credit transfer (BG-17). */
  bankAccount?: { iban: string; bic?: string; accountName?: string };
  /** Seller: days from the issue date to the due date. */
  paymentTermsDays?: number;
}

/** A finalized invoice or credit note. Amounts in cents; a credit note's are negative. */
export interface Invoice {
  id: string;
  accountId: string;
  number: string;
  sequence: number;
  kind: InvoiceKind;
  sourceKey: string;
  issuedAt: number;
  period: { start: number; end: number } | undefined;
  currency: 'EUR';
  seller: Party;
  buyer: Party;
  lines: InvoiceLine[];
  net: Cents;
  vatRateBasisPoints: number;
  vat: Cents;
  total: Cents;
  reverseCharge: boolean;
  correctsInvoiceId: string | undefined;
}

/** What to invoice; numbering, parties and totals are added when it is issued. */
export interface InvoiceDraft {
  kind: InvoiceKind;
  /** What the invoice is for; an account is never invoiced twice for one source. */
  sourceKey: string;
  period: { start: number; end: number } | undefined;
  lines: InvoiceLine[];
  correctsInvoiceId?: string;
}

export const reverseChargeNote =
  'Reverse charge: VAT is to be accounted for by the recipient (Article 196, Council Directive 2006/112/EC).';

/** Net, VAT (rounded half-up on the net, none under reverse charge) and total. */
export function invoiceTotals(
  lines: readonly InvoiceLine[],
  vatRateBasisPoints: number,
  reverseCharge: boolean,
) {
  const { net, vat, gross } = vatBreakdown(totalOf(lines), { vatRateBasisPoints, reverseCharge });
  return { net, vat, total: gross };
}

export function formatInvoiceNumber(sequence: number): string {
  return `TLY-${String(sequence).padStart(6, '0')}`;
}
