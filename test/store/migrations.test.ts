import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { findBillingDetails, saveBillingDetails } from '../../src/billing/billing-details-repository.js';
import { loadTerms } from '../../src/billing/subscription-repository.js';
import { listActiveContacts } from '../../src/metering/list-active-contacts.js';
import { recordActivities } from '../../src/metering/record-activities.js';
import { verifyMetering } from '../../src/metering/verify-metering.js';
import { migrateToLatest } from '../../src/store/migrate.js';
import { migrations } from '../../src/store/migrations/index.js';
import type { openStore } from '../../src/store/store.js';
import { engines } from '../support/engines.js';
import { partitionRows } from '../support/ledger-partitions.js';
import { activity, at, seedAccount } from '../support/metering-fixtures.js';
import { openUnmigratedStore } from '../support/unmigrated-store.js';

describe.each(engines)('migrations on %s', (engine) => {
  it('apply once, in order, and a second run applies nothing', async () => {
    const { store, dispose } = await openUnmigratedStore(engine);
    try {
      expect(await migrateToLatest(store)).toEqual(migrations.map((migration) => migration.version));
      expect(await migrateToLatest(store)).toEqual([]);
    } finally {
      await dispose();
    }
  });

  it('carry each account’s subscription over as its first term (migration 4)', async () => {
    const { store, dispose } = await openUnmigratedStore(engine);
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

  it('start each existing account billing at its first month and give it the default board (migrations 5 and 6)', async () => {
    const { store, dispose } = await openUnmigratedStore(engine);
    try {
      await migrateToLatest(store, 4);
      // Anchored on 31 January, Berlin time: month 1 starts on 28 February, the day clamped.
      await sql`INSERT INTO accounts VALUES ('acc_old', 'Old GmbH', 'Europe/Berlin', 1769814000000, 1769814000000)`.execute(
        store.db,
      );
      await migrateToLatest(store);
      const state = await store.db
        .selectFrom('billing_states')
        .selectAll()
        .where('account_id', '=', 'acc_old')
        .executeTakeFirstOrThrow();
      expect(state).toEqual({
        account_id: 'acc_old',
        next_close_month: 0,
        next_close_due: Date.parse('2026-02-27T23:00:00Z'),
        next_upfront_month: 0,
        next_upfront_due: 1769814000000,
      });
      const statuses = await store.db
        .selectFrom('statuses')
        .select(['name', 'position'])
        .where('account_id', '=', 'acc_old')
        .orderBy('position')
        .execute();
      expect(statuses.map((status) => status.name)).toEqual(['New', 'Contacted', 'Qualified', 'Won', 'Lost']);
    } finally {
      await dispose();
    }
  });

  it('keep every first activity explained and every key idempotent across the ledger re-keying (migration 10)', async () => {
    const { store, dispose } = await openUnmigratedStore(engine);
    try {
      await migrateToLatest(store, 9);
      const account = await seedAccount(store);
      const march = { start: at('2026-03-01T00:00'), end: at('2026-04-01T00:00') };
      const firstAt = at('2026-03-02T09:00');
      const laterAt = at('2026-03-05T09:00');
      await sql`INSERT INTO usage_months (account_id, period_start, period_end, active_contacts)
        VALUES (${account.id}, ${march.start}, ${march.end}, 2)`.execute(store.db);
      await sql`INSERT INTO activity_ledger (account_id, activity_key, period_start, contact_id, kind, actor, occurred_at, recorded_at)
        VALUES (${account.id}, 'k-1', ${march.start}, 'c1', 'note.added', 'user', ${firstAt}, ${firstAt}),
               (${account.id}, 'k-2', ${march.start}, 'c2', 'message.sent', 'automation', ${laterAt}, ${laterAt})`.execute(
        store.db,
      );
      await sql`INSERT INTO active_contacts (account_id, period_start, contact_id, first_activity_key, first_kind, first_actor, first_occurred_at)
        VALUES (${account.id}, ${march.start}, 'c1', 'k-1', 'note.added', 'user', ${firstAt}),
               (${account.id}, ${march.start}, 'c2', 'k-2', 'message.sent', 'automation', ${laterAt})`.execute(
        store.db,
      );

      expect(await migrateToLatest(store, 10)).toEqual([10]);

      const page = await listActiveContacts(store, account.id, { at: march.start });
      expect(page?.contacts).toEqual([
        {
          contactId: 'c1',
          firstActivity: { key: 'k-1', kind: 'note.added', actor: 'user', occurredAt: firstAt },
        },
        {
          contactId: 'c2',
          firstActivity: { key: 'k-2', kind: 'message.sent', actor: 'automation', occurredAt: laterAt },
        },
      ]);
      const month = await store.db
        .selectFrom('usage_months')
        .select('latest_first_at')
        .executeTakeFirstOrThrow();
      expect(month.latest_first_at).toBe(laterAt);
      // Today's recording needs today's schema (the day counters of migration 15).
      await migrateToLatest(store);
      // A replayed key is still recognised; an earlier activity still becomes c2's first.
      const replay = await recordActivities(store, [
        activity(account.id, 'c1', firstAt, { key: 'k-1' }),
        activity(account.id, 'c2', at('2026-03-03T09:00'), {
          key: 'k-3',
          kind: 'property.set',
          actor: 'api',
        }),
      ]);
      expect(replay).toMatchObject({ ok: true, recorded: 1, replayed: 1, newlyActive: 0 });
      const after = await listActiveContacts(store, account.id, { at: march.start });
      expect(after?.contacts[1]?.firstActivity).toEqual({
        key: 'k-3',
        kind: 'property.set',
        actor: 'api',
        occurredAt: at('2026-03-03T09:00'),
      });
      // Today's audit reads the columns of every later migration.
      await migrateToLatest(store);
      expect((await verifyMetering(store)).differences).toEqual([]);
    } finally {
      await dispose();
    }
  });

  it('leave room on PostgreSQL month-row pages for counter updates, and SQLite as it was (migration 11)', async () => {
    const { store, dispose } = await openUnmigratedStore(engine);
    try {
      await migrateToLatest(store, 10);
      const before = await monthTableStorage(store);
      expect(await migrateToLatest(store, 11)).toEqual([11]);
      const after = await monthTableStorage(store);
      if (engine === 'postgres') {
        expect(before).toEqual(['fillfactor=50']);
        expect(after).toEqual(['fillfactor=10']);
      } else {
        expect(after).toBe(before);
      }
    } finally {
      await dispose();
    }
  });

  it('keep every account’s billing details when they gain the structured address (migration 12)', async () => {
    const { store, dispose } = await openUnmigratedStore(engine);
    try {
      await migrateToLatest(store, 11);
      await sql`INSERT INTO accounts (account_id, name, time_zone, billing_anchor, created_at)
        VALUES ('acc_old', 'Old GmbH', 'Europe/Berlin', 1767222000000, 1767222000000)`.execute(store.db);
      await sql`INSERT INTO billing_details (account_id, legal_name, address, vat_id, email, vat_rate_basis_points, reverse_charge)
        VALUES ('acc_old', 'Old GmbH', 'Hauptstraße 5, 80331 München', 'DE123456789', 'ap@old.example', 1900, 0)`.execute(
        store.db,
      );

      expect(await migrateToLatest(store, 12)).toEqual([12]);

      expect(await findBillingDetails(store.db, 'acc_old')).toEqual({
        legalName: 'Old GmbH',
        address: 'Hauptstraße 5, 80331 München',
        postalAddress: undefined,
        vatId: 'DE123456789',
        email: 'ap@old.example',
        vatRateBasisPoints: 1900,
        reverseCharge: false,
        buyerReference: undefined,
      });
      // The new columns take the structured parts.
      const structured = {
        legalName: 'Old GmbH',
        address: undefined,
        postalAddress: { street: 'Hauptstraße 5', postalCode: '80331', city: 'München', country: 'DE' },
        vatId: 'DE123456789',
        email: 'ap@old.example',
        vatRateBasisPoints: 1900,
        reverseCharge: false,
        buyerReference: '04011000-12345-67',
      };
      await saveBillingDetails(store.db, 'acc_old', structured);
      expect(await findBillingDetails(store.db, 'acc_old')).toEqual({
        ...structured,
        address: 'Hauptstraße 5, 80331 München, DE',
      });
    } finally {
      await dispose();
    }
  });

  it('keep every ledger row, partitioned by month on PostgreSQL, with the key now unique per month (migration 14)', async () => {
    const { store, dispose } = await openUnmigratedStore(engine);
    try {
      await migrateToLatest(store, 13);
      const account = await seedAccount(store);
      const months = [
        { start: at('2026-01-01T00:00'), end: at('2026-02-01T00:00'), day: at('2026-01-10T09:00') },
        { start: at('2026-02-01T00:00'), end: at('2026-03-01T00:00'), day: at('2026-02-10T09:00') },
      ];
      for (const [index, month] of months.entries()) {
        await sql`INSERT INTO usage_months (account_id, period_start, period_end, active_contacts, latest_first_at)
          VALUES (${account.id}, ${month.start}, ${month.end}, 2, ${month.day})`.execute(store.db);
        await sql`INSERT INTO activity_ledger (account_id, activity_key, period_start, contact_id, kind, actor, occurred_at, recorded_at)
          VALUES (${account.id}, ${`k-${index}-1`}, ${month.start}, 'c1', 'note.added', 'user', ${month.day}, ${month.day}),
                 (${account.id}, ${`k-${index}-2`}, ${month.start}, 'c2', 'message.sent', 'automation', ${month.day}, ${month.day})`.execute(
          store.db,
        );
        await sql`INSERT INTO active_contacts (account_id, period_start, contact_id, first_activity_key, first_occurred_at)
          VALUES (${account.id}, ${month.start}, 'c1', ${`k-${index}-1`}, ${month.day}),
                 (${account.id}, ${month.start}, 'c2', ${`k-${index}-2`}, ${month.day})`.execute(store.db);
      }

      expect(await migrateToLatest(store, 14)).toEqual([14]);

      const keys = await store.db
        .selectFrom('activity_ledger')
        .select(['activity_key', 'period_start', 'kind'])
        .orderBy('activity_key')
        .execute();
      expect(keys.map((row) => row.activity_key)).toEqual(['k-0-1', 'k-0-2', 'k-1-1', 'k-1-2']);
      if (store.engine === 'postgres') {
        // Berlin's January starts on 31 December in UTC: each month lands in its own partition.
        expect(await partitionRows(store)).toEqual({
          activity_ledger_default: 0,
          activity_ledger_y2025m12: 2,
          activity_ledger_y2026m01: 2,
        });
      }
      // Today's recording needs today's schema (the day counters of migration 15).
      await migrateToLatest(store);
      // A re-delivery is still a no-op; the same key in another month is another activity.
      const replay = await recordActivities(store, [
        activity(account.id, 'c1', months[0]?.day ?? 0, { key: 'k-0-1' }),
        activity(account.id, 'c3', at('2026-02-11T09:00'), { key: 'k-0-1' }),
      ]);
      expect(replay).toMatchObject({ ok: true, recorded: 1, replayed: 1, newlyActive: 1 });
      const page = await listActiveContacts(store, account.id, { at: months[0]?.start ?? 0 });
      expect(page?.contacts.map((contact) => contact.firstActivity.key)).toEqual(['k-0-1', 'k-0-2']);
      expect((await verifyMetering(store)).differences).toEqual([]);
    } finally {
      await dispose();
    }
  });
});

/** PostgreSQL's storage parameters of `usage_months`; SQLite's table definition. */
async function monthTableStorage(store: Awaited<ReturnType<typeof openStore>>) {
  if (store.engine === 'postgres') {
    const row = await sql<{ reloptions: string[] | null }>`SELECT reloptions FROM pg_class
      WHERE oid = 'usage_months'::regclass`.execute(store.db);
    return row.rows[0]?.reloptions ?? null;
  }
  const row = await sql<{ sql: string }>`SELECT sql FROM sqlite_master WHERE name = 'usage_months'`.execute(
    store.db,
  );
  return row.rows[0]?.sql;
}
