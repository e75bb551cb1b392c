import type { Account } from '../../accounts/account.js';
import { computeUsageFigures } from '../../billing/allowance.js';
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
  // The allowance as billing computes it (one rule); none for legacy plans.
  const figures = plan ? computeUsageFigures(catalog, configuration, 0) : undefined;
  const limited = figures?.allowance !== undefined;
  return {
    plan: configuration.planId,
    planName: plan?.name,
    legacy: plan?.legacy ?? false,
    cycle: configuration.cycle,
    addonContacts: configuration.addonContacts,
    includedContacts: limited ? figures.includedContacts : null,
    allowance: figures?.allowance ?? null,
  };
}
