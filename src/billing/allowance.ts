import type { Cents } from '../domain/money.js';
import type { Catalog, Plan } from './catalog.js';

export interface UsageFigures {
  includedContacts: number;
  addonContacts: number;
  /** Undefined for legacy plans: exempt, never limited or billed (SPEC §3). */
  allowance: number | undefined;
  overusage: number;
  overusageCost: Cents;
}

/**
 * Allowance = included + add-on contacts (SPEC §4); overusage = max(0, active − allowance),
 * each overused contact at the flat overusage rate.
 */
export function computeUsageFigures(
  catalog: Catalog,
  plan: Plan,
  addonContacts: number,
  activeContacts: number,
): UsageFigures {
  if (plan.legacy) {
    return { includedContacts: 0, addonContacts: 0, allowance: undefined, overusage: 0, overusageCost: 0 };
  }
  const allowance = plan.includedContacts + addonContacts;
  const overusage = Math.max(0, activeContacts - allowance);
  return {
    includedContacts: plan.includedContacts,
    addonContacts,
    allowance,
    overusage,
    overusageCost: overusage * catalog.overusagePerContact,
  };
}
