import type { Cents } from '../domain/money.js';
import { type DailyActivations, type DayCount, dailyActivationsFrom } from '../metering/daily-activations.js';
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

/**
 * The month-end projection of a month's usage as of `now` (a month that has ended projects
 * its final count), from the month's day counters read with the usage.
 */
export function forecastUsage(
  catalog: Catalog,
  usage: Usage,
  dayCounts: readonly DayCount[],
  now: number,
): UsageForecast {
  const { month } = usage;
  const days = dailyActivationsFrom(dayCounts, month, usage.account.timeZone, Math.min(now, month.end));
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
