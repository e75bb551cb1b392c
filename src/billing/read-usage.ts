import type { Account } from '../accounts/account.js';
import { findUsageCalendar, toAccount } from '../accounts/account-repository.js';
import type { UsageMonth } from '../domain/usage-month.js';
import { type ThresholdPercent, thresholdPercents } from '../notify/threshold-notice.js';
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
  /** The count of the month before, when there is one: the forecast blends it in. */
  previousMonthActive: number | undefined;
  /** The usage thresholds (80, 100 %) this month has reached, with when. */
  thresholdsReached: { percent: ThresholdPercent; reachedAt: number }[];
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
  // The account and every figure of the month in one round trip: a usage read is frequent,
  // and under load each round trip costs more than the primary-key reads in it.
  const [standing, terms] = await Promise.all([
    store.db
      .selectFrom('accounts as a')
      .selectAll('a')
      .select((eb) => [
        eb
          .selectFrom('usage_months as m')
          .select('m.active_contacts')
          .whereRef('m.account_id', '=', 'a.account_id')
          .where('m.period_start', '=', month.start)
          .as('active_contacts'),
        eb
          .selectFrom('usage_months as p')
          .select('p.active_contacts')
          .whereRef('p.account_id', '=', 'a.account_id')
          .where('p.period_end', '=', month.start)
          .as('previous_month_active'),
        ...thresholdPercents.map((percent) =>
          eb
            .selectFrom('usage_thresholds as t')
            .select('t.reached_at')
            .whereRef('t.account_id', '=', 'a.account_id')
            .where('t.period_start', '=', month.start)
            .where('t.percent', '=', percent)
            .as(`reached_${percent}`),
        ),
      ])
      .where('a.account_id', '=', accountId)
      .executeTakeFirst(),
    loadTerms(store.db, accountId),
  ]);
  if (!standing) return undefined;
  const account = toAccount(standing);
  const configuration = termInForce(terms, month.end, 'before')?.configuration;
  const plan = configuration && planOfOrThrow(catalog, configuration);
  const activeContacts = Number(standing.active_contacts ?? 0);
  const previous = month.index === 0 ? null : standing.previous_month_active;
  const thresholdsReached = thresholdPercents.flatMap((percent) => {
    const reachedAt = (standing as unknown as Record<string, number | null>)[`reached_${percent}`];
    return reachedAt == null ? [] : [{ percent, reachedAt: Number(reachedAt) }];
  });
  const figures = computeUsageFigures(catalog, configuration, activeContacts);
  return {
    account,
    configuration,
    plan,
    month,
    activeContacts,
    previousMonthActive: previous == null ? undefined : Number(previous),
    thresholdsReached,
    ...figures,
  };
}
