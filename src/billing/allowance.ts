import type { Cents } from '../domain/money.js';
import type { Catalog } from './catalog.js';
import { type Configuration, planOfOrThrow } from './configuration.js';

export interface UsageFigures {
  includedContacts: number;
  addonContacts: number;
  /** Undefined for legacy plans: exempt, never limited or billed (SPEC §3). */
  allowance: number | undefined;
  overusage: number;
  overusageCost: Cents;
}

const unlimited: UsageFigures = {
  includedContacts: 0,
  addonContacts: 0,
  allowance: undefined,
  overusage: 0,
  overusageCost: 0,
};

/**
 * Allowance = included + add-on contacts (SPEC §4); overusage = max(0, active − allowance),
 * each overused contact at the flat overusage rate. No configuration in force (the
 * subscription has ended) and legacy plans have no limit.
 */
export function computeUsageFigures(
  catalog: Catalog,
  configuration: Configuration | undefined,
  activeContacts: number,
): UsageFigures {
  if (!configuration) return unlimited;
  const plan = planOfOrThrow(catalog, configuration);
  if (plan.legacy) return unlimited;
  const { addonContacts } = configuration;
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
