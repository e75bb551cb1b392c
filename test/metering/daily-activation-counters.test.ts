import { sql } from 'kysely';
import { Temporal } from 'temporal-polyfill';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Account } from '../../src/accounts/account.js';
import { readUsageSnapshot } from '../../src/billing/usage-snapshot.js';
import type { Activity } from '../../src/domain/activity.js';
import { dailyActivationsFrom } from '../../src/metering/daily-activations.js';
import { fanOutActivity } from '../../src/metering/fan-out-activity.js';
import { recordActivities, recordActivitiesWithin } from '../../src/metering/record-activities.js';
import { verifyMetering } from '../../src/metering/verify-metering.js';
import { migrateToLatest } from '../../src/store/migrate.js';
import { type Engine, openStore, type Store } from '../../src/store/store.js';
import { createTestDatabase, engines, type TestDatabase } from '../support/engines.js';
import { activity, at, seedAccount } from '../support/metering-fixtures.js';
import { openUnmigratedStore } from '../support/unmigrated-store.js';

const march = { index: 2, start: at('2026-03-01T00:00'), end: at('2026-04-01T00:00') };

/** The March days with contacts, as `{ 'YYYY-MM-DD': newly active }`, read the way the usage read reads them. */
async function marchDays(store: Store, accountId: string): Promise<Record<string, number>> {
  const snapshot = await readUsageSnapshot(store, accountId, march.start);
  const days = dailyActivationsFrom(snapshot?.days ?? [], march, 'Europe/Berlin');
  return Object.fromEntries(
    days.filter((day) => day.newlyActive !== 0).map((day) => [day.date, day.newlyActive]),
  );
}

/** The local Berlin date of an instant, computed independently of Tally's day arithmetic. */
function berlinDate(epochMs: number): string {
  return Temporal.Instant.fromEpochMilliseconds(epochMs)
    .toZonedDateTimeISO('Europe/Berlin')
    .toPlainDate()
    .toString();
}

