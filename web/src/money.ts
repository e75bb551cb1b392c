import type { Money } from './api/types.js';

/** A decimal amount string ("77.50", "-3.20") as integer cents: sums stay exact. */
export function toCents(amount: string): number {
  const match = /^(-)?(\d+)(?:\.(\d{1,2}))?$/.exec(amount.trim());
  if (!match) throw new Error(`not an amount: ${amount}`);
  const [, sign, whole, fraction = ''] = match;
  const cents = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  return sign ? -cents : cents;
}

export function fromCents(cents: number, currency: string): Money {
  const sign = cents < 0 ? '-' : '';
  const absolute = Math.abs(cents);
  return {
    amount: `${sign}${Math.floor(absolute / 100)}.${String(absolute % 100).padStart(2, '0')}`,
    currency,
  };
}

export function addMoney(...amounts: Money[]): Money {
  const currency = amounts[0]?.currency ?? 'EUR';
  return fromCents(
    amounts.reduce((sum, money) => sum + toCents(money.amount), 0),
    currency,
  );
}
