/**
 * The month-end forecast of active contacts (SPEC §6; method in docs/forecast.md).
 *
 * Contacts count once per month, so new activations run fastest at a month's start and
 * slow down as the month's regulars are already counted; a status rename or an import
 * lands hundreds in a day. The forecast therefore
 *  1. takes the pace of the recent days (the last week), leaving out spike days, which
 *     are one-off events and already in the count;
 *  2. extrapolates that pace over the rest of the month on top of the current count;
 *  3. blends the result with a prior — the previous month's count, or the allowance
 *     the customer chose when there is no previous month — weighted by how much of the
 *     month has passed, so the first days cannot swing the figure wildly;
 *  4. never goes below the current count, which is certain.
 */

export interface ForecastInput {
  /** The exact active count now. */
  activeContacts: number;
  /** New activations per local day, from the month's first day up to today (partial). */
  days: readonly { newlyActive: number; start: number }[];
  monthStart: number;
  monthEnd: number;
  now: number;
  /** The previous usage month's final count, when there was one. */
  previousMonthActive: number | undefined;
  /** The allowance in force, the prior when there is no previous month (undefined: legacy). */
  allowance: number | undefined;
}

export interface Forecast {
  activeContacts: number;
  /** The part of the month that has passed, 0–1. */
  elapsed: number;
  /** New activations per day the pace assumes for the rest of the month. */
  dailyPace: number;
  prior: number;
}

const dayMs = 86_400_000;
/** The recent window the pace is measured over. */
const paceWindowDays = 7;
/** A day is a spike when it activates more than this many times the median day… */
const spikeFactor = 3;
/** …and at least this many contacts (small accounts' days vary by a few contacts). */
const spikeMinimum = 20;

export function forecastMonthEnd(input: ForecastInput): Forecast {
  const { activeContacts, days, monthStart, monthEnd, now } = input;
  const length = monthEnd - monthStart;
  const elapsedMs = Math.min(Math.max(now - monthStart, 0), length);
  const elapsed = length > 0 ? elapsedMs / length : 1;
  const prior = Math.max(activeContacts, input.previousMonthActive ?? input.allowance ?? activeContacts);
  if (elapsed >= 1) return { activeContacts, elapsed: 1, dailyPace: 0, prior };

  const counts = days.map((day) => day.newlyActive);
  const median = medianOf(counts);
  const isSpike = (count: number) => count >= spikeMinimum && count > spikeFactor * median;
  // The pace over the recent days' time, spike days left out with their time.
  let activations = 0;
  let measuredMs = 0;
  days.slice(-paceWindowDays).forEach((day, index, window) => {
    if (isSpike(day.newlyActive)) return;
    activations += day.newlyActive;
    measuredMs += Math.min(window[index + 1]?.start ?? now, now) - day.start;
  });
  // At least a day's worth of time, so the first hours' few activations are not a rate.
  const dailyPace = (activations / Math.max(measuredMs, dayMs)) * dayMs;
  const fromPace = activeContacts + (dailyPace * (monthEnd - now)) / dayMs;
  const blended = elapsed * fromPace + (1 - elapsed) * prior;
  return { activeContacts: Math.max(activeContacts, Math.round(blended)), elapsed, dailyPace, prior };
}

function medianOf(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}
