/**
 * Money is integer euro cents everywhere (SPEC §3): exact, and summed without rounding.
 * Amounts enter and leave as decimal strings ("12.50"), never as binary floating point.
 */
export type Cents = number;

const decimalAmount = /^(0|[1-9]\d{0,9})(?:\.(\d{1,2}))?$/;

/** Parses "12.5" or "12.50" to 1250; undefined if the text is not an exact amount in cents. */
export function parseCents(text: string): Cents | undefined {
  const match = decimalAmount.exec(text);
  if (!match) return undefined;
  const euros = Number(match[1]);
  const cents = Number((match[2] ?? '').padEnd(2, '0'));
  return euros * 100 + cents;
}

/** 1250 → "12.50". */
export function formatCents(cents: Cents): string {
  const sign = cents < 0 ? '-' : '';
  const absolute = Math.abs(cents);
  return `${sign}${Math.trunc(absolute / 100)}.${String(absolute % 100).padStart(2, '0')}`;
}

/**
 * The single rounding rule (SPEC §3): a line amount `cents × numerator / denominator` is
 * rounded half-up to the cent. Integer arithmetic in BigInt, so no precision is lost.
 */
export function prorateHalfUp(cents: Cents, numerator: number, denominator: number): Cents {
  if (denominator <= 0) throw new RangeError('denominator must be positive');
  const product = BigInt(cents) * BigInt(numerator);
  const divisor = BigInt(denominator);
  const quotient = product / divisor;
  const remainder = product % divisor;
  const sign = product < 0n ? -1n : 1n;
  const roundsAway = (remainder < 0n ? -remainder : remainder) * 2n >= divisor;
  return Number(roundsAway ? quotient + sign : quotient);
}
