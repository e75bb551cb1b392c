import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/billing/catalog.js';
import { recordActivities } from '../../src/metering/record-activities.js';
import { checkUsageThresholds } from '../../src/notify/check-thresholds.js';
import { openStore } from '../../src/store/store.js';
import { openAccount } from '../../src/use-cases/open-account.js';
import { createTestDatabase, engines, type TestDatabase } from '../support/engines.js';
import { activity, at } from '../support/metering-fixtures.js';

const catalog = loadCatalog();

describe.each(engines)('threshold checks of settled months on %s', (engine) => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await createTestDatabase(engine);
  });
  afterEach(async () => {
    await database.dispose();
  });

  it('an instance that has told a month about 100 % does not read that month again', async () => {
    const { store } = database;
    const { account } = await openAccount(
      store,
      catalog,
      { name: 'Over', configuration: { planId: 'start', cycle: 'monthly', addonContacts: 0 } },
      at('2026-03-01T00:00'),
    );
    const now = at('2026-03-20T12:00');
    const outcome = await recordActivities(
      store,
      Array.from({ length: 52 }, (_, contact) => activity(account.id, `c${contact}`, at('2026-03-10T09:00'))),
    );
    expect(outcome).toMatchObject({ ok: true, newlyActive: 52 });

    // A jump past both thresholds records both; checking again finds nothing to add.
    expect(await checkUsageThresholds(store, catalog, account.id, now, now)).toEqual([80, 100]);
    expect(await checkUsageThresholds(store, catalog, account.id, now, now)).toEqual([]);

    // Take the notices back behind the instance's back: it no longer looks, another one does.
    await sql`DELETE FROM notifications`.execute(store.db);
    await sql`DELETE FROM usage_thresholds`.execute(store.db);
    expect(await checkUsageThresholds(store, catalog, account.id, now, now)).toEqual([]);
    const otherInstance =
      engine === 'sqlite'
        ? await openStore(database.url)
        : await openStore(database.url, { schema: database.schema as string });
    try {
      expect(await checkUsageThresholds(otherInstance, catalog, account.id, now, now)).toEqual([80, 100]);
    } finally {
      await otherInstance.close();
    }
  });
});
