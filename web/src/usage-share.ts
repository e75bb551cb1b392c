/**
 * The share of the allowance used, in whole percent, rounded down: exact integer arithmetic,
 * so 249 of 250 says 99 % and never claims the 100 % threshold it has not reached.
 */
export function usedShare(activeContacts: number, allowance: number): number {
  if (allowance <= 0) return activeContacts > 0 ? 100 : 0;
  const hundredfold = activeContacts * 100;
  // Remainder first: the quotient of two integers with no division rounding at all.
  return (hundredfold - (hundredfold % allowance)) / allowance;
}
