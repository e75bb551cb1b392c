import type { Kysely } from 'kysely';
import type { BillingCycle } from '../billing/catalog.js';
import type { Database } from '../store/schema.js';
import type { Subscription } from './subscription.js';

export async function insertSubscription(
  db: Kysely<Database>,
  accountId: string,
  subscription: Subscription,
  now: number,
): Promise<void> {
  await db
    .insertInto('subscriptions')
    .values({
      account_id: accountId,
      plan_id: subscription.planId,
      cycle: subscription.cycle,
      addon_contacts: subscription.addonContacts,
      updated_at: now,
    })
    .execute();
}

export async function findSubscription(
  db: Kysely<Database>,
  accountId: string,
): Promise<Subscription | undefined> {
  const row = await db
    .selectFrom('subscriptions')
    .select(['plan_id', 'cycle', 'addon_contacts'])
    .where('account_id', '=', accountId)
    .executeTakeFirst();
  return row && { planId: row.plan_id, cycle: row.cycle as BillingCycle, addonContacts: row.addon_contacts };
}
