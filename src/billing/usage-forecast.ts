import type { Cents } from '../domain/money.js';
import { type DailyActivations, dailyActivations } from '../metering/daily-activations.js';
import type { Store } from '../store/store.js';
import { computeUsageFigures } from './allowance.js';
import type { Catalog } from './catalog.js';
import { forecastMonthEnd } from './forecast.js';
import type { Usage } from './read-usage.js';

export interface UsageForecast {
  activeContacts: number;
  overusage: number;
  overusageCost: Cents;
  /** Per local day of the month so far: the daily chart and the pace the forecast uses. */
  days: DailyActivations[];
}

/** The month-end projection of a month's usage as of `now` (a month that has ended projects its final count). */
export async function forecastUsage(
  store: Store,
  catalog: Catalog,
  accountId: string,
  usage: Usage,
  now: number,
): Promise<UsageForecast> {
  const { month } = usage;
  // The day counters are a read of at most 31 rows, exact at every read: nothing to cache.
  const days = await dailyActivations(
    store,
    accountId,
    month,
    usage.account.timeZone,
    Math.min(now, month.end),
  );
  const forecast = forecastMonthEnd({
    activeContacts: usage.activeContacts,
    days,
    monthStart: month.start,
    monthEnd: month.end,
    now,
    previousMonthActive: usage.previousMonthActive,
    allowance: usage.allowance,
  });
  const figures = computeUsageFigures(catalog, usage.configuration, forecast.activeContacts);
  return {
    activeContacts: forecast.activeContacts,
    overusage: figures.overusage,
    overusageCost: figures.overusageCost,
    days,
  };
}
