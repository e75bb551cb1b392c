import { sql } from 'kysely';
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/billing/catalog.js';
import { listInvoices } from '../../src/billing/invoice-repository.js';
import { listUsageMonths } from '../../src/billing/usage-history.js';
import type { Output } from '../../src/cli/output.js';
import { runCli } from '../../src/cli/program.js';
import type { Activity } from '../../src/domain/activity.js';
import { pruneLedger } from '../../src/metering/prune-ledger.js';
import { recordActivities } from '../../src/metering/record-activities.js';
import { verifyMetering } from '../../src/metering/verify-metering.js';
import type { Store } from '../../src/store/store.js';
import { closeDueMonths, defaultGraceMs } from '../../src/use-cases/close-due-months.js';
import { openAccount } from '../../src/use-cases/open-account.js';
import { createTestDatabase, databaseUrlOf, engines, type TestDatabase } from '../support/engines.js';
import { partitionRows } from '../support/ledger-partitions.js';
import { at } from '../support/metering-fixtures.js';

const catalog = loadCatalog();

function capture(): Output & { lines: string[]; errors: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  return { lines, errors, out: (line) => lines.push(line), error: (line) => errors.push(line) };
}

function activities(accountId: string, month: string, contacts: number, occurredAt: number): Activity[] {
  return Array.from({ length: contacts }, (_, contact) => ({
    accountId,
    key: `${month}-${contact}`,
    contactId: `c${contact}`,
    kind: 'note.added' as const,
    actor: 'user' as const,
    occurredAt,
  }));
}

/**
 * Two Start monthly accounts (50 contacts included): Berlin from 1 January 2026 with 60
 * contacts in January (10 over: an overusage invoice), 20 in February and 5 in March; UTC
 * from 1 January with 3 in January and 2 in February. Berlin's months start an hour
 * before the UTC month, so on PostgreSQL its January lies in the December 2025 partition.
 */
async function seed(store: Store) {
  const open = (name: string, timeZone: string, startsAt: number) =>
    openAccount(
      store,
      catalog,
      { name, timeZone, configuration: { planId: 'start', cycle: 'monthly', addonContacts: 0 }, startsAt },
      startsAt,
    );
  const berlin = (await open('Berlin GmbH', 'Europe/Berlin', at('2026-01-01T00:00'))).account.id;
  const utc = (await open('UTC Ltd', 'UTC', at('2026-01-01T00:00', 'UTC'))).account.id;
  for (const batch of [
    activities(berlin, 'jan', 60, at('2026-01-10T10:00')),
    activities(berlin, 'feb', 20, at('2026-02-10T10:00')),
    activities(berlin, 'mar', 5, at('2026-03-10T10:00')),
    activities(utc, 'jan', 3, at('2026-01-10T10:00', 'UTC')),
    activities(utc, 'feb', 2, at('2026-02-10T10:00', 'UTC')),
  ]) {
    expect((await recordActivities(store, batch)).ok).toBe(true);
  }
  return { berlin, utc };
}

async function ledgerRows(store: Store, accountId: string) {
  const rows = await store.db
    .selectFrom('activity_ledger')
    .select(['period_start', (eb) => eb.fn.countAll<number>().as('rows')])
    .where('account_id', '=', accountId)
    .groupBy('period_start')
    .orderBy('period_start')
    .execute();
  return rows.map((row) => Number(row.rows));
}

/** What a customer and the operator read of the past: usage months, their figures, the invoices. */
async function history(store: Store, accountIds: string[]) {
  const now = at('2026-03-15T12:00');
  return {
    months: await Promise.all(accountIds.map((id) => listUsageMonths(store, catalog, id, now, 120))),
    counters: await store.db
      .selectFrom('usage_months')
      .select(['account_id', 'period_start', 'active_contacts', 'closed_at', 'allowance', 'overusage'])
      .orderBy('account_id')
      .orderBy('period_start')
      .execute(),
    invoices: await listInvoices(store.db, undefined, { limit: 500 }),
  };
}

