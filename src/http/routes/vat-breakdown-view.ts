import type { VatBreakdown } from '../../billing/vat-breakdown.js';
import { formatCents } from '../../domain/money.js';

/**
 * Net, VAT and gross as the API answers them wherever an amount is announced before it is
 * invoiced; the names and formats are the invoice's own (`vatRate` a percentage like "19.00").
 */
export function vatBreakdownView(breakdown: VatBreakdown, currency: string) {
  const money = (cents: number) => ({ amount: formatCents(cents), currency });
  return {
    net: money(breakdown.net),
    vatRate: formatCents(breakdown.vatRateBasisPoints),
    vat: money(breakdown.vat),
    gross: money(breakdown.gross),
    reverseCharge: breakdown.reverseCharge,
  };
}
