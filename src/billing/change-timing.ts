import { Temporal } from 'temporal-polyfill';
import type { UsageCalendar } from '../domain/usage-calendar.js';
import type { BillingCycle } from './catalog.js';
import { monthsPerCycle } from './configuration.js';
import type { ChangeTiming, CycleFacts } from './plan-change.js';

/** The billing cycle (as usage-month indexes) that contains usage month `monthIndex`. */
export function cycleAround(cycleStartMonth: number, cycle: BillingCycle, monthIndex: number) {
  const length = monthsPerCycle(cycle);
  const first = cycleStartMonth + Math.floor((monthIndex - cycleStartMonth) / length) * length;
  return { firstMonth: first, endMonth: first + length };
}

/**
 * Where an instant falls in the current billing cycle, counted in the account's local
 * calendar days (the day of the change counts as left), and in whole usage months.
 */
export function changeTiming(
  calendar: UsageCalendar,
  timeZone: string,
  cycleStartMonth: number,
  cycle: BillingCycle,
  at: number,
): ChangeTiming {
  const month = calendar.monthAt(at);
  if (!month) throw new RangeError('the change is before the subscription started');
  const facts = (firstMonth: number, endMonth: number): CycleFacts => ({
    days: localDaysBetween(calendar.month(firstMonth).start, calendar.month(endMonth).start, timeZone),
    daysLeft: localDaysBetween(at, calendar.month(endMonth).start, timeZone),
    monthsAfterCurrent: endMonth - month.index - 1,
  });
  const current = cycleAround(cycleStartMonth, cycle, month.index);
  return {
    current: facts(current.firstMonth, current.endMonth),
    yearlyFromCurrentMonth: facts(month.index, month.index + 12),
  };
}

function localDaysBetween(from: number, to: number, timeZone: string): number {
  const start = Temporal.Instant.fromEpochMilliseconds(from).toZonedDateTimeISO(timeZone).toPlainDate();
  const end = Temporal.Instant.fromEpochMilliseconds(to).toZonedDateTimeISO(timeZone).toPlainDate();
  return start.until(end, { largestUnit: 'days' }).days;
}
