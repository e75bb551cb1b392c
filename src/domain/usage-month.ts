import { Temporal } from 'temporal-polyfill';

/** A usage month: the half-open interval [start, end) in epoch milliseconds. */
export interface UsageMonth {
  /** 0 for the month that starts at the billing anchor, 1 for the next, … */
  index: number;
  start: number;
  end: number;
}

/**
 * Usage months start on the anchor's local day and time of day, in the account's time
 * zone (SPEC §2). Month n is always computed from the anchor itself, never from month
 * n−1, so a day clamped to a short month's end returns to the anchor's day afterwards
 * (31 Jan → 29 Feb → 31 Mar). A local start time that does not exist because of a DST
 * switch moves forward by the gap; an ambiguous one takes the earlier instant
 * (Temporal's 'compatible' disambiguation). Since each month ends exactly where the next
 * one starts, DST can never produce a gap or an overlap.
 */
export function usageMonthStart(anchor: Temporal.ZonedDateTime, index: number): number {
  return anchor
    .toPlainDateTime()
    .add({ months: index }, { overflow: 'constrain' })
    .toZonedDateTime(anchor.timeZoneId, { disambiguation: 'compatible' }).epochMilliseconds;
}

export function usageMonth(anchor: Temporal.ZonedDateTime, index: number): UsageMonth {
  return { index, start: usageMonthStart(anchor, index), end: usageMonthStart(anchor, index + 1) };
}

export function zonedAnchor(anchorEpochMs: number, timeZone: string): Temporal.ZonedDateTime {
  return Temporal.Instant.fromEpochMilliseconds(anchorEpochMs).toZonedDateTimeISO(timeZone);
}

/** Whether the string names an IANA time zone that Temporal knows. */
export function isTimeZone(value: string): boolean {
  try {
    Temporal.Now.zonedDateTimeISO(value);
    return value.length > 0;
  } catch {
    return false;
  }
}

/** ISO-8601 rendering of an instant in the account's zone, for people reading output. */
export function formatInstant(epochMs: number, timeZone: string): string {
  return Temporal.Instant.fromEpochMilliseconds(epochMs)
    .toZonedDateTimeISO(timeZone)
    .toString({ timeZoneName: 'never', smallestUnit: 'minute' });
}
