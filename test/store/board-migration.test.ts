import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { listBoardColumn } from '../../src/contacts/board-column.js';
import { migrateToLatest } from '../../src/store/migrate.js';
import { engines } from '../support/engines.js';
import { openUnmigratedStore } from '../support/unmigrated-store.js';

/**
 * Migrations 17 and 18 give contacts that existed before them a "recently active" time
 * (their last change) and a name to sort by (the name order key, else the e-mail), so an
 * upgraded board pages in every order at once.
 */
describe.each(engines)('the board migration on %s', (engine) => {
  it('fills the order columns of existing contacts, so every order pages them', async () => {
    const { store, dispose } = await openUnmigratedStore(engine);
    try {
      await migrateToLatest(store, 13);
      await sql`INSERT INTO accounts (account_id, name, time_zone, billing_anchor, created_at)
        VALUES ('acc_old', 'Old GmbH', 'Europe/Berlin', 1767222000000, 1767222000000)`.execute(store.db);
      await sql`INSERT INTO statuses (account_id, status_id, name, position, created_at)
        VALUES ('acc_old', 'sts_new', 'New', 0, 1767222000000)`.execute(store.db);
      const contacts = [
        ['con_a', 'Łukasz Żółć', null, 1767300000000, 1767400000000],
        ['con_b', null, 'Zed@example.com', 1767310000000, 1767310000000],
        ['con_c', 'Ada Lovelace', 'ada@example.com', 1767320000000, 1767500000000],
      ] as const;
      for (const [id, name, email, created, updated] of contacts) {
        await sql`INSERT INTO contacts (account_id, contact_id, status_id, name, email, phone, created_at, updated_at)
          VALUES ('acc_old', ${id}, 'sts_new', ${name}, ${email}, NULL, ${created}, ${updated})`.execute(
          store.db,
        );
      }

      expect(await migrateToLatest(store)).toEqual(expect.arrayContaining([17, 18]));

      const rows = await store.db
        .selectFrom('contacts')
        .select(['contact_id', 'last_activity_at', 'sort_name'])
        .orderBy('contact_id')
        .execute();
      expect(rows.map((row) => [row.contact_id, Number(row.last_activity_at), row.sort_name])).toEqual([
        // Migration 18's name key: "Ł" files with "L", not after "Z".
        ['con_a', 1767400000000, 'lukasz zolc'],
        ['con_b', 1767310000000, 'zed@example.com'],
        ['con_c', 1767500000000, 'ada lovelace'],
      ]);
      const order = async (sort: 'recent' | 'name' | 'created') =>
        (
          await listBoardColumn(store, 'acc_old', { filter: { statusId: 'sts_new' }, sort, limit: 10 })
        ).cards.map((card) => card.id);
      expect(await order('recent')).toEqual(['con_c', 'con_a', 'con_b']);
      expect(await order('name')).toEqual(['con_c', 'con_a', 'con_b']);
      expect(await order('created')).toEqual(['con_c', 'con_b', 'con_a']);
    } finally {
      await dispose();
    }
  });
});
