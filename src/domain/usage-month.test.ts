import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { UsageCalendar } from './usage-calendar.js';
import { usageMonth, zonedAnchor } from './usage-month.js';

/** Local wall-clock rendering of a month start, so expectations read like a calendar. */
function localStart(anchorIso: string, timeZone: string, index: number): string {
  const anchor = zonedAnchor(
    Temporal.ZonedDateTime.from(`${anchorIso}[${timeZone}]`).epochMilliseconds,
    timeZone,
  );
  const { start } = usageMonth(anchor, index);
  return Temporal.Instant.fromEpochMilliseconds(start).toZonedDateTimeISO(timeZone).toString({
    timeZoneName: 'never',
    smallestUnit: 'minute',
  });
}

describe('usage months', () => {
  const cases: { name: string; anchor: string; zone: string; expected: string[] }[] = [
    {
      name: 'an anchor on the 1st starts every month on the 1st at the same local time',
      anchor: '2026-01-01T00:00',
      zone: 'Europe/Berlin',
      expected: [
        '2026-01-01T00:00+01:00',
        '2026-02-01T00:00+01:00',
        '2026-03-01T00:00+01:00',
        '2026-04-01T00:00+02:00',
      ],
    },
    {
      name: 'an anchor on the 31st clamps to short months and returns to the 31st',
      anchor: '2026-01-31T10:00',
      zone: 'Europe/Berlin',
      expected: [
        '2026-01-31T10:00+01:00',
        '2026-02-28T10:00+01:00',
        '2026-03-31T10:00+02:00',
        '2026-04-30T10:00+02:00',
        '2026-05-31T10:00+02:00',
      ],
    },
    {
      name: 'an anchor on the 31st gets 29 February in a leap year',
      anchor: '2028-01-31T10:00',
      zone: 'Europe/Berlin',
      expected: ['2028-01-31T10:00+01:00', '2028-02-29T10:00+01:00', '2028-03-31T10:00+02:00'],
    },
    {
      name: 'an anchor on the 30th clamps only in February',
      anchor: '2026-01-30T08:00',
      zone: 'Europe/Berlin',
      expected: ['2026-01-30T08:00+01:00', '2026-02-28T08:00+01:00', '2026-03-30T08:00+02:00'],
    },
    {
      name: 'an anchor on the 29th clamps in a common February and not in a leap February',
      anchor: '2027-01-29T08:00',
      zone: 'Europe/Berlin',
      expected: [
        '2027-01-29T08:00+01:00',
        '2027-02-28T08:00+01:00',
        '2027-03-29T08:00+02:00',
        '2027-04-29T08:00+02:00',
        '2027-05-29T08:00+02:00',
        '2027-06-29T08:00+02:00',
        '2027-07-29T08:00+02:00',
        '2027-08-29T08:00+02:00',
        '2027-09-29T08:00+02:00',
        '2027-10-29T08:00+02:00',
        '2027-11-29T08:00+01:00',
        '2027-12-29T08:00+01:00',
        '2028-01-29T08:00+01:00',
        '2028-02-29T08:00+01:00',
      ],
    },
    {
      name: 'an anchor on the 28th never clamps',
      anchor: '2026-01-28T23:30',
      zone: 'Europe/Berlin',
      expected: ['2026-01-28T23:30+01:00', '2026-02-28T23:30+01:00', '2026-03-28T23:30+01:00'],
    },
    {
      name: 'an anchor on 29 February of a leap year clamps to the 28th in the next February',
      anchor: '2028-02-29T12:00',
      zone: 'Europe/Berlin',
      expected: ['2028-02-29T12:00+01:00', '2028-03-29T12:00+02:00'],
    },
    {
      name: 'New York keeps the local time of day across the DST switches',
      anchor: '2026-02-10T09:00',
      zone: 'America/New_York',
      expected: [
        '2026-02-10T09:00-05:00',
        '2026-03-10T09:00-04:00',
        '2026-04-10T09:00-04:00',
        '2026-05-10T09:00-04:00',
        '2026-06-10T09:00-04:00',
        '2026-07-10T09:00-04:00',
        '2026-08-10T09:00-04:00',
        '2026-09-10T09:00-04:00',
        '2026-10-10T09:00-04:00',
        '2026-11-10T09:00-05:00',
      ],
    },
    {
      name: 'a local start time skipped by the Berlin spring-forward moves to the same instant after the gap',
      // 29 March 2027 is not a DST day, but 28 March 2027 is: 02:00–03:00 does not exist.
      anchor: '2027-01-28T02:30',
      zone: 'Europe/Berlin',
      expected: [
        '2027-01-28T02:30+01:00',
        '2027-02-28T02:30+01:00',
        '2027-03-28T03:30+02:00',
        '2027-04-28T02:30+02:00',
      ],
    },
    {
      name: 'a local start time skipped by the New York spring-forward moves past the gap',
      // 8 March 2026: 02:00–03:00 does not exist in New York.
      anchor: '2026-02-08T02:15',
      zone: 'America/New_York',
      expected: ['2026-02-08T02:15-05:00', '2026-03-08T03:15-04:00', '2026-04-08T02:15-04:00'],
    },
    {
      name: 'a local start time that occurs twice at the Berlin fall-back takes the earlier instant',
      // 25 October 2026: 02:00–03:00 happens twice.
      anchor: '2026-09-25T02:30',
      zone: 'Europe/Berlin',
      expected: ['2026-09-25T02:30+02:00', '2026-10-25T02:30+02:00', '2026-11-25T02:30+01:00'],
    },
  ];

  for (const { name, anchor, zone, expected } of cases) {
    it(name, () => {
      expect(expected.map((_, index) => localStart(anchor, zone, index))).toEqual(expected);
    });
  }

  it('leaves no gap and no overlap between consecutive months over ten years in several zones', () => {
    for (const zone of ['Europe/Berlin', 'America/New_York', 'Australia/Sydney', 'Asia/Kolkata', 'UTC']) {
      for (const anchorIso of [
        '2026-01-31T02:30',
        '2026-03-29T02:30',
        '2026-10-25T02:30',
        '2024-02-29T00:00',
      ]) {
        const anchor = Temporal.ZonedDateTime.from(`${anchorIso}[${zone}]`, { disambiguation: 'compatible' });
        const calendar = new UsageCalendar(anchor.epochMilliseconds, zone);
        for (let index = 0; index < 120; index++) {
          const month = calendar.month(index);
          const next = calendar.month(index + 1);
          expect(month.end).toBe(next.start);
          expect(month.end - month.start).toBeGreaterThan(27 * 24 * 3600_000);
          expect(month.end - month.start).toBeLessThan(32 * 24 * 3600_000);
        }
      }
    }
  });

  it('a yearly plan has twelve monthly usage months per year', () => {
    const anchor = Temporal.ZonedDateTime.from('2026-05-15T12:00[Europe/Berlin]');
    const calendar = new UsageCalendar(anchor.epochMilliseconds, 'Europe/Berlin');
    expect(calendar.month(12).start).toBe(anchor.add({ years: 1 }).epochMilliseconds);
  });

  it('finds the month containing an instant, with the end exclusive and nothing before the anchor', () => {
    const anchor = Temporal.ZonedDateTime.from('2026-01-31T10:00[Europe/Berlin]');
    const calendar = new UsageCalendar(anchor.epochMilliseconds, 'Europe/Berlin');
    const february = calendar.month(1);
    expect(calendar.monthAt(february.start)?.index).toBe(1);
    expect(calendar.monthAt(february.end - 1)?.index).toBe(1);
    expect(calendar.monthAt(february.end)?.index).toBe(2);
    expect(calendar.monthAt(anchor.epochMilliseconds - 1)).toBeUndefined();
    expect(calendar.monthAt(anchor.add({ years: 3, days: 1 }).epochMilliseconds)?.index).toBe(36);
    expect(calendar.monthAt(calendar.month(5).start + 1)?.index).toBe(5);
  });

  it('places any instant in exactly the month whose bounds contain it, whatever the lookup order', () => {
    const zones = ['Europe/Berlin', 'America/New_York', 'Australia/Lord_Howe'];
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.integer({ min: 1, max: 31 }),
        fc.array(fc.integer({ min: 0, max: 10 * 366 * 24 * 3600_000 }), { minLength: 1, maxLength: 30 }),
        (zone, day, offsets) => {
          const anchor = Temporal.ZonedDateTime.from({
            year: 2024,
            month: 1,
            day,
            hour: 2,
            minute: 30,
            timeZone: zone,
          });
          const calendar = new UsageCalendar(anchor.epochMilliseconds, zone);
          for (const offset of offsets) {
            const instant = anchor.epochMilliseconds + offset;
            const month = calendar.monthAt(instant);
            expect(month).toBeDefined();
            if (!month) return;
            expect(month.start).toBeLessThanOrEqual(instant);
            expect(month.end).toBeGreaterThan(instant);
            expect(calendar.month(month.index)).toEqual(month);
            expect(usageMonth(anchor, month.index)).toEqual(month);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
