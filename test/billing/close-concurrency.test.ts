import { spawn } from 'node:child_process';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/billing/catalog.js';
import type { Activity } from '../../src/domain/activity.js';
import { recordActivities } from '../../src/metering/record-activities.js';
import { verifyMetering } from '../../src/metering/verify-metering.js';
import { openStore, type Store } from '../../src/store/store.js';
import { closeDueMonths, defaultGraceMs } from '../../src/use-cases/close-due-months.js';
import { openAccount } from '../../src/use-cases/open-account.js';
import { createTestDatabase, databaseUrlOf, type TestDatabase } from '../support/engines.js';
import { at } from '../support/metering-fixtures.js';

const catalog = loadCatalog();
const asOf = at('2026-02-01T03:00');

/** Start monthly accounts anchored on 1 January, each with 60 active contacts in January (10 over). */
async function seedAccounts(store: Store, count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let index = 0; index < count; index++) {
    const { account } = await openAccount(
      store,
      catalog,
      {
        name: `Closer ${index}`,
        configuration: { planId: 'start', cycle: 'monthly', addonContacts: 0 },
        startsAt: at('2026-01-01T00:00'),
      },
      at('2026-01-01T00:00'),
    );
    ids.push(account.id);
  }
  const activities: Activity[] = ids.flatMap((accountId) =>
    Array.from({ length: 60 }, (_, contact) => ({
      accountId,
      key: `jan-${contact}`,
      contactId: `c${contact}`,
      kind: 'note.added' as const,
      actor: 'user' as const,
      occurredAt: at('2026-01-10T10:00'),
    })),
  );
  for (let offset = 0; offset < activities.length; offset += 10_000) {
    const outcome = await recordActivities(store, activities.slice(offset, offset + 10_000));
    expect(outcome.ok).toBe(true);
  }
  return ids;
}

/** Every due month closed once, one invoice per source, numbers 1…n without a gap. */
async function expectExactlyOnce(store: Store, accounts: number) {
  const invoices = await store.db
    .selectFrom('invoices')
    .select(['account_id', 'kind', 'sequence', 'total'])
    .execute();
  const sequences = invoices.map((invoice) => Number(invoice.sequence)).sort((a, b) => a - b);
  expect(sequences).toEqual(sequences.map((_, index) => index + 1));
  const byKind = (kind: string) => invoices.filter((invoice) => invoice.kind === kind);
  expect(byKind('overusage')).toHaveLength(accounts);
  expect(byKind('overusage').every((invoice) => Number(invoice.total) === 250)).toBe(true);
  // January's and February's monthly fees: February's cycle has started by asOf.
  expect(byKind('upfront')).toHaveLength(accounts * 2);
  const closed = await store.db
    .selectFrom('usage_months')
    .select((eb) => eb.fn.countAll<number>().as('months'))
    .where('closed_at', 'is not', null)
    .executeTakeFirstOrThrow();
  expect(Number(closed.months)).toBe(accounts);
  expect((await verifyMetering(store)).differences).toEqual([]);
}

describe('month close under concurrency and crashes on postgres', () => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await createTestDatabase('postgres');
  });
  afterEach(() => database.dispose());

  it('two closers started at once close every month exactly once', async () => {
    await seedAccounts(database.store, 200);
    const second = await openStore(database.url, { schema: database.schema as string, migrate: false });
    try {
      const options = { asOf, graceMs: defaultGraceMs, now: asOf };
      const reports = await Promise.all([
        closeDueMonths(database.store, catalog, options),
        closeDueMonths(second, catalog, options),
      ]);
      expect(reports[0].monthsClosed + reports[1].monthsClosed).toBe(200);
      expect(reports[0].overusageInvoices + reports[1].overusageInvoices).toBe(200);
      await expectExactlyOnce(database.store, 200);
    } finally {
      await second.close();
    }
  });

  it('a closer killed half-way through 1,000 accounts and run again leaves every month closed once, numbers gapless', async () => {
    await seedAccounts(database.store, 1000);
    const url = databaseUrlOf(database);
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        'src/cli/main.ts',
        'close',
        '--as-of',
        new Date(asOf).toISOString(),
        '--database',
        url,
      ],
      { stdio: 'ignore' },
    );
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    // Kill it once it is well into the accounts, but far from done.
    for (;;) {
      const issued = await sql<{ invoices: number }>`SELECT count(*) AS invoices FROM invoices`.execute(
        database.store.db,
      );
      if (Number(issued.rows[0]?.invoices) >= 600) break;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    child.kill('SIGKILL');
    expect(await exited).toBeNull();
    const partial = await sql<{ invoices: number }>`SELECT count(*) AS invoices FROM invoices`.execute(
      database.store.db,
    );
    expect(Number(partial.rows[0]?.invoices)).toBeLessThan(3000);

    const rerun = await closeDueMonths(database.store, catalog, { asOf, graceMs: defaultGraceMs, now: asOf });
    expect(rerun.monthsClosed).toBeGreaterThan(0);
    await expectExactlyOnce(database.store, 1000);
  }, 120_000);
});
