import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Output } from '../../src/cli/output.js';
import { runCli } from '../../src/cli/program.js';
import { listActiveContacts } from '../../src/metering/list-active-contacts.js';
import { recordActivities } from '../../src/metering/record-activities.js';
import { verifyMetering } from '../../src/metering/verify-metering.js';
import { openStore } from '../../src/store/store.js';
import { createTestDatabase, databaseUrlOf, engines, type TestDatabase } from '../support/engines.js';
import { partitionRows } from '../support/ledger-partitions.js';
import { activity, at, seedAccount } from '../support/metering-fixtures.js';

function silent(): Output {
  return { out: () => {}, error: () => {} };
}

describe.each(engines)('the ledger by month on %s', (engine) => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await createTestDatabase(engine);
  });
  afterEach(() => database.dispose());

  it('records an activity in a month no partition was made for, and keeps it when the month gets one', async () => {
    // Anchored in 2031: no maintenance has prepared anything that far ahead.
    const account = await seedAccount(database.store, at('2031-05-01T00:00'));
    const outcome = await recordActivities(database.store, [
      activity(account.id, 'c1', at('2031-05-03T09:00'), { key: 'far-1' }),
      activity(account.id, 'c2', at('2031-06-03T09:00'), { key: 'far-2' }),
    ]);
    expect(outcome).toEqual({ ok: true, recorded: 2, replayed: 0, newlyActive: 2 });
    if (engine === 'postgres') {
      expect(await partitionRows(database.store)).toEqual({ activity_ledger_default: 2 });
    }
    const created = await database.store.dialect.prepareLedgerMonths(at('2026-11-30T12:00'));
    if (engine === 'postgres') {
      // Berlin's May and June start on the last evening of April and May in UTC.
      expect(created).toEqual([
        'activity_ledger_y2026m10',
        'activity_ledger_y2026m11',
        'activity_ledger_y2026m12',
        'activity_ledger_y2027m01',
        'activity_ledger_y2027m02',
        'activity_ledger_y2031m04',
        'activity_ledger_y2031m05',
      ]);
      expect(await partitionRows(database.store)).toMatchObject({
        activity_ledger_default: 0,
        activity_ledger_y2031m04: 1,
        activity_ledger_y2031m05: 1,
      });
    } else {
      expect(created).toEqual([]);
    }
    // Moved or not, the ledger reads the same and a re-delivery is still recognised.
    const page = await listActiveContacts(database.store, account.id, { at: at('2031-05-10T00:00') });
    expect(page?.contacts.map((contact) => contact.firstActivity.key)).toEqual(['far-1']);
    expect(
      await recordActivities(database.store, [
        activity(account.id, 'c1', at('2031-05-03T09:00'), { key: 'far-1' }),
      ]),
    ).toEqual({ ok: true, recorded: 0, replayed: 1, newlyActive: 0 });
    expect((await verifyMetering(database.store)).differences).toEqual([]);
  });

  it('gives every month of ingest a partition of its own on PostgreSQL once `tally close` has run', async () => {
    const account = await seedAccount(database.store, at('2026-01-01T00:00', 'UTC'));
    for (const [index, day] of ['2026-01-05', '2026-02-05', '2026-03-05'].entries()) {
      const batch = Array.from({ length: index + 1 }, (_, contact) =>
        activity(account.id, `c${contact}`, at(`${day}T09:00`, 'UTC')),
      );
      expect((await recordActivities(database.store, batch)).ok).toBe(true);
    }
    expect(await runCli(['close', '--database', databaseUrlOf(database)], silent())).toBe(0);
    if (engine === 'sqlite') {
      expect(
        await database.store.db.selectFrom('activity_ledger').select('activity_key').execute(),
      ).toHaveLength(6);
      return;
    }
    const rows = await partitionRows(database.store);
    expect(rows).toMatchObject({
      activity_ledger_default: 0,
      activity_ledger_y2026m01: 1,
      activity_ledger_y2026m02: 2,
      activity_ledger_y2026m03: 3,
    });
    // The months around today are ready ahead of their first write.
    const today = new Date();
    const ahead = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + 3, 1));
    expect(Object.keys(rows)).toContain(
      `activity_ledger_y${ahead.getUTCFullYear()}m${String(ahead.getUTCMonth() + 1).padStart(2, '0')}`,
    );
    // A read of one month touches that month's partition only.
    const plan = await sql<{ 'QUERY PLAN': string }>`EXPLAIN SELECT count(*) FROM activity_ledger
      WHERE account_id = ${account.id} AND period_start = ${at('2026-02-01T00:00', 'UTC')}`.execute(
      database.store.db,
    );
    const scanned = plan.rows.map((row) => row['QUERY PLAN']).join('\n');
    expect(scanned).toContain('activity_ledger_y2026m02');
    expect(scanned).not.toContain('activity_ledger_y2026m01');
    expect(scanned).not.toContain('activity_ledger_default');
  });

  it('lets instances prepare the same months at once, creating each partition once', async () => {
    const others = await Promise.all(
      [1, 2].map(() =>
        openStore(
          database.url,
          database.schema === undefined ? {} : { schema: database.schema, migrate: false },
        ),
      ),
    );
    try {
      const created = await Promise.all(
        [database.store, ...others].map((store) => store.dialect.prepareLedgerMonths(at('2026-11-30T12:00'))),
      );
      expect(created.flat().sort()).toEqual(
        engine === 'postgres'
          ? [
              'activity_ledger_y2026m10',
              'activity_ledger_y2026m11',
              'activity_ledger_y2026m12',
              'activity_ledger_y2027m01',
              'activity_ledger_y2027m02',
            ]
          : [],
      );
      expect(await database.store.dialect.prepareLedgerMonths(at('2026-11-30T12:00'))).toEqual([]);
    } finally {
      await Promise.all(others.map((store) => store.close()));
    }
  });
});