describe.each(engines)('ledger retention on %s', (engine) => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await createTestDatabase(engine);
  });
  afterEach(() => database.dispose());
  const url = () => databaseUrlOf(database);

  it('refuses while a month before the cut-off is open or unclosed, naming it, and removes nothing', async () => {
    const { berlin, utc } = await seed(database.store);
    // Nothing closed yet: January and February have ended, March is running on 15 March.
    const outcome = await pruneLedger(database.store, {
      before: '2026-04',
      now: at('2026-03-15T12:00'),
      dryRun: false,
    });
    expect(outcome.ok).toBe(false);
    expect(
      !outcome.ok && outcome.blocking.map((month) => [month.accountId, month.label, month.reason]),
    ).toEqual(
      [
        [berlin, '2026-01', 'unclosed'],
        [berlin, '2026-02', 'unclosed'],
        [berlin, '2026-03', 'open'],
        [utc, '2026-01', 'unclosed'],
        [utc, '2026-02', 'unclosed'],
      ].sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    );
    // Closing January and February still leaves Berlin's March in the way.
    await closeDueMonths(database.store, catalog, {
      asOf: at('2026-03-01T03:00'),
      graceMs: defaultGraceMs,
      now: at('2026-03-01T03:00'),
    });
    const refused = capture();
    expect(await runCli(['prune', '--before', '2026-04', '--database', url()], refused)).toBe(1);
    expect(refused.errors).toEqual([
      `REFUSED account ${berlin} month 2026-03 (2026-03-01T00:00+01:00 – 2026-04-01T00:00+02:00 Europe/Berlin): ended but not closed (run \`tally close\`)`,
      'prune: nothing removed; 1 usage months before 2026-04 are not closed and invoiced',
    ]);
    expect(refused.lines).toEqual([]);
    expect(await ledgerRows(database.store, berlin)).toEqual([60, 20, 5]);
    expect(await ledgerRows(database.store, utc)).toEqual([3, 2]);
    const unmarked = await database.store.db
      .selectFrom('usage_months')
      .select('ledger_pruned_at')
      .where('ledger_pruned_at', 'is not', null)
      .execute();
    expect(unmarked).toEqual([]);
  });

  it('refuses a closed month with overusage that was never invoiced', async () => {
    const { berlin } = await seed(database.store);
    await closeDueMonths(database.store, catalog, {
      asOf: at('2026-03-01T03:00'),
      graceMs: defaultGraceMs,
      now: at('2026-03-01T03:00'),
    });
    // February closed within its allowance; as if it had closed with overusage and its
    // invoice were missing (invoices cannot be deleted, so the figures are changed instead).
    await sql`UPDATE usage_months SET overusage = 3 WHERE account_id = ${berlin} AND period_start = ${at('2026-02-01T00:00')}`.execute(
      database.store.db,
    );
    const outcome = await pruneLedger(database.store, {
      before: '2026-03',
      now: at('2026-03-15T12:00'),
      dryRun: false,
    });
    expect(!outcome.ok && outcome.blocking.map((month) => [month.label, month.reason])).toEqual([
      ['2026-02', 'uninvoiced'],
    ]);
    expect(await ledgerRows(database.store, berlin)).toEqual([60, 20, 5]);
  });

  it('prunes closed, invoiced months: their ledger goes, figures, invoices and the kept months stay, verify is clean', async () => {
    const { berlin, utc } = await seed(database.store);
    await closeDueMonths(database.store, catalog, {
      asOf: at('2026-03-01T03:00'),
      graceMs: defaultGraceMs,
      now: at('2026-03-01T03:00'),
    });
    await database.store.dialect.prepareLedgerMonths(at('2026-03-15T12:00'));
    const before = await history(database.store, [berlin, utc]);
    expect(before.invoices.filter((invoice) => invoice.kind === 'overusage')).toHaveLength(1);
    if (engine === 'postgres') {
      expect(await partitionRows(database.store)).toMatchObject({
        activity_ledger_default: 0,
        activity_ledger_y2025m12: 60,
        activity_ledger_y2026m01: 23,
        activity_ledger_y2026m02: 7,
      });
    }

    const dryRun = capture();
    expect(await runCli(['prune', '--before', '2026-03', '--dry-run', '--database', url()], dryRun)).toBe(0);
    expect(dryRun.lines).toEqual([
      ...[berlin, utc]
        .sort()
        .flatMap((id) =>
          id === berlin
            ? [
                `would prune account ${berlin} month 2026-01: 60 ledger rows`,
                `would prune account ${berlin} month 2026-02: 20 ledger rows`,
              ]
            : [
                `would prune account ${utc} month 2026-01: 3 ledger rows`,
                `would prune account ${utc} month 2026-02: 2 ledger rows`,
              ],
        ),
      ...(engine === 'postgres'
        ? ['would drop partition activity_ledger_y2025m12', 'would drop partition activity_ledger_y2026m01']
        : []),
      `prune (dry run, nothing removed): 4 usage months before 2026-03, 85 ledger rows, ${engine === 'postgres' ? 2 : 0} partitions dropped whole; month figures, active contacts and invoices kept`,
    ]);
    expect(await ledgerRows(database.store, berlin)).toEqual([60, 20, 5]);

    const pruned = capture();
    expect(await runCli(['prune', '--before', '2026-03', '--database', url()], pruned)).toBe(0);
    expect(pruned.lines.at(-1)).toBe(
      `prune: 4 usage months before 2026-03, 85 ledger rows, ${engine === 'postgres' ? 2 : 0} partitions dropped whole; month figures, active contacts and invoices kept`,
    );
    // Berlin's March is all that is left of the ledger.
    expect(await ledgerRows(database.store, berlin)).toEqual([5]);
    expect(await ledgerRows(database.store, utc)).toEqual([]);
    if (engine === 'postgres') {
      // December and January are gone whole; February held Berlin's open March, so only the
      // UTC account's February rows were deleted from it.
      expect(await partitionRows(database.store)).toEqual({
        activity_ledger_default: 0,
        activity_ledger_y2026m02: 5,
        activity_ledger_y2026m03: 0,
        activity_ledger_y2026m04: 0,
        activity_ledger_y2026m05: 0,
        activity_ledger_y2026m06: 0,
      });
      const tables = await sql<{ name: string }>`SELECT relname AS name FROM pg_class
        WHERE relname IN ('activity_ledger_y2025m12', 'activity_ledger_y2026m01')
          AND relnamespace = current_schema()::regnamespace`.execute(database.store.db);
      expect(tables.rows).toEqual([]);
    }
    expect(await history(database.store, [berlin, utc])).toEqual(before);

    const verified = capture();
    expect(await runCli(['verify', '--database', url()], verified)).toBe(0);
    expect(verified.lines).toEqual([
      'verify: 5 usage months checked, all consistent with the activity ledger (4 with their ledger pruned: counter against the active set only)',
    ]);
    // A pruned month's counter is still checked against its active set.
    await sql`UPDATE usage_months SET active_contacts = 61 WHERE account_id = ${berlin} AND period_start = ${at('2026-01-01T00:00')}`.execute(
      database.store.db,
    );
    const broken = capture();
    expect(await runCli(['verify', '--database', url()], broken)).toBe(1);
    expect(broken.errors[0]).toBe(
      `MISMATCH account ${berlin} month starting 2026-01-01T00:00+01:00 (Europe/Berlin): ledger pruned, active set 60, counter 61`,
    );
    await sql`UPDATE usage_months SET active_contacts = 60 WHERE account_id = ${berlin} AND period_start = ${at('2026-01-01T00:00')}`.execute(
      database.store.db,
    );

    // Once is enough: a second run finds nothing left to prune.
    const again = capture();
    expect(await runCli(['prune', '--before', '2026-03', '--database', url()], again)).toBe(0);
    expect(again.lines).toEqual([
      'prune: 0 usage months before 2026-03, 0 ledger rows, 0 partitions dropped whole; month figures, active contacts and invoices kept',
    ]);
  });

  it('identifies an activity by account, month and key: a key reused in a later month is a new activity, before and after pruning', async () => {
    const { berlin } = await seed(database.store);
    const januaryNote = activities(berlin, 'jan', 1, at('2026-01-10T10:00'))[0] as Activity;
    // A re-delivery carries its occurrence, so it falls in the same month: a no-op.
    expect(await recordActivities(database.store, [januaryNote])).toEqual({
      ok: true,
      recorded: 0,
      replayed: 1,
      newlyActive: 0,
    });
    // The same key with an occurrence in March is March's activity (c99 becomes active).
    const reusedInMarch = { ...januaryNote, contactId: 'c99', occurredAt: at('2026-03-11T10:00') };
    expect(await recordActivities(database.store, [reusedInMarch])).toEqual({
      ok: true,
      recorded: 1,
      replayed: 0,
      newlyActive: 1,
    });
    await closeDueMonths(database.store, catalog, {
      asOf: at('2026-03-01T03:00'),
      graceMs: defaultGraceMs,
      now: at('2026-03-01T03:00'),
    });
    expect(
      (await pruneLedger(database.store, { before: '2026-03', now: Date.now(), dryRun: false })).ok,
    ).toBe(true);
    // After pruning January, its re-delivery is refused for its closed month, as it was before.
    const late = await recordActivities(database.store, [januaryNote]);
    expect(late.ok).toBe(false);
    // March's copy of the key is still known: re-sent, it changes nothing.
    expect(await recordActivities(database.store, [reusedInMarch])).toEqual({
      ok: true,
      recorded: 0,
      replayed: 1,
      newlyActive: 0,
    });
    // The key used again in April is April's first activity for c99.
    const reusedInApril = { ...januaryNote, contactId: 'c99', occurredAt: at('2026-04-11T10:00') };
    expect(await recordActivities(database.store, [reusedInApril])).toMatchObject({ ok: true, recorded: 1 });
    expect((await verifyMetering(database.store)).differences).toEqual([]);
  });

  it('gives up, removing nothing, when a long transaction holds the ledger on PostgreSQL', async () => {
    if (engine !== 'postgres') return;
    const { berlin } = await seed(database.store);
    await closeDueMonths(database.store, catalog, {
      asOf: at('2026-03-01T03:00'),
      graceMs: defaultGraceMs,
      now: at('2026-03-01T03:00'),
    });
    await database.store.dialect.prepareLedgerMonths(at('2026-03-15T12:00'));
    // A reader in an open transaction holds the ledger the way a long report would.
    const reader = new pg.Client({ connectionString: databaseUrlOf(database) });
    await reader.connect();
    try {
      await reader.query('BEGIN');
      await reader.query('SELECT count(*) FROM activity_ledger');
      const busy = capture();
      expect(await runCli(['prune', '--before', '2026-03', '--database', url()], busy)).toBe(1);
      expect(busy.errors).toEqual([
        'prune: nothing removed; a long transaction on the activity ledger kept its partitions from being detached for 5 s. Run it again in a quieter moment.',
      ]);
    } finally {
      await reader.query('ROLLBACK');
      await reader.end();
    }
    expect(await ledgerRows(database.store, berlin)).toEqual([60, 20, 5]);
    const marked = await database.store.db
      .selectFrom('usage_months')
      .select('ledger_pruned_at')
      .where('ledger_pruned_at', 'is not', null)
      .execute();
    expect(marked).toEqual([]);
  }, 30_000);

  it('refuses a malformed --before with exit 2', async () => {
    const output = capture();
    expect(await runCli(['prune', '--before', '2025-13', '--database', url()], output)).toBe(2);
    expect(output.errors).toEqual(['--before must be a month YYYY-MM, e.g. 2025-01 (got "2025-13")']);
  });
});
