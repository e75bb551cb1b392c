import { Temporal } from 'temporal-polyfill';
import { localDayStarts } from './local-days.js';
import { type UsageMonth, usageMonthStart, zonedAnchor } from './usage-month.js';

/**
 * The usage months of one account, each computed once and then looked up. Recording an
 * activity needs its month; zoned month arithmetic for each of millions of activities
 * would dominate ingest, and the anchor never moves (SPEC §4), so an account's month
 * boundaries never change and can be cached for the process lifetime. Only the months
 * actually asked for are computed: an account anchored years ago costs no more than a new one.
 */
export class UsageCalendar {
  private readonly anchor: Temporal.ZonedDateTime;
  private readonly starts = new Map<number, number>();
  private readonly days = new Map<number, readonly number[]>();
  /** The month found last; activities mostly fall into the same month as the previous one. */
  private last: UsageMonth | undefined;

  constructor(anchorEpochMs: number, timeZone: string) {
    this.anchor = zonedAnchor(anchorEpochMs, timeZone);
  }

  get anchorEpochMs(): number {
    return this.anchor.epochMilliseconds;
  }

  get timeZone(): string {
    return this.anchor.timeZoneId;
  }

  /** The usage month that contains the instant, or undefined before the anchor. */
  monthAt(epochMs: number): UsageMonth | undefined {
    const last = this.last;
    if (last && epochMs >= last.start && epochMs < last.end) return last;
    if (epochMs < this.anchor.epochMilliseconds) return undefined;
    // The local calendar months between anchor and instant give the index, give or take one
    // (the instant may be before the anchor's day or time of day in its month).
    const local = Temporal.Instant.fromEpochMilliseconds(epochMs).toZonedDateTimeISO(this.anchor.timeZoneId);
    let index = Math.max(0, (local.year - this.anchor.year) * 12 + (local.month - this.anchor.month));
    while (index > 0 && this.start(index) > epochMs) index--;
    while (this.start(index + 1) <= epochMs) index++;
    this.last = this.month(index);
    return this.last;
  }

  month(index: number): UsageMonth {
    return { index, start: this.start(index), end: this.start(index + 1) };
  }

  /**
   * When each local day of the month begins (see `localDayStarts`), computed once per month:
   * every activity recorded needs its day, and the month's days never change.
   */
  dayStarts(month: UsageMonth): readonly number[] {
    let starts = this.days.get(month.start);
    if (!starts) {
      starts = localDayStarts(month, this.anchor.timeZoneId);
      this.days.set(month.start, starts);
    }
    return starts;
  }

  private start(index: number): number {
    let start = this.starts.get(index);
    if (start === undefined) {
      start = usageMonthStart(this.anchor, index);
      this.starts.set(index, start);
    }
    return start;
  }
}
