import type { Kysely } from 'kysely';
import { type BillingCycle, type Catalog, findPlan } from '../billing/catalog.js';
import type { Database } from '../store/schema.js';
import type { Store } from '../store/store.js';
import { type Account, defaultTimeZone } from './account.js';
import { buildAccountOrThrow, InvalidAccountError, insertAccounts } from './account-repository.js';
import { createApiKey } from './api-keys.js';
import type { Subscription } from './subscription.js';
import { insertSubscription } from './subscription-repository.js';

export interface OpenAccountInput {
  name: string;
  timeZone?: string;
  planId: string;
  cycle: BillingCycle;
  addonContacts: number;
  /** The billing anchor; defaults to now. */
  startsAt?: number;
}

export interface OpenedAccount {
  account: Account;
  subscription: Subscription;
  apiKey: string;
}

/** Checks a subscription against the catalog; throws InvalidAccountError naming the field. */
export function checkSubscriptionOrThrow(catalog: Catalog, subscription: Subscription): void {
  const plan = findPlan(catalog, subscription.planId);
  if (!plan) {
    throw new InvalidAccountError(
      'plan',
      `unknown plan "${subscription.planId}"; one of ${catalog.plans.map((p) => p.id).join(', ')}`,
    );
  }
  if (!Number.isSafeInteger(subscription.addonContacts) || subscription.addonContacts < 0) {
    throw new InvalidAccountError('addonContacts', 'addonContacts must be a whole number ≥ 0');
  }
  if (subscription.addonContacts > 0 && !plan.addonPerContact) {
    throw new InvalidAccountError(
      'addonContacts',
      `the ${plan.name} plan offers no add-on contacts; upgrade or pay overusage instead`,
    );
  }
}

/**
 * Opens an account: the account, its subscription and its first API key commit together,
 * so a failure leaves nothing behind.
 */
export async function openAccount(
  store: Store,
  catalog: Catalog,
  input: OpenAccountInput,
  now: number,
): Promise<OpenedAccount> {
  const account = buildAccountOrThrow(
    {
      name: input.name,
      timeZone: input.timeZone ?? defaultTimeZone,
      ...(input.startsAt === undefined ? {} : { billingAnchor: input.startsAt }),
    },
    now,
  );
  const subscription: Subscription = {
    planId: input.planId,
    cycle: input.cycle,
    addonContacts: input.addonContacts,
  };
  checkSubscriptionOrThrow(catalog, subscription);
  const apiKey = await store.db.transaction().execute(async (trx: Kysely<Database>) => {
    await insertAccounts(trx, [account]);
    await insertSubscription(trx, account.id, subscription, now);
    return (await createApiKey(trx, account.id, 'first key', now)).token;
  });
  return { account, subscription, apiKey };
}
