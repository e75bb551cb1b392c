import { Temporal } from 'temporal-polyfill';
import type { UsageMonth } from './usage-month.js';

/**
 * The instants at which the local calendar days of a usage month begin, in the account's
 * time zone: the month's start for its first day, then each local midnight before the
 * month's end. Per-day activation counters are keyed by these instants, so the writer and
 * the reader of a counter must agree on them exactly; both take them from here.
 */
export function localDayStarts(month: UsageMonth, timeZone: string): number[] {
  const starts: number[] = [];
  let date = Temporal.Instant.fromEpochMilliseconds(month.start).toZonedDateTimeISO(timeZone).toPlainDate();
  let start = month.start;
  while (start < month.end) {
    starts.push(start);
    date = date.add({ days: 1 });
    start = date.toZonedDateTime({ timeZone }).epochMilliseconds;
  }
  return starts;
}

/**
 * The start of the local day that contains `at`, by binary search over the month's day
 * starts. An instant before the first day (which the month's placement never produces)
 * counts on the first day, so a counter is never keyed by a day the reader does not know.
 */
export function dayStartAt(dayStarts: readonly number[], at: number): number {
  let low = 0;
  let high = dayStarts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((dayStarts[middle] as number) <= at) low = middle;
    else high = middle - 1;
  }
  return dayStarts[low] as number;
}
