import { findAccount, findUsageCalendar } from '../accounts/account-repository.js';
import type { Store } from '../store/store.js';
import { allowanceOfConfiguration } from './allowance.js';
import type { Catalog } from './catalog.js';
import { cycleAround } from './change-timing.js';
import type { Configuration } from './configuration.js';
import { loadTerms } from './subscription-repository.js';
import { pendingTerms, termInForce } from './subscription-term.js';

/** An account's subscription at an instant, as the account sees it. */
export interface SubscriptionOverview {
  /** `ending` once a cancellation is scheduled, `ended` once it took effect. */
  status: 'active' | 'ending' | 'ended';
  timeZone: string;
  startsAt: number;
  configuration: Configuration | undefined;
  currentCycle: { start: number; end: number } | undefined;
  currentMonth: { start: number; end: number } | undefined;
  /** This month's allowance: the configuration in force at the month's end decides it. */
  allowance: number | undefined;
  scheduledChanges: { effectiveAt: number; configuration: Configuration | undefined }[];
}

/** The subscription of an account at `now`, or undefined for an unknown account. */
export async function subscriptionOverview(
  store: Store,
  catalog: Catalog,
  accountId: string,
  now: number,
): Promise<SubscriptionOverview | undefined> {
  const [account, calendar, terms] = await Promise.all([
    findAccount(store.db, accountId),
    findUsageCalendar(store, accountId),
    loadTerms(store.db, accountId),
  ]);
  if (!account || !calendar) return undefined;
  const month = calendar.monthAt(now);
  const current = termInForce(terms, now);
  const atMonthEnd = month && termInForce(terms, month.end, 'before');
  const cycle =
    month && current?.configuration
      ? cycleAround(current.cycleStartMonth, current.configuration.cycle, month.index)
      : undefined;
  const pending = pendingTerms(terms, now);
  return {
    status: !current?.configuration
      ? 'ended'
      : pending.some((term) => !term.configuration)
        ? 'ending'
        : 'active',
    timeZone: account.timeZone,
    startsAt: account.billingAnchor,
    configuration: current?.configuration,
    currentCycle: cycle && {
      start: calendar.month(cycle.firstMonth).start,
      end: calendar.month(cycle.endMonth).start,
    },
    currentMonth: month && { start: month.start, end: month.end },
    allowance: allowanceOfConfiguration(catalog, atMonthEnd?.configuration),
    scheduledChanges: pending.map((term) => ({
      effectiveAt: term.effectiveFrom,
      configuration: term.configuration,
    })),
  };
}
