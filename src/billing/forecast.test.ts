import { describe, expect, it } from 'vitest';
import { forecastMonthEnd } from './forecast.js';

/** A synthetic 30-day month starting at 0: `perDay(d)` contacts become active on day d. */
const dayMs = 86_400_000;
const monthEnd = 30 * dayMs;

function forecastAt(
  now: number,
  perDay: (day: number) => number,
  options: { previousMonthActive?: number; allowance?: number } = {},
) {
  const days: { start: number; newlyActive: number }[] = [];
  let active = 0;
  for (let day = 0; day * dayMs < now; day++) {
    // Activations spread evenly through the day; today's only up to now.
    const share = Math.min(1, (now - day * dayMs) / dayMs);
    const newlyActive = Math.floor(perDay(day) * share);
    days.push({ start: day * dayMs, newlyActive });
    active += newlyActive;
  }
  return forecastMonthEnd({
    activeContacts: active,
    days,
    monthStart: 0,
    monthEnd,
    now,
    previousMonthActive: options.previousMonthActive,
    allowance: options.allowance ?? 250,
  });
}

const totalOf = (perDay: (day: number) => number) =>
  Array.from({ length: 30 }, (_, day) => perDay(day)).reduce((a, b) => a + b, 0);

const within = (value: number, target: number, fraction: number) =>
  Math.abs(value - target) <= target * fraction;

describe('the month-end forecast', () => {
  it('a steady month: close to the truth from the first day on, with or without a previous month', () => {
    const steady = () => 10;
    const truth = totalOf(steady); // 300
    for (let hour = 6; hour < 30 * 24; hour += 6) {
      const withHistory = forecastAt(hour * 3_600_000, steady, { previousMonthActive: 290 });
      expect(
        within(withHistory.activeContacts, truth, 0.1),
        `hour ${hour}: ${withHistory.activeContacts}`,
      ).toBe(true);
    }
    // The first month: the allowance (250) is the prior, and the pace takes over as days pass.
    for (let hour = 6; hour < 30 * 24; hour += 6) {
      const firstMonth = forecastAt(hour * 3_600_000, steady);
      expect(
        within(firstMonth.activeContacts, truth, 0.2),
        `hour ${hour}: ${firstMonth.activeContacts}`,
      ).toBe(true);
    }
  });

  it('does not swing early: through the first three days it stays within 10 % of the truth', () => {
    // A busy first day: extrapolating its first hours in a straight line would say 1,200.
    const bursty = (day: number) => (day === 0 ? 40 : 10);
    const truth = totalOf(bursty); // 330
    for (let hour = 1; hour <= 72; hour++) {
      const forecast = forecastAt(hour * 3_600_000, bursty, { previousMonthActive: 300 });
      expect(within(forecast.activeContacts, truth, 0.1), `hour ${hour}: ${forecast.activeContacts}`).toBe(
        true,
      );
    }
  });

  it('a front-loaded month: the slow later pace, not the first days, drives the projection', () => {
    const frontLoaded = (day: number) => (day < 2 ? 120 : 5);
    const truth = totalOf(frontLoaded); // 240 + 140 = 380
    const atDay10 = forecastAt(10 * dayMs, frontLoaded, { previousMonthActive: 370 });
    expect(within(atDay10.activeContacts, truth, 0.05), String(atDay10.activeContacts)).toBe(true);
    // In a first month the prior is the allowance (250), already passed: the pace alone lifts the figure.
    const firstMonth = forecastAt(10 * dayMs, frontLoaded);
    expect(within(firstMonth.activeContacts, truth, 0.2), String(firstMonth.activeContacts)).toBe(true);
    expect(atDay10.dailyPace).toBeCloseTo(5, 5);
    // Straight-line extrapolation of the count so far would say 840.
    const straightLine = (atDay10.activeContacts / 10) * 30;
    expect(atDay10.activeContacts).toBeLessThan(straightLine / 2);
  });

  it('a status rename spike is counted once and not extrapolated', () => {
    const withRename = (day: number) => (day === 11 ? 1_000 : 10);
    const truth = totalOf(withRename); // 1,290
    const atDay15 = forecastAt(15 * dayMs, withRename, { previousMonthActive: 300 });
    expect(atDay15.dailyPace).toBeCloseTo(10, 5);
    // 1,150 counted now plus 15 days at 10; the prior (300) is below the count, so the count is the floor.
    expect(within(atDay15.activeContacts, truth, 0.1), String(atDay15.activeContacts)).toBe(true);
    expect(atDay15.activeContacts).toBeGreaterThanOrEqual(1_150);
  });

  it('never projects below the current count, and equals it once the month has ended', () => {
    const ended = forecastAt(monthEnd, () => 10, { previousMonthActive: 5_000 });
    expect(ended.activeContacts).toBe(300);
    const quiet = forecastAt(20 * dayMs, (day) => (day === 0 ? 100 : 0), { previousMonthActive: 10 });
    expect(quiet.activeContacts).toBe(100);
  });
});
