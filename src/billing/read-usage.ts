import type { Account } from '../accounts/account.js';
import { findAccount } from '../accounts/account-repository.js';
import type { Subscription } from '../accounts/subscription.js';
import { findSubscription } from '../accounts/subscription-repository.js';
import type { UsageMonth } from '../domain/usage-month.js';
import { readUsageCount } from '../metering/usage-count.js';
import type { Store } from '../store/store.js';
import { computeUsageFigures, type UsageFigures } from './allowance.js';
import { type Catalog, findPlan, type Plan } from './catalog.js';

export interface Usage extends UsageFigures {
  account: Account;
  subscription: Subscription;
  plan: Plan;
  month: UsageMonth;
  activeContacts: number;
}

/** The usage of the month containing `at`: the exact count and what it means under the plan. */
export async function readUsage(
  store: Store,
  catalog: Catalog,
  accountId: string,
  at: number,
): Promise<Usage | undefined> {
  const [account, subscription, count] = await Promise.all([
    findAccount(store.db, accountId),
    findSubscription(store.db, accountId),
    readUsageCount(store, accountId, at),
  ]);
  if (!account || !subscription || !count) return undefined;
  const plan = findPlan(catalog, subscription.planId);
  if (!plan)
    throw new Error(`account ${accountId} is on plan ${subscription.planId}, which the catalog lacks`);
  return {
    account,
    subscription,
    plan,
    month: count.month,
    activeContacts: count.activeContacts,
    ...computeUsageFigures(catalog, plan, subscription.addonContacts, count.activeContacts),
  };
}
