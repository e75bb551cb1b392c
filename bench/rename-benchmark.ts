import { Temporal } from 'temporal-polyfill';
import { openAccount } from '../src/accounts/open-account.js';
import { loadCatalog } from '../src/billing/catalog.js';
import { listStatuses, updateStatus } from '../src/contacts/statuses.js';
import type { Engine } from '../src/store/store.js';
import { openBenchDatabase } from './bench-database.js';

export interface RenameFigures {
  engine: Engine;
  contacts: number;
  seconds: number;
  previewSeconds: number;
  newlyActive: number;
  previewMatches: boolean;
}

/**
 * Renames a board column holding `contacts` contacts (created the month before, so all of
 * them become newly active): one set-based fan-out. Also times the impact preview and
 * checks that it predicted what the rename did.
 */
export async function measureRename(engine: Engine, contacts: number): Promise<RenameFigures> {
  const database = await openBenchDatabase(engine, true);
  try {
    const catalog = loadCatalog();
    const zone = 'Europe/Berlin';
    const at = (iso: string) => Temporal.ZonedDateTime.from(`${iso}[${zone}]`).epochMilliseconds;
    const { account } = await openAccount(
      database.store,
      catalog,
      {
        name: 'Rename bench',
        configuration: { planId: 'scale', cycle: 'monthly', addonContacts: 0 },
        startsAt: at('2026-01-01T00:00'),
      },
      at('2026-01-01T00:00'),
    );
    const column = (await listStatuses(database.store.db, account.id))[0] as { id: string };
    const created = at('2026-02-10T10:00');
    for (let offset = 0; offset < contacts; offset += 2000) {
      await database.store.db
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
            deleted_at: null,
            erased_at: null,
          })),
        )
        .execute();
    }
    const now = at('2026-03-10T10:00');
    let started = performance.now();
    const preview = await updateStatus(
      database.store,
      catalog,
      account.id,
      column.id,
      { name: 'Inbox' },
      'user',
      now,
      true,
    );
    const previewSeconds = (performance.now() - started) / 1000;
    started = performance.now();
    const renamed = await updateStatus(
      database.store,
      catalog,
      account.id,
      column.id,
      { name: 'Inbox' },
      'user',
      now,
      false,
    );
    const seconds = (performance.now() - started) / 1000;
    if (!preview.ok || !renamed.ok) throw new Error('the rename was refused');
    const usage = await database.store.db
      .selectFrom('usage_months')
      .select('active_contacts')
      .where('account_id', '=', account.id)
      .where('period_start', '=', at('2026-03-01T00:00'))
      .executeTakeFirstOrThrow();
    return {
      engine,
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
