import type { Cents } from '../domain/money.js';

/** One line of a charge or credit: `amount` is exact cents, negative for a credit. */
export interface InvoiceLine {
  description: string;
  quantity: number;
  unitPrice: Cents;
  amount: Cents;
}

export function totalOf(lines: readonly InvoiceLine[]): Cents {
  return lines.reduce((sum, line) => sum + line.amount, 0);
}
