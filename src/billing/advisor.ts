import { type Cents, prorateHalfUp } from '../domain/money.js';
import { allowanceOf, overusageOf } from './allowance.js';
import type { Catalog, Plan } from './catalog.js';
import { type Configuration, monthsPerCycle, planOfOrThrow } from './configuration.js';

export type OptionKind = 'stay' | 'add_addons' | 'upgrade' | 'upgrade_with_addons';

/** One way to cover the expected active contacts, and what it costs. */
export interface AdvisorOption {
  kind: OptionKind;
  configuration: Configuration;
  /** Undefined on a legacy plan: no limit. */
  allowance: number | undefined;
  overusage: number;
  /**
   * Cost over a year in cents (the fee of twelve months or one year, twelve months of
   * add-on contacts and of overusage): an exact integer, so options compare without rounding.
   */
  yearlyCost: Cents;
  /** `yearlyCost` / 12, rounded half-up to the cent, for display. */
  monthlyCost: Cents;
}

export interface Advice {
  options: AdvisorOption[];
  /** The base plan of the cheapest option: the one the configurator highlights. */
  recommendedPlanId: string;
}

/**
 * The advisor of SPEC §6: for an expected number of active contacts, every option — stay
 * and pay overusage, buy just enough add-on contacts, or move to each higher plan with or
 * without add-on contacts — cheapest first (ties keep the simpler option first).
 */
export function advise(catalog: Catalog, configuration: Configuration, expectedContacts: number): Advice {
  const currentPlan = planOfOrThrow(catalog, configuration);
  const options: AdvisorOption[] = [priceConfiguration(catalog, 'stay', configuration, expectedContacts)];
  const cycle = configuration.cycle;
  if (currentPlan.legacy) {
    return { options, recommendedPlanId: currentPlan.id };
  }
  const needed = (plan: Plan) => Math.max(0, expectedContacts - plan.includedContacts);
  if (currentPlan.addonPerContact && needed(currentPlan) > configuration.addonContacts) {
    options.push(
      priceConfiguration(
        catalog,
        'add_addons',
        { planId: currentPlan.id, cycle, addonContacts: needed(currentPlan) },
        expectedContacts,
      ),
    );
  }
  for (const plan of catalog.plans) {
    if (plan.legacy || plan.includedContacts <= currentPlan.includedContacts) continue;
    options.push(
      priceConfiguration(catalog, 'upgrade', { planId: plan.id, cycle, addonContacts: 0 }, expectedContacts),
    );
    if (plan.addonPerContact && needed(plan) > 0) {
      options.push(
        priceConfiguration(
          catalog,
          'upgrade_with_addons',
          { planId: plan.id, cycle, addonContacts: needed(plan) },
          expectedContacts,
        ),
      );
    }
  }
  const ranked = options
    .map((option, order) => ({ option, order }))
    .sort((a, b) => a.option.yearlyCost - b.option.yearlyCost || a.order - b.order)
    .map(({ option }) => option);
  return { options: ranked, recommendedPlanId: (ranked[0] as AdvisorOption).configuration.planId };
}

/** What a configuration costs for an expected number of active contacts. */
export function priceConfiguration(
  catalog: Catalog,
  kind: OptionKind,
  configuration: Configuration,
  expected: number,
): AdvisorOption {
  const plan = planOfOrThrow(catalog, configuration);
  const allowance = allowanceOf(plan, configuration.addonContacts);
  const overusage = overusageOf(expected, allowance);
  const fee = plan.fees[configuration.cycle] * (12 / monthsPerCycle(configuration.cycle));
  const addons = configuration.addonContacts * (plan.addonPerContact?.[configuration.cycle] ?? 0) * 12;
  const yearlyCost = fee + addons + overusage * catalog.overusagePerContact * 12;
  return {
    kind,
    configuration,
    allowance,
    overusage,
    yearlyCost,
    monthlyCost: prorateHalfUp(yearlyCost, 1, 12),
  };
}
