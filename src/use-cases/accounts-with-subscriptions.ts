import type { Account } from '../accounts/account.js';
import { findAccount, listAccounts } from '../accounts/account-repository.js';
import type { Configuration } from '../billing/configuration.js';
import { loadTerms } from '../billing/subscription-repository.js';
import { termInForce } from '../billing/subscription-term.js';
import type { Store } from '../store/store.js';

/** An account with the configuration in force at an instant (none before its subscription starts). */
export interface AccountWithSubscription {
  account: Account;
  configuration: Configuration | undefined;
}

/** One account and its configuration in force at `now`; undefined if there is no such account. */
export async function findAccountWithSubscription(
  store: Store,
  accountId: string,
  now: number,
): Promise<AccountWithSubscription | undefined> {
  const account = await findAccount(store.db, accountId);
  if (!account) return undefined;
  return { account, configuration: await configurationInForce(store, accountId, now) };
}

/** A page of accounts in id order, each with its configuration in force at `now`. */
export async function listAccountsWithSubscriptions(
  store: Store,
  page: { limit: number; after?: string },
  now: number,
): Promise<AccountWithSubscription[]> {
  const accounts = await listAccounts(store.db, page);
  const listed: AccountWithSubscription[] = [];
  for (const account of accounts) {
    listed.push({ account, configuration: await configurationInForce(store, account.id, now) });
  }
  return listed;
}

async function configurationInForce(store: Store, accountId: string, now: number) {
  return termInForce(await loadTerms(store.db, accountId), now)?.configuration;
}
