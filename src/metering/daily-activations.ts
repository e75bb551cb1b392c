import { Temporal } from 'temporal-polyfill';
import { localDayStarts } from '../domain/local-days.js';
import type { UsageMonth } from '../domain/usage-month.js';

/** One local calendar day of a usage month: how many contacts became active on it. */
export interface DailyActivations {
  /** The local date, YYYY-MM-DD, in the account's time zone. */
  date: string;
  /** When the day starts (the month's start, for its first day). */
  start: number;
  newlyActive: number;
  /** Active contacts from the month's start to this day's end. */
  cumulative: number;
}

/** One day's counter of a usage month as stored (migration 15): written with the active set. */
export interface DayCount {
  dayStart: number;
  newlyActive: number;
}

/**
 * The month's active contacts by the local day of their first qualifying activity — the
 * daily chart and the forecast's pace — from the month's day counters (at most 31 rows,
 * so a month of 100,000 contacts costs what a month of 20 does). Days after `until` (the
 * future of the current month) are left out.
 */
export function dailyActivationsFrom(
  dayCounts: readonly DayCount[],
  month: UsageMonth,
  timeZone: string,
  until: number = month.end,
): DailyActivations[] {
  const days = localDays(month, timeZone, Math.min(until, month.end));
  const counts = new Array<number>(days.length).fill(0);
  for (const count of dayCounts) {
    const index = dayIndexOf(days, count.dayStart);
    if (index >= 0) counts[index] = (counts[index] ?? 0) + count.newlyActive;
  }
  let cumulative = 0;
  return days.map((day, index) => {
    const newlyActive = counts[index] ?? 0;
    cumulative += newlyActive;
    return { date: day.date, start: day.start, newlyActive, cumulative };
  });
}

interface LocalDay {
  date: string;
  start: number;
}

/**
 * Every local day of a month, by time zone and month. The same months recur across
 * accounts (one per zone and anchor), and zoned day arithmetic for each usage read would
 * cost more CPU than the read's queries; month boundaries never change, so the lists are
 * kept, a bounded number of them.
 */
const monthDays = new Map<string, readonly LocalDay[]>();
const maxCachedMonths = 5_000;

/** The local days the month covers up to `until`, each with the instant it starts (the month's start for the first). */
export function localDays(month: UsageMonth, timeZone: string, until: number): readonly LocalDay[] {
  const key = `${timeZone}\u0000${month.start}\u0000${month.end}`;
  let all = monthDays.get(key);
  if (!all) {
    all = allLocalDays(month, timeZone);
    if (monthDays.size >= maxCachedMonths) monthDays.delete(monthDays.keys().next().value as string);
    monthDays.set(key, all);
  }
  return all.filter((day, index) => index === 0 || day.start < until);
}

/** The same day starts the counters are keyed by, each with its local date. */
function allLocalDays(month: UsageMonth, timeZone: string): LocalDay[] {
  return localDayStarts(month, timeZone).map((start) => ({
    date: Temporal.Instant.fromEpochMilliseconds(start).toZonedDateTimeISO(timeZone).toPlainDate().toString(),
    start,
  }));
}

function dayIndexOf(days: readonly LocalDay[], at: number): number {
  let index = -1;
  for (let candidate = 0; candidate < days.length; candidate++) {
    if ((days[candidate] as LocalDay).start <= at) index = candidate;
    else break;
  }
  return index;
}
