import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/billing/catalog.js';
import { recordActivities } from '../../src/metering/record-activities.js';
import { verifyMetering } from '../../src/metering/verify-metering.js';
import { createWebhookEndpoint } from '../../src/notify/webhook-endpoints.js';
import { closeDueMonths, defaultGraceMs } from '../../src/use-cases/close-due-months.js';
import { openAccount } from '../../src/use-cases/open-account.js';
import { createTestDatabase, engines, type TestDatabase } from '../support/engines.js';
import { at } from '../support/metering-fixtures.js';

const catalog = loadCatalog();

/**
 * The close takes many accounts a transaction and writes each kind of row for the whole
 * batch in one statement: each account must still get exactly its own months, figures,
 * invoices, events and billing state, whatever else the batch holds.
 */
describe.each(engines)('closing a batch of accounts on %s', (engine) => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await createTestDatabase(engine);
  });
  afterEach(() => database.dispose());

  it('closes each account’s own months with its own figures, invoices, events and next state', async () => {
    const store = database.store;
    const open = async (name: string, startsAt: string, addonContacts = 0) =>
      (
        await openAccount(
          store,
          catalog,
          {
            name,
            configuration: { planId: 'start', cycle: 'monthly', addonContacts },
            startsAt: at(startsAt),
          },
          at(startsAt),
        )
      ).account.id;
    // Three months behind; one month behind with a webhook endpoint; one month with no
    // activity; an account whose first month is not over yet (its fee is due, nothing to close).
    const behind = await open('Behind', '2026-01-01T00:00');
    const hooked = await open('Hooked', '2026-03-01T00:00', 100);
    const idle = await open('Idle', '2026-03-01T00:00');
    const fresh = await open('Fresh', '2026-03-20T00:00');
    await createWebhookEndpoint(
      store.db,
      hooked,
      { url: 'https://erp.example.com/tally', eventTypes: ['month.closed', 'invoice.finalized'] },
      at('2026-03-01T00:00'),
    );
    const contacts = (accountId: string, month: string, count: number) =>
      Array.from({ length: count }, (_, index) => ({
        accountId,
        key: `${month}-${index}`,
        contactId: `c${index}`,
        kind: 'note.added' as const,
        actor: 'user' as const,
        occurredAt: at(`${month}-10T10:00`),
      }));
    const outcome = await recordActivities(store, [
      ...contacts(behind, '2026-01', 60),
      ...contacts(behind, '2026-02', 40),
      ...contacts(behind, '2026-03', 75),
      ...contacts(hooked, '2026-03', 170),
    ]);
    expect(outcome.ok).toBe(true);

    const asOf = at('2026-04-01T03:00');
    const report = await closeDueMonths(store, catalog, { asOf, graceMs: defaultGraceMs, now: asOf });
    expect(report).toMatchObject({ monthsClosed: 5, overusageInvoices: 3 });

    const months = await store.db
      .selectFrom('usage_months')
      .select(['account_id', 'period_start', 'active_contacts', 'allowance', 'overusage', 'closed_at'])
      .orderBy('account_id')
      .orderBy('period_start')
      .execute();
    const figures = (accountId: string) =>
      months
        .filter((month) => month.account_id === accountId)
        .map((month) => [
          Number(month.active_contacts),
          month.allowance === null ? null : Number(month.allowance),
          Number(month.overusage),
          month.closed_at === null ? null : Number(month.closed_at),
        ]);
    expect(figures(behind)).toEqual([
      [60, 50, 10, asOf],
      [40, 50, 0, asOf],
      [75, 50, 25, asOf],
    ]);
    expect(figures(hooked)).toEqual([[170, 150, 20, asOf]]);
    expect(figures(idle)).toEqual([[0, 50, 0, asOf]]);
    expect(figures(fresh)).toEqual([]);

    const invoices = await store.db
      .selectFrom('invoices')
      .select(['account_id', 'kind', 'source_key', 'sequence', 'total'])
      .orderBy('sequence')
      .execute();
    expect(invoices.map((invoice) => Number(invoice.sequence))).toEqual(
      invoices.map((_, index) => index + 1),
    );
    const overusage = invoices.filter((invoice) => invoice.kind === 'overusage');
    expect(
      overusage.map((invoice) => [invoice.account_id, invoice.source_key, Number(invoice.total)]).sort(),
    ).toEqual(
      [
        [behind, `overusage:${at('2026-01-01T00:00')}`, 250],
        [behind, `overusage:${at('2026-03-01T00:00')}`, 625],
        [hooked, `overusage:${at('2026-03-01T00:00')}`, 500],
      ].sort(),
    );

    const states = await store.db
      .selectFrom('billing_states')
      .select(['account_id', 'next_close_month', 'next_close_due', 'next_upfront_month'])
      .execute();
    const state = (accountId: string) => {
      const row = states.find((candidate) => candidate.account_id === accountId);
      return (
        row && [Number(row.next_close_month), Number(row.next_close_due), Number(row.next_upfront_month)]
      );
    };
    expect(state(behind)).toEqual([3, at('2026-05-01T00:00'), 4]);
    expect(state(hooked)).toEqual([1, at('2026-05-01T00:00'), 2]);
    expect(state(idle)).toEqual([1, at('2026-05-01T00:00'), 2]);
    expect(state(fresh)).toEqual([0, at('2026-04-20T00:00'), 1]);

    // Only the account with an endpoint has events queued: its month, its overusage and the
    // fees of its first two cycles (the close issues every fee that has fallen due).
    const deliveries = await store.db
      .selectFrom('webhook_deliveries')
      .select(['account_id', 'event_type'])
      .execute();
    expect(deliveries.map((delivery) => [delivery.account_id, delivery.event_type]).sort()).toEqual(
      [
        [hooked, 'invoice.finalized'],
        [hooked, 'invoice.finalized'],
        [hooked, 'invoice.finalized'],
        [hooked, 'month.closed'],
      ].sort(),
    );

    // Closing again finds nothing due and changes nothing.
    expect(await closeDueMonths(store, catalog, { asOf, graceMs: defaultGraceMs, now: asOf })).toMatchObject({
      monthsClosed: 0,
      overusageInvoices: 0,
      upfrontInvoices: 0,
    });
    expect((await verifyMetering(store)).differences).toEqual([]);
  });
});
