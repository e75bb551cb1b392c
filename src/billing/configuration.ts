import type { BillingCycle, Catalog, Plan } from './catalog.js';
import { findPlan } from './catalog.js';

/** What an account buys: a plan, a billing cycle and add-on contacts per usage month. */
export interface Configuration {
  planId: string;
  cycle: BillingCycle;
  addonContacts: number;
}

export function monthsPerCycle(cycle: BillingCycle): 1 | 12 {
  return cycle === 'monthly' ? 1 : 12;
}

export class InvalidConfigurationError extends Error {
  constructor(
    readonly field: 'plan' | 'cycle' | 'addonContacts',
    message: string,
  ) {
    super(message);
    this.name = 'InvalidConfigurationError';
  }
}

/** The configuration's plan, after checking the configuration against the catalog. */
export function planOfOrThrow(catalog: Catalog, configuration: Configuration): Plan {
  const plan = findPlan(catalog, configuration.planId);
  if (!plan) {
    throw new InvalidConfigurationError(
      'plan',
      `unknown plan "${configuration.planId}"; one of ${catalog.plans.map((candidate) => candidate.id).join(', ')}`,
    );
  }
  if (configuration.cycle !== 'monthly' && configuration.cycle !== 'yearly') {
    throw new InvalidConfigurationError('cycle', 'cycle must be monthly or yearly');
  }
  if (!Number.isSafeInteger(configuration.addonContacts) || configuration.addonContacts < 0) {
    throw new InvalidConfigurationError('addonContacts', 'addonContacts must be a whole number ≥ 0');
  }
  if (configuration.addonContacts > 0 && !plan.addonPerContact) {
    throw new InvalidConfigurationError(
      'addonContacts',
      `the ${plan.name} plan offers no add-on contacts; upgrade or pay overusage instead`,
    );
  }
  return plan;
}
