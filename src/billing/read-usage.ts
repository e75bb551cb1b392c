import type { Account } from '../accounts/account.js';
import { findAccount, findUsageCalendar } from '../accounts/account-repository.js';
import type { UsageMonth } from '../domain/usage-month.js';
import type { Store } from '../store/store.js';
import { computeUsageFigures, type UsageFigures } from './allowance.js';
import type { Catalog, Plan } from './catalog.js';
import { type Configuration, planOfOrThrow } from './configuration.js';
import { loadTerms } from './subscription-repository.js';
import { termInForce } from './subscription-term.js';

export interface Usage extends UsageFigures {
  account: Account;
  /** The configuration in force at the end of the month (SPEC §4); undefined once the subscription has ended. */
  configuration: Configuration | undefined;
  plan: Plan | undefined;
  month: UsageMonth;
  activeContacts: number;
}

/** The usage of the month containing `at`: the exact count and what it means under the terms in force at its end. */
export async function readUsage(
  store: Store,
  catalog: Catalog,
  accountId: string,
  at: number,
): Promise<Usage | undefined> {
  const calendar = await findUsageCalendar(store, accountId);
  const month = calendar?.monthAt(at);
  if (!month) return undefined;
  const [account, terms, counter] = await Promise.all([
    findAccount(store.db, accountId),
    loadTerms(store.db, accountId),
    store.db
      .selectFrom('usage_months')
      .select('active_contacts')
      .where('account_id', '=', accountId)
      .where('period_start', '=', month.start)
      .executeTakeFirst(),
  ]);
  if (!account) return undefined;
  const configuration = termInForce(terms, month.end, 'before')?.configuration;
  const plan = configuration && planOfOrThrow(catalog, configuration);
  const activeContacts = counter?.active_contacts ?? 0;
  const figures =
    configuration && plan
      ? computeUsageFigures(catalog, plan, configuration.addonContacts, activeContacts)
      : { includedContacts: 0, addonContacts: 0, allowance: undefined, overusage: 0, overusageCost: 0 };
  return { account, configuration, plan, month, activeContacts, ...figures };
}
