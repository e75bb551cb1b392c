import type { Cents } from '../domain/money.js';
import type { Catalog, Plan } from './catalog.js';
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
 * The allowance rule, written once (SPEC §4, §5): a month's allowance is the plan's included
 * contacts plus the add-on contacts; legacy plans have none (undefined: no limit, never
 * billed). Every figure that speaks of an allowance or of overusage — the usage read, the
 * month close, the advisor, previews of imports and bulk actions, the subscription view —
 * comes from these functions.
 */
export function allowanceOf(plan: Plan, addonContacts: number): number | undefined {
  return plan.legacy ? undefined : plan.includedContacts + addonContacts;
}

/** The allowance of a configuration; none when no configuration is in force (ended) or on a legacy plan. */
export function allowanceOfConfiguration(
  catalog: Catalog,
  configuration: Configuration | undefined,
): number | undefined {
  return configuration && allowanceOf(planOfOrThrow(catalog, configuration), configuration.addonContacts);
}

/** Overused contacts: those active beyond the allowance, max(0, active − allowance); none without a limit. */
export function overusageOf(activeContacts: number, allowance: number | undefined): number {
  return allowance === undefined ? 0 : Math.max(0, activeContacts - allowance);
}

/**
 * Allowance and overusage, each overused contact at the flat overusage rate. No
 * configuration in force (the subscription has ended) and legacy plans have no limit.
 */
export function computeUsageFigures(
  catalog: Catalog,
  configuration: Configuration | undefined,
  activeContacts: number,
): UsageFigures {
  if (!configuration) return unlimited;
  const plan = planOfOrThrow(catalog, configuration);
  const allowance = allowanceOf(plan, configuration.addonContacts);
  if (allowance === undefined) return unlimited;
  const overusage = overusageOf(activeContacts, allowance);
  return {
    includedContacts: plan.includedContacts,
    addonContacts: configuration.addonContacts,
    allowance,
    overusage,
    overusageCost: overusage * catalog.overusagePerContact,
  };
}
