import { Temporal } from 'temporal-polyfill';
import { loadCatalog } from '../src/billing/catalog.js';
import { listStatuses, updateStatus } from '../src/contacts/statuses.js';
import { type Engine, type Store, sql } from '../src/store/store.js';
import { inWriteTransaction } from '../src/store/write-transaction.js';
import { openAccount } from '../src/use-cases/open-account.js';
import { openBenchDatabase } from './bench-database.js';
import { createRawEventsTable } from './designs.js';

export interface RenameFigures {
  engine: Engine;
  design: 'Tally' | 'naive';
  contacts: number;
  seconds: number;
  /** Tally only: the impact preview, and whether it predicted what the rename did. */
  previewSeconds?: number;
  newlyActive?: number;
  previewMatches?: boolean;
}

const zone = 'Europe/Berlin';
const at = (iso: string) => Temporal.ZonedDateTime.from(`${iso}[${zone}]`).epochMilliseconds;

/** One account whose first board column holds `contacts` contacts, created the month before. */
async function seedColumn(store: Store, contacts: number): Promise<{ accountId: string; columnId: string }> {
  const catalog = loadCatalog();
  const { account } = await openAccount(
    store,
    catalog,
    {
      name: 'Rename bench',
      configuration: { planId: 'scale', cycle: 'monthly', addonContacts: 0 },
      startsAt: at('2026-01-01T00:00'),
    },
    at('2026-01-01T00:00'),
  );
  const column = (await listStatuses(store.db, account.id))[0] as { id: string };
  const created = at('2026-02-10T10:00');
  for (let offset = 0; offset < contacts; offset += 2000) {
    await store.db
      .insertInto('contacts')
      .values(
        Array.from({ length: Math.min(2000, contacts - offset) }, (_, index) => ({
          account_id: account.id,
          contact_id: `con_${String(offset + index).padStart(7, '0')}`,
          status_id: column.id,
          name: `Contact ${offset + index}`,
          email: null,
          phone: null,
          created_at: created,
          updated_at: created,
          last_activity_at: created,
          sort_name: `contact ${offset + index}`,
          deleted_at: null,
          erased_at: null,
        })),
      )
      .execute();
  }
  return { accountId: account.id, columnId: column.id };
}

/**
 * Renames a board column holding `contacts` contacts (all becoming newly active): one
 * set-based fan-out. Also times the impact preview and checks that it predicted the rename.
 */
export async function measureRename(engine: Engine, contacts: number): Promise<RenameFigures> {
  const database = await openBenchDatabase(engine, true);
  try {
    const catalog = loadCatalog();
    const { accountId, columnId } = await seedColumn(database.store, contacts);
    const now = at('2026-03-10T10:00');
    const rename = (preview: boolean) =>
      updateStatus(database.store, catalog, accountId, columnId, { name: 'Inbox' }, 'user', now, preview);
    let started = performance.now();
    const preview = await rename(true);
    const previewSeconds = (performance.now() - started) / 1000;
    started = performance.now();
    const renamed = await rename(false);
    const seconds = (performance.now() - started) / 1000;
    if (!preview.ok || !renamed.ok) throw new Error('the rename was refused');
    const usage = await database.store.db
      .selectFrom('usage_months')
      .select('active_contacts')
      .where('account_id', '=', accountId)
      .where('period_start', '=', at('2026-03-01T00:00'))
      .executeTakeFirstOrThrow();
    return {
      engine,
      design: 'Tally',
      contacts,
      seconds,
      previewSeconds,
      newlyActive: Number(usage.active_contacts),
      previewMatches: preview.impact.newlyActive === Number(usage.active_contacts),
    };
  } finally {
    await database.dispose();
  }
}

/**
 * The naive design's rename of the same column: rename it and append one raw event per
 * contact in it, set-based in one statement, in one transaction.
 */
export async function measureNaiveRename(engine: Engine, contacts: number): Promise<RenameFigures> {
  const database = await openBenchDatabase(engine, true);
  try {
    const { accountId, columnId } = await seedColumn(database.store, contacts);
    await createRawEventsTable(database.store);
    const now = at('2026-03-10T10:00');
    const started = performance.now();
    await inWriteTransaction(database.store, async (db) => {
      await db
        .updateTable('statuses')
        .set({ name: 'Inbox' })
        .where('account_id', '=', accountId)
        .where('status_id', '=', columnId)
        .execute();
      await sql`INSERT INTO raw_events (event_id, account_id, contact_id, kind, actor, occurred_at)
        SELECT 'rename-' || contact_id, account_id, contact_id, 'status.renamed', 'user', ${now}
        FROM contacts WHERE account_id = ${accountId} AND status_id = ${columnId} AND deleted_at IS NULL`.execute(
        db,
      );
    });
    const seconds = (performance.now() - started) / 1000;
    const appended = await sql<{ events: number }>`SELECT count(*) AS events FROM raw_events`.execute(
      database.store.db,
    );
    if (Number(appended.rows[0]?.events) !== contacts) throw new Error('the naive rename missed contacts');
    return { engine, design: 'naive', contacts, seconds };
  } finally {
    await database.dispose();
  }
}
