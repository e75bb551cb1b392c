import type { Account } from '../accounts/account.js';
import { findUsageCalendar } from '../accounts/account-repository.js';
import type { Subscription } from '../accounts/subscription.js';
import type { UsageMonth } from '../domain/usage-month.js';
import type { Store } from '../store/store.js';
import { computeUsageFigures, type UsageFigures } from './allowance.js';
import { type BillingCycle, type Catalog, findPlan, type Plan } from './catalog.js';

export interface Usage extends UsageFigures {
  account: Account;
  subscription: Subscription;
  plan: Plan;
  month: UsageMonth;
  activeContacts: number;
}

/**
 * The usage of the month containing `at`: the exact count and what it means under the
 * plan. One query (account, subscription and the month's counter row), since this is
 * what dashboards poll.
 */
export async function readUsage(
  store: Store,
  catalog: Catalog,
  accountId: string,
  at: number,
): Promise<Usage | undefined> {
  const calendar = await findUsageCalendar(store, accountId);
  const month = calendar?.monthAt(at);
  if (!month) return undefined;
  const row = await store.db
    .selectFrom('accounts')
    .innerJoin('subscriptions', 'subscriptions.account_id', 'accounts.account_id')
    .leftJoin('usage_months', (join) =>
      join
        .onRef('usage_months.account_id', '=', 'accounts.account_id')
        .on('usage_months.period_start', '=', month.start),
    )
    .select([
      'accounts.name',
      'accounts.time_zone',
      'accounts.billing_anchor',
      'accounts.created_at',
      'subscriptions.plan_id',
      'subscriptions.cycle',
      'subscriptions.addon_contacts',
      'usage_months.active_contacts',
    ])
    .where('accounts.account_id', '=', accountId)
    .executeTakeFirst();
  if (!row) return undefined;
  const plan = findPlan(catalog, row.plan_id);
  if (!plan) throw new Error(`account ${accountId} is on plan ${row.plan_id}, which the catalog lacks`);
  const activeContacts = row.active_contacts ?? 0;
  return {
    account: {
      id: accountId,
      name: row.name,
      timeZone: row.time_zone,
      billingAnchor: row.billing_anchor,
      createdAt: row.created_at,
    },
    subscription: {
      planId: row.plan_id,
      cycle: row.cycle as BillingCycle,
      addonContacts: row.addon_contacts,
    },
    plan,
    month,
    activeContacts,
    ...computeUsageFigures(catalog, plan, row.addon_contacts, activeContacts),
  };
}