describe.each(engines)('per-day activation counters on %s', (engine) => {
  let database: TestDatabase;
  let account: Account;

  beforeEach(async () => {
    database = await createTestDatabase(engine);
    account = await seedAccount(database.store);
  });
  afterEach(() => database.dispose());

  it('count each contact on the local day of its first activity, across midnight and the DST switch', async () => {
    const outcome = await recordActivities(database.store, [
      activity(account.id, 'c1', at('2026-03-10T12:00')),
      activity(account.id, 'c2', at('2026-03-10T23:59:59.999')),
      activity(account.id, 'c3', at('2026-03-11T00:00')),
      activity(account.id, 'c3', at('2026-03-12T09:00')),
      // Berlin moves to summer time on 29 March 2026: that day has 23 hours.
      activity(account.id, 'c4', at('2026-03-29T23:30')),
      activity(account.id, 'c5', at('2026-03-30T00:15')),
    ]);
    expect(outcome).toMatchObject({ ok: true, newlyActive: 5 });
    expect(await marchDays(database.store, account.id)).toEqual({
      '2026-03-10': 2,
      '2026-03-11': 1,
      '2026-03-29': 1,
      '2026-03-30': 1,
    });
  });

  it('move a contact to an earlier day when an earlier activity arrives, and never for a later one or a replay', async () => {
    const first = activity(account.id, 'c1', at('2026-03-10T12:00'));
    await recordActivities(database.store, [first, activity(account.id, 'c2', at('2026-03-10T13:00'))]);
    await recordActivities(database.store, [activity(account.id, 'c1', at('2026-03-03T08:00'))]);
    expect(await marchDays(database.store, account.id)).toEqual({ '2026-03-03': 1, '2026-03-10': 1 });
    // Earlier on the same day, later, and a replay of the first: no day changes.
    await recordActivities(database.store, [
      activity(account.id, 'c2', at('2026-03-10T01:00')),
      activity(account.id, 'c1', at('2026-03-20T08:00')),
      first,
    ]);
    expect(await marchDays(database.store, account.id)).toEqual({ '2026-03-03': 1, '2026-03-10': 1 });
    // The earliest of several out-of-order activities in one batch decides.
    await recordActivities(database.store, [
      activity(account.id, 'c2', at('2026-03-07T08:00')),
      activity(account.id, 'c2', at('2026-03-05T08:00')),
      activity(account.id, 'c2', at('2026-03-06T08:00')),
    ]);
    expect(await marchDays(database.store, account.id)).toEqual({ '2026-03-03': 1, '2026-03-05': 1 });
    expect((await verifyMetering(database.store)).differences).toEqual([]);
  });

  it('move the contacts a fan-out reaches first, and count the ones it makes active on its day', async () => {
    await recordActivities(database.store, [
      activity(account.id, 'c1', at('2026-03-20T09:00')),
      activity(account.id, 'c2', at('2026-03-20T10:00')),
      activity(account.id, 'c3', at('2026-03-02T10:00')),
    ]);
    const rename = {
      accountId: account.id,
      key: 'rename-1',
      kind: 'status.renamed' as const,
      actor: 'user' as const,
      occurredAt: at('2026-03-15T09:00'),
    };
    const selection = contactsNamed(['c1', 'c2', 'c3', 'c4']);
    expect(await fanOutActivity(database.store, rename, selection)).toMatchObject({
      ok: true,
      newlyActive: 1,
    });
    expect(await marchDays(database.store, account.id)).toEqual({ '2026-03-02': 1, '2026-03-15': 3 });
    expect(await fanOutActivity(database.store, rename, selection)).toMatchObject({
      ok: true,
      replayed: true,
    });
    expect(await marchDays(database.store, account.id)).toEqual({ '2026-03-02': 1, '2026-03-15': 3 });
    expect((await verifyMetering(database.store)).differences).toEqual([]);
  });

  it('are checked by verify, which names the month of a day counter that was tampered with', async () => {
    await recordActivities(database.store, [
      activity(account.id, 'c1', at('2026-03-10T12:00')),
      activity(account.id, 'c2', at('2026-03-11T12:00')),
    ]);
    expect((await verifyMetering(database.store)).differences).toEqual([]);
    // One contact moved to the wrong day: the total still matches the counter.
    await sql`UPDATE daily_activations SET newly_active = newly_active + 1 WHERE day_start = ${at('2026-03-10T00:00')}`.execute(
      database.store.db,
    );
    await sql`UPDATE daily_activations SET newly_active = newly_active - 1 WHERE day_start = ${at('2026-03-11T00:00')}`.execute(
      database.store.db,
    );
    expect((await verifyMetering(database.store)).differences).toEqual([
      expect.objectContaining({
        accountId: account.id,
        periodStart: march.start,
        wrongDayCounters: 2,
        counter: 2,
      }),
    ]);
  });

  it('leave the day counters untouched when a contact action’s activity falls into a closed month', async () => {
    await recordActivities(database.store, [activity(account.id, 'c1', at('2026-02-10T09:00'))]);
    await sql`UPDATE usage_months SET closed_at = ${at('2026-03-01T01:00')} WHERE period_start = ${at('2026-02-01T00:00')}`.execute(
      database.store.db,
    );
    let refused: unknown;
    await expect(
      database.store.dialect.inWriteTransaction(async (trx) => {
        refused = await recordActivitiesWithin(
          trx,
          database.store,
          [
            activity(account.id, 'c2', at('2026-02-11T09:00')),
            activity(account.id, 'c3', at('2026-03-11T09:00')),
          ],
          Date.now(),
        );
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(refused).toEqual({
      ok: false,
      issues: [expect.objectContaining({ index: 0, field: 'occurredAt', code: 'period_closed' })],
    });
    const rows = await database.store.db
      .selectFrom('daily_activations')
      .select(['day_start', 'newly_active'])
      .execute();
    expect(rows.map((row) => [Number(row.day_start), Number(row.newly_active)])).toEqual([
      [at('2026-02-10T00:00'), 1],
    ]);
  });

  it('equal what the ledger says under concurrent writers, earlier activities and fan-outs included', async () => {
    const writers = 4;
    // PostgreSQL: a connection per writer. SQLite: one process has one connection, and
    // the writers' transactions interleave on it (a second connection in the same process
    // would block the event loop on the file lock the first one holds across an await).
    const connections =
      engine === 'postgres'
        ? await Promise.all(
            Array.from({ length: writers }, () =>
              openStore(database.url, { schema: database.schema, maxConnections: 1, migrate: false }),
            ),
          )
        : Array.from({ length: writers }, () => database.store);
    try {
      const contacts = 300;
      const perWriter = 600;
      const monthLength = march.end - march.start;
      // Writers 0 and 2 go forward in time, 1 and 3 backward, so many activities replace a
      // first activity already counted on a later day; every seventh key is shared.
      const streams: Activity[][] = Array.from({ length: writers }, (_, writer) =>
        Array.from({ length: perWriter }, (_, index) => {
          // A shared key is the same activity whichever writer delivers it.
          const shared = index % 7 === 0;
          const source = shared ? 0 : writer;
          const step = source % 2 === 0 ? index : perWriter - index;
          return {
            accountId: account.id,
            key: shared ? `shared-${index}` : `w${writer}-${index}`,
            contactId: `contact-${(index * (source + 5) + source * 31) % contacts}`,
            kind: 'message.sent' as const,
            actor: 'automation' as const,
            occurredAt:
              march.start +
              Math.floor(((step * 7_919 + source * 3_600_000) % perWriter) * (monthLength / perWriter)),
          };
        }),
      );
      const renames = [0, 1].map((index) => ({
        accountId: account.id,
        key: `rename-${index}`,
        kind: 'status.renamed' as const,
        actor: 'user' as const,
        occurredAt: at(`2026-03-0${4 + index * 3}T12:00`),
        contacts: Array.from({ length: 50 }, (_, contact) => `contact-${contact * 3 + index}`),
      }));
      await Promise.all(
        connections.map(async (store, writer) => {
          const stream = streams[writer] as Activity[];
          for (let offset = 0; offset < stream.length; offset += 25) {
            if (offset === 300 && writer < renames.length) {
              const { contacts: touched, ...rename } = renames[writer] as (typeof renames)[number];
              const outcome = await fanOutActivity(store, rename, contactsNamed(touched));
              expect(outcome.ok).toBe(true);
            }
            const outcome = await recordActivities(store, stream.slice(offset, offset + 25));
            expect(outcome.ok).toBe(true);
          }
        }),
      );
      const firsts = new Map<string, number>();
      const touch = (contactId: string, time: number) =>
        firsts.set(contactId, Math.min(firsts.get(contactId) ?? Number.POSITIVE_INFINITY, time));
      for (const item of streams.flat()) touch(item.contactId, item.occurredAt);
      for (const rename of renames)
        for (const contactId of rename.contacts) touch(contactId, rename.occurredAt);
      const expected: Record<string, number> = {};
      for (const time of firsts.values()) expected[berlinDate(time)] = (expected[berlinDate(time)] ?? 0) + 1;
      expect(firsts.size).toBe(contacts);
      expect(await ledgerDays(database.store, account.id)).toEqual(expected);
      expect(await marchDays(database.store, account.id)).toEqual(expected);
      expect((await verifyMetering(database.store)).differences).toEqual([]);
    } finally {
      if (engine === 'postgres') await Promise.all(connections.map((store) => store.close()));
    }
  });
});

/** A selection of contacts by id, written so both engines read it. */
function contactsNamed(ids: readonly string[]) {
  return sql<{ contact_id: string }>`${sql.join(
    ids.map((id) => sql`SELECT ${id} AS contact_id`),
    sql` UNION ALL `,
  )}`;
}

/** The March days recounted from the ledger alone: each contact's earliest activity, direct or fanned out. */
async function ledgerDays(store: Store, accountId: string): Promise<Record<string, number>> {
  const rows = await sql<{ first_at: number }>`
    SELECT min(occurred_at) AS first_at FROM (
      SELECT contact_id, occurred_at FROM activity_ledger WHERE account_id = ${accountId} AND contact_id IS NOT NULL
      UNION ALL
      SELECT f.contact_id, l.occurred_at FROM fanout_contacts f
      JOIN activity_ledger l ON l.account_id = f.account_id AND l.activity_key = f.activity_key
      WHERE f.account_id = ${accountId}
    ) touched GROUP BY contact_id`.execute(store.db);
  const days: Record<string, number> = {};
  for (const row of rows.rows) {
    const date = berlinDate(Number(row.first_at));
    days[date] = (days[date] ?? 0) + 1;
  }
  return days;
}

describe.each(engines)('migration 15 on %s', (engine: Engine) => {
  it('counts the existing months’ active sets by local day', async () => {
    const { store, dispose } = await openUnmigratedStore(engine);
    try {
      await migrateToLatest(store, 13);
      const berlinAnchor = at('2026-01-01T00:00');
      await sql`INSERT INTO accounts (account_id, name, time_zone, billing_anchor, created_at)
        VALUES ('acc_old', 'Old GmbH', 'Europe/Berlin', ${berlinAnchor}, ${berlinAnchor})`.execute(store.db);
      const firsts = [
        ['c1', at('2026-03-01T00:00')],
        ['c2', at('2026-03-01T23:59')],
        ['c3', at('2026-03-29T23:30')],
        ['c4', at('2026-03-31T23:59')],
        ['c5', at('2026-03-31T10:00')],
      ] as const;
      for (const [contactId, time] of firsts) {
        await sql`INSERT INTO activity_ledger (account_id, activity_key, period_start, contact_id, kind, actor, occurred_at, recorded_at)
          VALUES ('acc_old', ${`k-${contactId}`}, ${march.start}, ${contactId}, 'note.added', 'user', ${time}, ${time})`.execute(
          store.db,
        );
        await sql`INSERT INTO active_contacts (account_id, period_start, contact_id, first_activity_key, first_occurred_at)
          VALUES ('acc_old', ${march.start}, ${contactId}, ${`k-${contactId}`}, ${time})`.execute(store.db);
      }
      await sql`INSERT INTO usage_months (account_id, period_start, period_end, active_contacts, latest_first_at)
        VALUES ('acc_old', ${march.start}, ${march.end}, 5, ${at('2026-03-31T23:59')})`.execute(store.db);
      await migrateToLatest(store);
      expect(await marchDays(store, 'acc_old')).toEqual({
        '2026-03-01': 2,
        '2026-03-29': 1,
        '2026-03-31': 2,
      });
      expect((await verifyMetering(store)).differences).toEqual([]);
      // Recording goes on from the counted days.
      expect(
        await recordActivities(store, [activity('acc_old', 'c6', at('2026-03-01T05:00'))]),
      ).toMatchObject({
        ok: true,
        newlyActive: 1,
      });
      expect(await marchDays(store, 'acc_old')).toEqual({
        '2026-03-01': 3,
        '2026-03-29': 1,
        '2026-03-31': 2,
      });
    } finally {
      await dispose();
    }
  });
});
