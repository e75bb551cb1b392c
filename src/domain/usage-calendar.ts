import type { Temporal } from 'temporal-polyfill';
import { type UsageMonth, usageMonthStart, zonedAnchor } from './usage-month.js';

/**
 * The usage months of one account, computed once and then looked up by binary search.
 * Recording an activity needs its month; computing zoned month arithmetic for each of
 * millions of activities would dominate ingest, and the anchor never moves (SPEC §4), so
 * an account's month boundaries never change and can be cached for the process lifetime.
 */
export class UsageCalendar {
  private readonly anchor: Temporal.ZonedDateTime;
  /** starts[i] is the start of month i; always holds at least months 0 and 1. */
  private readonly starts: number[];

  constructor(anchorEpochMs: number, timeZone: string) {
    this.anchor = zonedAnchor(anchorEpochMs, timeZone);
    this.starts = [usageMonthStart(this.anchor, 0), usageMonthStart(this.anchor, 1)];
  }

  get anchorEpochMs(): number {
    return this.anchor.epochMilliseconds;
  }

  /** The usage month that contains the instant, or undefined before the anchor. */
  monthAt(epochMs: number): UsageMonth | undefined {
    const starts = this.starts;
    if (epochMs < (starts[0] as number)) return undefined;
    while (epochMs >= (starts[starts.length - 1] as number)) {
      starts.push(usageMonthStart(this.anchor, starts.length));
    }
    let low = 0;
    let high = starts.length - 2;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((starts[middle] as number) <= epochMs) low = middle;
      else high = middle - 1;
    }
    return { index: low, start: starts[low] as number, end: starts[low + 1] as number };
  }

  month(index: number): UsageMonth {
    while (this.starts.length < index + 2) this.starts.push(usageMonthStart(this.anchor, this.starts.length));
    return { index, start: this.starts[index] as number, end: this.starts[index + 1] as number };
  }
}
