import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Activity } from '../../src/domain/activity.js';
import { activityKinds, actors } from '../../src/domain/activity.js';
import { listActiveContacts } from '../../src/metering/list-active-contacts.js';
import { recordActivities } from '../../src/metering/record-activities.js';
import { readUsageCount } from '../../src/metering/usage-count.js';
import { verifyMetering } from '../../src/metering/verify-metering.js';
import { createTestDatabase, engines, type TestDatabase } from '../support/engines.js';
import { at, seedAccount } from '../support/metering-fixtures.js';

const timeZone = 'Europe/Berlin';
const monthStarts = ['2026-01-01T00:00', '2026-02-01T00:00', '2026-03-01T00:00', '2026-04-01T00:00'].map(
  (iso) => at(iso),
);
const lastInstant = monthStarts[3] as number;

/** Instants clustered on month boundaries (the start, a millisecond either side) and spread in between. */
const instant = fc.oneof(
  fc.constantFrom(...monthStarts.slice(1).flatMap((start) => [start - 1, start, start + 1])),
  fc.integer({ min: monthStarts[0] as number, max: lastInstant - 1 }),
);

const generatedActivity = fc.record({
  contactId: fc.constantFrom(...Array.from({ length: 12 }, (_, index) => `contact-${index}`)),
  kind: fc.constantFrom(...activityKinds),
  actor: fc.constantFrom(...actors),
  occurredAt: instant,
});

/**
 * A stream of distinct activities, plus replays (copies with the same key), shuffled and
 * cut into batches of random sizes.
 */
const scenario = fc.array(generatedActivity, { minLength: 1, maxLength: 60 }).chain((items) =>
  fc.record({
    items: fc.constant(items.map((item, index) => ({ ...item, key: `k${index}` }))),
    replays: fc.array(fc.nat({ max: items.length - 1 }), { maxLength: 20 }),
    shuffleSeed: fc.integer(),
    batchSizes: fc.array(fc.integer({ min: 1, max: 25 }), { minLength: 1, maxLength: 10 }),
  }),
);

/** Expected figures, computed independently of Tally: Berlin calendar months (the anchor is the 1st). */
function expectedMonths(items: readonly Omit<Activity, 'accountId'>[]) {
  const months = new Map<string, Map<string, number>>();
  for (const item of items) {
    const month = Temporal.Instant.fromEpochMilliseconds(item.occurredAt)
      .toZonedDateTimeISO(timeZone)
      .toPlainDate()
      .toPlainYearMonth()
      .toString();
    const contacts = months.get(month) ?? new Map<string, number>();
    contacts.set(
      item.contactId,
      Math.min(contacts.get(item.contactId) ?? Number.POSITIVE_INFINITY, item.occurredAt),
    );
    months.set(month, contacts);
  }
  return months;
}

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const result = [...items];
  let state = seed >>> 0 || 1;
  for (let index = result.length - 1; index > 0; index--) {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
    const other = state % (index + 1);
    [result[index], result[other]] = [result[other] as T, result[index] as T];
  }
  return result;
}

describe.each(engines)('metering properties on %s', (engine) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(engine);
  });
  afterAll(() => database.dispose());

  it('counter, active set and distinct ledger contacts agree; replays change nothing; the first activity is the earliest', async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async ({ items, replays, shuffleSeed, batchSizes }) => {
        const account = await seedAccount(database.store, monthStarts[0]);
        const activities = items.map((item) => ({ ...item, accountId: account.id }));
        const stream = shuffled(
          [...activities, ...replays.map((index) => activities[index] as Activity)],
          shuffleSeed,
        );
        let offset = 0;
        for (let batch = 0; offset < stream.length; batch++) {
          const size = batchSizes[batch % batchSizes.length] as number;
          const outcome = await recordActivities(database.store, stream.slice(offset, offset + size));
          expect(outcome.ok).toBe(true);
          offset += size;
        }
        const replayAll = await recordActivities(database.store, stream);
        expect(replayAll).toEqual({ ok: true, recorded: 0, replayed: stream.length, newlyActive: 0 });

        const expected = expectedMonths(items);
        for (const start of monthStarts.slice(0, 3)) {
          const month = Temporal.Instant.fromEpochMilliseconds(start)
            .toZonedDateTimeISO(timeZone)
            .toPlainDate()
            .toPlainYearMonth();
          const contacts = expected.get(month.toString()) ?? new Map<string, number>();
          const usage = await readUsageCount(database.store, account.id, start);
          expect(usage?.activeContacts).toBe(contacts.size);
          const page = await listActiveContacts(database.store, account.id, { at: start, limit: 1000 });
          expect(page?.contacts.length).toBe(contacts.size);
          for (const contact of page?.contacts ?? []) {
            expect(contact.firstActivity.occurredAt).toBe(contacts.get(contact.contactId));
          }
        }
      }),
      { numRuns: 40 },
    );
    expect((await verifyMetering(database.store)).differences).toEqual([]);
  });
});
