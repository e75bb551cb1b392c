import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { loadTerms } from '../../src/billing/subscription-repository.js';
import { migrateToLatest } from '../../src/store/migrate.js';
import { migrations } from '../../src/store/migrations/index.js';
import { dropPostgresSchema, type Engine, openStore } from '../../src/store/store.js';
import { engines, postgresTestUrl } from '../support/engines.js';

async function openEmpty(engine: Engine) {
  if (engine === 'sqlite') {
    const directory = mkdtempSync(join(tmpdir(), 'tally-migrate-'));
    const store = await openStore(join(directory, 'tally.db'), { migrate: false });
    return {
      store,
      dispose: async () => {
        await store.close();
        rmSync(directory, { recursive: true, force: true });
      },
    };
  }
  const schema = `tally_migrate_${randomBytes(5).toString('hex')}`;
  const store = await openStore(postgresTestUrl, { schema, migrate: false });
  return {
    store,
    dispose: async () => {
      await store.close();
      await dropPostgresSchema(postgresTestUrl, schema);
    },
  };
}

describe.each(engines)('migrations on %s', (engine) => {
  it('apply once, in order, and a second run applies nothing', async () => {
    const { store, dispose } = await openEmpty(engine);
    try {
      expect(await migrateToLatest(store)).toEqual(migrations.map((migration) => migration.version));
      expect(await migrateToLatest(store)).toEqual([]);
    } finally {
      await dispose();
    }
  });

  it('carry each account’s subscription over as its first term (migration 4)', async () => {
    const { store, dispose } = await openEmpty(engine);
    try {
      await migrateToLatest(store, 3);
      await sql`INSERT INTO accounts VALUES ('acc_old', 'Old GmbH', 'Europe/Berlin', 1767222000000, 1767222000000)`.execute(
        store.db,
      );
      await sql`INSERT INTO subscriptions VALUES ('acc_old', 'grow', 'yearly', 100, 1767222000000)`.execute(
        store.db,
      );
      expect(await migrateToLatest(store)).toEqual(
        migrations.map((migration) => migration.version).filter((version) => version >= 4),
      );
      expect(await loadTerms(store.db, 'acc_old')).toEqual([
        {
          sequence: 1,
          effectiveFrom: 1767222000000,
          configuration: { planId: 'grow', cycle: 'yearly', addonContacts: 100 },
          cycleStartMonth: 0,
          changeId: 'opening',
        },
      ]);
    } finally {
      await dispose();
    }
  });
});
