import type { BillingCycle } from './catalog.js';
import type { Configuration } from './configuration.js';

/** The configuration in force from `effectiveFrom` until the next term; none once the subscription has ended. */
export interface SubscriptionTerm {
  sequence: number;
  effectiveFrom: number;
  configuration: Configuration | undefined;
  /** Usage month index where this term's billing cycles start counting. */
  cycleStartMonth: number;
  changeId: string;
}

/**
 * The term in force at an instant (`at`), or just before it (`before`: the term in force
 * at the end of a usage month that ends at that instant, which decides its allowance).
 * Terms are ordered by effective time, then by sequence (two changes in one millisecond).
 */
export function termInForce(
  terms: readonly SubscriptionTerm[],
  instant: number,
  edge: 'at' | 'before' = 'at',
): SubscriptionTerm | undefined {
  let found: SubscriptionTerm | undefined;
  for (const term of terms) {
    const inForce = edge === 'at' ? term.effectiveFrom <= instant : term.effectiveFrom < instant;
    if (inForce && (!found || isLater(term, found))) found = term;
  }
  return found;
}

/** Terms that take effect after the instant: changes scheduled for a cycle's end. */
export function pendingTerms(terms: readonly SubscriptionTerm[], now: number): SubscriptionTerm[] {
  return terms.filter((term) => term.effectiveFrom > now).sort((a, b) => (isLater(a, b) ? 1 : -1));
}

function isLater(a: SubscriptionTerm, b: SubscriptionTerm): boolean {
  return (
    a.effectiveFrom > b.effectiveFrom || (a.effectiveFrom === b.effectiveFrom && a.sequence > b.sequence)
  );
}

export function configurationOf(planId: string | null, cycle: string | null, addonContacts: number | null) {
  return planId === null
    ? undefined
    : ({ planId, cycle: cycle as BillingCycle, addonContacts: addonContacts ?? 0 } satisfies Configuration);
}
