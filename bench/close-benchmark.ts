import { Temporal } from 'temporal-polyfill';
import { loadCatalog } from '../src/billing/catalog.js';
import { closeDueMonths, defaultGraceMs } from '../src/billing/close-due-months.js';
import type { Activity } from '../src/domain/activity.js';
import { UsageCalendar } from '../src/domain/usage-calendar.js';
import { recordActivities } from '../src/metering/record-activities.js';
import type { Engine } from '../src/store/store.js';
import { openBenchDatabase } from './bench-database.js';

export interface CloseFigures {
  engine: Engine;
  accounts: number;
  seconds: number;
  monthsClosed: number;
  invoices: number;
}

/**
 * Month close of `accounts` Start-monthly accounts after their first month: one in ten is
 * over its allowance. Timed: the whole `closeDueMonths` run (each account one transaction:
 * close January, invoice its overusage, invoice February's fee).
 */
export async function measureClose(engine: Engine, accounts: number): Promise<CloseFigures> {
  // As many connections as the closer runs accounts side by side.
  const database = await openBenchDatabase(engine, true, 8);
  try {
    const zone = 'Europe/Berlin';
    const anchor = Temporal.ZonedDateTime.from(`2026-01-01T00:00[${zone}]`).epochMilliseconds;
    const calendar = new UsageCalendar(anchor, zone);
    const ids = Array.from({ length: accounts }, (_, index) => `close-${index}`);
    const db = database.store.db;
    for (let offset = 0; offset < ids.length; offset += 1000) {
      const slice = ids.slice(offset, offset + 1000);
      await db
        .insertInto('accounts')
        .values(
          slice.map((id) => ({
            account_id: id,
            name: id,
            time_zone: zone,
            billing_anchor: anchor,
            created_at: anchor,
          })),
        )
        .execute();
      await db
        .insertInto('subscription_terms')
        .values(
          slice.map((id) => ({
            account_id: id,
            sequence: 1,
            effective_from: anchor,
            plan_id: 'start',
            cycle: 'monthly',
            addon_contacts: 0,
            cycle_start_month: 0,
            change_id: 'opening',
          })),
        )
        .execute();
      await db
        .insertInto('billing_states')
        .values(
          slice.map((id) => ({
            account_id: id,
            next_close_month: 0,
            next_close_due: calendar.month(0).end,
            next_upfront_month: 0,
            next_upfront_due: anchor,
          })),
        )
        .execute();
    }
    const activities: Activity[] = ids.flatMap((accountId, index) =>
      Array.from({ length: index % 10 === 0 ? 60 : 10 }, (_, contact) => ({
        accountId,
        key: `k${contact}`,
        contactId: `c${contact}`,
        kind: 'note.added' as const,
        actor: 'user' as const,
        occurredAt: anchor + 9 * 86_400_000,
      })),
    );
    for (let offset = 0; offset < activities.length; offset += 10_000) {
      await recordActivities(database.store, activities.slice(offset, offset + 10_000));
    }
    const asOf = calendar.month(1).start + 2 * 3_600_000;
    const started = performance.now();
    const report = await closeDueMonths(database.store, loadCatalog(), {
      asOf,
      graceMs: defaultGraceMs,
      now: asOf,
    });
    const seconds = (performance.now() - started) / 1000;
    return {
      engine,
      accounts,
      seconds,
      monthsClosed: report.monthsClosed,
      invoices: report.overusageInvoices + report.upfrontInvoices,
    };
  } finally {
    await database.dispose();
  }
}
