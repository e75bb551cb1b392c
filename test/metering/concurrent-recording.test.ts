import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Activity } from '../../src/domain/activity.js';
import { fanOutActivity } from '../../src/metering/fan-out-activity.js';
import { recordActivities } from '../../src/metering/record-activities.js';
import { readUsageCount } from '../../src/metering/usage-count.js';
import { verifyMetering } from '../../src/metering/verify-metering.js';
import { openStore, type Store } from '../../src/store/store.js';
import { createTestDatabase, type TestDatabase } from '../support/engines.js';
import { at, seedAccount } from '../support/metering-fixtures.js';
import { countRows } from '../support/row-counts.js';

const writers = 8;
const contacts = 400;
const activitiesPerWriter = 1200;
const batchSize = 40;

describe('recording concurrently on postgres', () => {
  let database: TestDatabase;
  let connections: Store[];

  beforeEach(async () => {
    database = await createTestDatabase('postgres');
    connections = await Promise.all(
      Array.from({ length: writers }, () =>
        openStore(database.url, { schema: database.schema as string, maxConnections: 1, migrate: false }),
      ),
    );
  });
  afterEach(async () => {
    await Promise.all(connections.map((store) => store.close()));
    await database.dispose();
  });

  it('keeps the count exact when 8 connections record overlapping contacts of one account at once', async () => {
    const account = await seedAccount(database.store);
    const monthStart = at('2026-03-01T00:00');
    // Each writer touches contacts in its own order; every fifth key is shared by all
    // writers, so the same activity is also delivered several times at once.
    const streams: Activity[][] = Array.from({ length: writers }, (_, writer) =>
      Array.from({ length: activitiesPerWriter }, (_, index) => ({
        accountId: account.id,
        key: index % 5 === 0 ? `shared-${index}` : `w${writer}-${index}`,
        contactId: `contact-${(index * (writer + 3) + writer * 17) % contacts}`,
        kind: 'message.sent',
        actor: 'automation',
        occurredAt: monthStart + ((index * 7919 + writer * 104_729) % (27 * 24 * 3600_000)),
      })),
    );
    await Promise.all(
      connections.map(async (store, writer) => {
        const stream = streams[writer] as Activity[];
        for (let offset = 0; offset < stream.length; offset += batchSize) {
          const outcome = await recordActivities(store, stream.slice(offset, offset + batchSize));
          expect(outcome.ok).toBe(true);
        }
      }),
    );
    const expectedContacts = new Set(streams.flat().map((activity) => activity.contactId));
    const usage = await readUsageCount(database.store, account.id, monthStart);
    expect(usage?.activeContacts).toBe(expectedContacts.size);
    const distinctKeys = new Set(streams.flat().map((activity) => activity.key));
    expect(await countRows(database.store.db, 'activity_ledger')).toBe(distinctKeys.size);
    expect((await verifyMetering(database.store)).differences).toEqual([]);
  });

  it('keeps the count exact when fan-outs and single activities race on the same contacts', async () => {
    const account = await seedAccount(database.store);
    const monthStart = at('2026-03-01T00:00');
    await recordActivities(
      database.store,
      Array.from({ length: 300 }, (_, index) => ({
        accountId: account.id,
        key: `feb-${index}`,
        contactId: `contact-${index}`,
        kind: 'contact.created' as const,
        actor: 'import' as const,
        occurredAt: at('2026-02-10T00:00'),
      })),
    );
    const february = at('2026-02-01T00:00');
    await Promise.all(
      connections.map(async (store, writer) => {
        if (writer % 2 === 0) {
          const selection = store.db
            .selectFrom('active_contacts')
            .select('contact_id')
            .where('account_id', '=', account.id)
            .where('period_start', '=', february);
          const outcome = await fanOutActivity(
            store,
            {
              accountId: account.id,
              key: `rename-${writer}`,
              kind: 'status.renamed',
              actor: 'user',
              occurredAt: monthStart + writer * 1000,
            },
            selection,
          );
          expect(outcome.ok).toBe(true);
        } else {
          const outcome = await recordActivities(
            store,
            Array.from({ length: 150 }, (_, index) => ({
              accountId: account.id,
              key: `w${writer}-${index}`,
              contactId: `contact-${(index * 2 + writer) % 400}`,
              kind: 'note.added' as const,
              actor: 'user' as const,
              occurredAt: monthStart + index,
            })),
          );
          expect(outcome.ok).toBe(true);
        }
      }),
    );
    // The renames touch the 300 February contacts; the notes reach odd contacts up to 305.
    const noted = [1, 3, 5, 7].flatMap((writer) =>
      Array.from({ length: 150 }, (_, index) => (index * 2 + writer) % 400),
    );
    const expected = new Set([...Array.from({ length: 300 }, (_, index) => index), ...noted]);
    const usage = await readUsageCount(database.store, account.id, monthStart);
    expect(usage?.activeContacts).toBe(expected.size);
    expect((await verifyMetering(database.store)).differences).toEqual([]);
  });

  it('never lets an activity into a month after a concurrent close has read its count', async () => {
    const account = await seedAccount(database.store);
    const monthStart = at('2026-03-01T00:00');
    let closedCount: number | undefined;
    const refusedAfterClose: number[] = [];
    const writersDone = Promise.all(
      connections.map(async (store, writer) => {
        // Each writer keeps going until the close refuses it (bounded, should the close never come).
        for (let batch = 0; batch < 5_000; batch++) {
          const outcome = await recordActivities(
            store,
            Array.from({ length: 20 }, (_, index) => ({
              accountId: account.id,
              key: `w${writer}-${batch}-${index}`,
              contactId: `contact-${writer}-${batch}-${index}`,
              kind: 'note.added' as const,
              actor: 'user' as const,
              occurredAt: monthStart + batch * 1000 + index,
            })),
          );
          if (!outcome.ok) {
            refusedAfterClose.push(batch);
            break;
          }
        }
      }),
    );
    // Close while the writers are busy: once some of their batches have landed.
    while (((await readUsageCount(database.store, account.id, monthStart))?.activeContacts ?? 0) === 0) {
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    // The closer's protocol: lock the month row FOR UPDATE, read the count, mark it closed.
    await database.store.db.transaction().execute(async (trx) => {
      const row = await trx
        .selectFrom('usage_months')
        .select('active_contacts')
        .where('account_id', '=', account.id)
        .where('period_start', '=', monthStart)
        .forUpdate()
        .executeTakeFirstOrThrow();
      closedCount = row.active_contacts;
      await trx
        .updateTable('usage_months')
        .set({ closed_at: Date.now() })
        .where('account_id', '=', account.id)
        .where('period_start', '=', monthStart)
        .execute();
    });
    await writersDone;
    const final = await readUsageCount(database.store, account.id, monthStart);
    expect(refusedAfterClose).toHaveLength(connections.length);
    expect(final?.activeContacts).toBe(closedCount);
    expect((await verifyMetering(database.store)).differences).toEqual([]);
  });
});
