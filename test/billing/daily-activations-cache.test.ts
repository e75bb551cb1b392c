import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cachedDailyActivations } from '../../src/billing/daily-activations-cache.js';
import { createTestDatabase, type TestDatabase } from '../support/engines.js';

/** The cache is per store and engine-neutral; one SQLite store is enough to hold it. */
describe('the daily activations cache', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase('sqlite');
  });
  afterAll(() => database.dispose());

  const day = (date: string, start: number, newlyActive: number, cumulative: number) => ({
    date,
    start,
    newlyActive,
    cumulative,
  });
  const march14 = Date.parse('2026-03-14T12:00:00Z');
  const days = [
    day('2026-03-13', march14 - 86_400_000, 10, 10),
    day('2026-03-14', march14 - 43_200_000, 5, 15),
  ];

  it('loads once, then adds contacts counted since to today; a new local day or a lower count loads again', async () => {
    let loads = 0;
    const load = async () => {
      loads++;
      return days;
    };
    const read = (now: number, count: number) =>
      cachedDailyActivations(database.store, 'acc:1', now, 'Europe/Berlin', count, load);

    expect(await read(march14, 15)).toEqual(days);
    expect(loads).toBe(1);
    const later = await read(march14 + 3_600_000, 19);
    expect(loads).toBe(1);
    expect(later.at(-1)).toEqual(day('2026-03-14', march14 - 43_200_000, 9, 19));
    expect(later[0]).toEqual(days[0]);

    // Berlin's 15 March starts at 23:00 UTC on the 14th.
    await read(Date.parse('2026-03-14T23:00:00Z'), 19);
    expect(loads).toBe(2);
    await read(Date.parse('2026-03-14T23:30:00Z'), 3);
    expect(loads).toBe(3);
  });
});
