import type { InvoiceLine } from '../../billing/invoice-line.js';
import { type Cents, formatCents } from '../../domain/money.js';

/** Cents as the API writes money: decimal text with two places and the currency. */
export function moneyView(cents: Cents, currency: string) {
  return { amount: formatCents(cents), currency };
}

export function linesView(lines: readonly InvoiceLine[], currency: string) {
  return lines.map((line) => ({
    description: line.description,
    quantity: line.quantity,
    unitPrice: moneyView(line.unitPrice, currency),
    amount: moneyView(line.amount, currency),
  }));
}
