import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pruneLedger } from '../../src/metering/prune-ledger.js';
import { closeDueMonths, defaultGraceMs } from '../../src/use-cases/close-due-months.js';
import { engines } from '../support/engines.js';
import { type Harness, startHarness } from '../support/http-harness.js';
import { partitionRows } from '../support/ledger-partitions.js';

describe.each(engines)('usage API after ledger retention on %s', (engine) => {
  let api: Harness;
  beforeAll(async () => {
    api = await startHarness(engine);
  });
  afterAll(() => api.dispose());

  it('starts with the ledger partitions of the months around its clock made on PostgreSQL', async () => {
    if (engine !== 'postgres') return;
    const partitions = Object.keys(await partitionRows(api.server.context.store));
    const now = new Date();
    for (const offset of [-1, 0, 1, 2, 3]) {
      const month = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + offset, 1));
      expect(partitions).toContain(
        `activity_ledger_y${month.getUTCFullYear()}m${String(month.getUTCMonth() + 1).padStart(2, '0')}`,
      );
    }
  });

  it('keeps a pruned month’s figures and says why its contacts can no longer be listed', async () => {
    api.setClock('2026-03-15T12:00:00Z');
    const account = await api.createAccount({ plan: 'start', cycle: 'monthly', addonContacts: 0 });
    expect((await api.recordNotes(account.apiKey, 60, '2026-01-10T09:00:00Z')).status).toBe(200);
    expect((await api.recordNotes(account.apiKey, 4, '2026-03-10T09:00:00Z', 'mar')).status).toBe(200);
    const store = api.server.context.store;
    const closeAt = Date.parse('2026-03-01T03:00:00Z');
    await closeDueMonths(store, api.server.context.catalog, {
      asOf: closeAt,
      graceMs: defaultGraceMs,
      now: closeAt,
    });
    const monthsBefore = await api.request('GET', '/v1/usage/months', { key: account.apiKey });
    const invoicesBefore = await api.request('GET', '/v1/invoices', { key: account.apiKey });
    expect(monthsBefore.body.data.map((month: { period: string }) => month.period)).toEqual([
      '2026-03',
      '2026-02',
      '2026-01',
    ]);

    const pruned = await pruneLedger(store, {
      before: '2026-03',
      now: Date.parse('2026-03-15T12:00:00Z'),
      dryRun: false,
    });
    expect(pruned).toMatchObject({ ok: true, ledgerRows: 60 });

    const gone = await api.request('GET', '/v1/usage/contacts?period=2026-01', { key: account.apiKey });
    expect(gone.status).toBe(410);
    expect(gone.headers.get('content-type')).toContain('application/problem+json');
    expect(gone.body).toMatchObject({
      code: 'ledger_pruned',
      detail:
        'The activity details of the usage month 2026-01-01 – 2026-02-01 were removed by retention on 2026-03-15; its figures and invoices are kept.',
    });
    const csv = await api.request('GET', '/v1/usage/contacts?period=2026-01', {
      key: account.apiKey,
      headers: { accept: 'text/csv' },
    });
    expect(csv.status).toBe(410);
    // A pruned month that counted nobody lists nobody, as before; the month kept lists its contacts.
    const february = await api.request('GET', '/v1/usage/contacts?period=2026-02', { key: account.apiKey });
    expect(february).toMatchObject({ status: 200, body: { data: [] } });
    const march = await api.request('GET', '/v1/usage/contacts?period=2026-03', { key: account.apiKey });
    expect(march.status).toBe(200);
    expect(march.body.data).toHaveLength(4);
    expect(await api.request('GET', '/v1/usage/months', { key: account.apiKey })).toMatchObject({
      status: 200,
      body: monthsBefore.body,
    });
    expect((await api.request('GET', '/v1/invoices', { key: account.apiKey })).body).toEqual(
      invoicesBefore.body,
    );
  });
});
