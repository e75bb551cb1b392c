import type { Account } from '../../accounts/account.js';
import type { Subscription } from '../../accounts/subscription.js';
import type { Catalog } from '../../billing/catalog.js';
import { findPlan } from '../../billing/catalog.js';
import { formatInstantIn } from '../instants.js';

/** The API's view of an account and its subscription. */
export function accountView(catalog: Catalog, account: Account, subscription: Subscription | undefined) {
  const plan = subscription && findPlan(catalog, subscription.planId);
  return {
    id: account.id,
    name: account.name,
    timezone: account.timeZone,
    startsAt: formatInstantIn(account.billingAnchor, account.timeZone),
    createdAt: new Date(account.createdAt).toISOString(),
    subscription: subscription && {
      plan: subscription.planId,
      planName: plan?.name,
      legacy: plan?.legacy ?? false,
      cycle: subscription.cycle,
      addonContacts: subscription.addonContacts,
      includedContacts: plan?.legacy ? null : (plan?.includedContacts ?? null),
      allowance: plan && !plan.legacy ? plan.includedContacts + subscription.addonContacts : null,
    },
  };
}
