import type { Account } from '../../accounts/account.js';
import { allowanceOf } from '../../billing/allowance.js';
import type { Catalog } from '../../billing/catalog.js';
import { findPlan } from '../../billing/catalog.js';
import type { Configuration } from '../../billing/configuration.js';
import { formatInstantIn } from '../instants.js';

/** The API's view of an account and the configuration in force now (`AccountView`). */
export function accountView(catalog: Catalog, account: Account, configuration: Configuration | undefined) {
  return {
    id: account.id,
    name: account.name,
    timezone: account.timeZone,
    startsAt: formatInstantIn(account.billingAnchor, account.timeZone),
    createdAt: formatInstantIn(account.createdAt, account.timeZone),
    subscription: configuration ? configurationView(catalog, configuration) : null,
  };
}

/** The API's view of a configuration (`SubscriptionView`). */
export function configurationView(catalog: Catalog, configuration: Configuration) {
  const plan = findPlan(catalog, configuration.planId);
  return {
    plan: configuration.planId,
    planName: plan?.name,
    legacy: plan?.legacy ?? false,
    cycle: configuration.cycle,
    addonContacts: configuration.addonContacts,
    includedContacts: plan && !plan.legacy ? plan.includedContacts : null,
    allowance: (plan && allowanceOf(plan, configuration.addonContacts)) ?? null,
  };
}
