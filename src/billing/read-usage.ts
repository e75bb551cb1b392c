import type { Account } from '../accounts/account.js';
import { findUsageCalendar, toAccount } from '../accounts/account-repository.js';
import type { UsageMonth } from '../domain/usage-month.js';
import type { DayCount } from '../metering/daily-activations.js';
import { type ThresholdPercent, thresholdPercents } from '../notify/threshold-notice.js';
import type { Store } from '../store/store.js';
import { computeUsageFigures, type UsageFigures } from './allowance.js';
import { type BillingDetails, toBillingDetails } from './billing-details-repository.js';
import type { Catalog, Plan } from './catalog.js';
import { type Configuration, planOfOrThrow } from './configuration.js';
import { toSubscriptionTerm } from './subscription-repository.js';
import { termInForce } from './subscription-term.js';
import { readUsageSnapshot } from './usage-snapshot.js';

export interface Usage extends UsageFigures {
  account: Account;
  /** The configuration in force at the end of the month (SPEC §4); undefined once the subscription has ended. */
  configuration: Configuration | undefined;
  plan: Plan | undefined;
  month: UsageMonth;
  activeContacts: number;
  /** The count of the month before, when there is one: the forecast blends it in. */
  previousMonthActive: number | undefined;
  /** The usage thresholds (80, 100 %) this month has reached, with when. */
  thresholdsReached: { percent: ThresholdPercent; reachedAt: number }[];
}

/** A usage read with the rows a forecast and a projected bill need, fetched with it. */
export interface UsageWithDetails {
  usage: Usage;
  /** The month's day counters as stored; `dailyActivationsFrom` lays them out by local day. */
  dayCounts: DayCount[];
  billingDetails: BillingDetails;
}

/** The usage of the month containing `at`: the exact count and what it means under the terms in force at its end. */
export async function readUsage(
  store: Store,
  catalog: Catalog,
  accountId: string,
  at: number,
): Promise<Usage | undefined> {
  return (await readUsageWithDetails(store, catalog, accountId, at))?.usage;
}

/** The same, with the month's day counters and the billing details, in the same one read. */
export async function readUsageWithDetails(
  store: Store,
  catalog: Catalog,
  accountId: string,
  at: number,
): Promise<UsageWithDetails | undefined> {
  const calendar = await findUsageCalendar(store, accountId);
  const month = calendar?.monthAt(at);
  if (!month) return undefined;
  const snapshot = await readUsageSnapshot(store, accountId, month.start);
  if (!snapshot) return undefined;
  const configuration = termInForce(
    snapshot.terms.map(toSubscriptionTerm),
    month.end,
    'before',
  )?.configuration;
  const thresholdsReached = thresholdPercents.flatMap((percent) => {
    const reachedAt = snapshot.thresholdsReachedAt.get(percent);
    return reachedAt === undefined ? [] : [{ percent, reachedAt }];
  });
  const usage: Usage = {
    account: toAccount(snapshot.account),
    configuration,
    plan: configuration && planOfOrThrow(catalog, configuration),
    month,
    activeContacts: snapshot.activeContacts,
    previousMonthActive: month.index === 0 ? undefined : (snapshot.previousMonthActive ?? undefined),
    thresholdsReached,
    ...computeUsageFigures(catalog, configuration, snapshot.activeContacts),
  };
  return { usage, dayCounts: snapshot.days, billingDetails: toBillingDetails(snapshot.billingDetails) };
}
