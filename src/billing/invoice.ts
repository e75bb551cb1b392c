import { type Cents, prorateHalfUp } from '../domain/money.js';
import type { InvoiceLine } from './invoice-line.js';
import { totalOf } from './invoice-line.js';

export const invoiceKinds = ['upfront', 'change', 'overusage', 'credit_note'] as const;
export type InvoiceKind = (typeof invoiceKinds)[number];

export interface Party {
  name: string;
  address?: string;
  vatId?: string;
  email?: string;
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
  const net = totalOf(lines);
  const vat = reverseCharge ? 0 : prorateHalfUp(net, vatRateBasisPoints, 10_000);
  return { net, vat, total: net + vat };
}

export function formatInvoiceNumber(sequence: number): string {
  return `TLY-${String(sequence).padStart(6, '0')}`;
}
