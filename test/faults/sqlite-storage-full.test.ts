import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyMetering } from '../../src/metering/verify-metering.js';
import type { SqliteStore } from '../../src/store/store.js';
import { type Harness, operatorKey, startHarness, type TestAccount } from '../support/http-harness.js';
import { countRows } from '../support/row-counts.js';

/** SQLite's default `max_page_count`: effectively no limit but the disk. */
const unlimitedPages = 4_294_967_294;

/**
 * The database file is held to the pages it has (`max_page_count`), so it fills up the way
 * a full disk fills it: SQLite answers SQLITE_FULL to the write that needs one more page.
 */
describe('a SQLite database that runs out of storage', () => {
  let api: Harness;
  let account: TestAccount;
  let sqlite: SqliteStore['sqlite'];

  beforeEach(async () => {
    api = await startHarness('sqlite');
    api.setClock('2026-03-15T12:00:00Z');
    account = await api.createAccount();
    sqlite = (api.server.context.store as SqliteStore).sqlite;
  });
  afterEach(() => api.dispose());

  const batch = (round: number) =>
    Array.from({ length: 200 }, (_, index) => ({
      id: `fill-${round}-${index}`,
      contactId: `contact-${round}-${index}`,
      kind: 'note.added',
      occurredAt: '2026-03-10T09:00:00Z',
    }));

  it('answers 507 storage_full, writes nothing partial, reports not ready, and takes writes again once space is freed', async () => {
    const store = api.server.context.store;
    expect((await api.request('GET', '/readyz')).status).toBe(200);
    sqlite.pragma(`max_page_count = ${Number(sqlite.pragma('page_count', { simple: true }))}`);

    // Fill what is left, batch by batch, until a batch does not fit.
    let full: Awaited<ReturnType<Harness['request']>> | undefined;
    let round = 0;
    for (; round < 500 && !full; round++) {
      const ledgerBefore = await countRows(store.db, 'activity_ledger');
      const usageBefore = (await api.request('GET', '/v1/usage', { key: account.apiKey })).body
        .activeContacts;
      const answer = await api.request('POST', '/v1/activities', {
        key: account.apiKey,
        body: { activities: batch(round) },
      });
      if (answer.status === 200) continue;
      full = answer;
      // All or nothing: the batch that did not fit left no row and no count behind.
      expect(await countRows(store.db, 'activity_ledger')).toBe(ledgerBefore);
      expect((await api.request('GET', '/v1/usage', { key: account.apiKey })).body.activeContacts).toBe(
        usageBefore,
      );
    }
    const failedRound = round - 1;
    expect(full?.status).toBe(507);
    expect(full?.headers.get('content-type')).toContain('application/problem+json');
    expect(full?.body.code).toBe('storage_full');
    expect(Number(full?.headers.get('retry-after'))).toBeGreaterThan(0);

    // A contact action is refused whole as well: no contact, no activity. Small writes may
    // still fit in the pages' last gaps, so contacts are created until one does not fit.
    let refusedContact: Awaited<ReturnType<Harness['request']>> | undefined;
    for (let attempt = 0; attempt < 1_000 && !refusedContact; attempt++) {
      const contactsBefore = await countRows(store.db, 'contacts');
      const ledgerBefore = await countRows(store.db, 'activity_ledger');
      const created = await api.request('POST', '/v1/contacts', {
        key: account.apiKey,
        body: { name: `Zoë Ångström ${attempt}`, email: `zoe${attempt}@example.com` },
      });
      if (created.status === 201) continue;
      refusedContact = created;
      expect(await countRows(store.db, 'contacts')).toBe(contactsBefore);
      expect(await countRows(store.db, 'activity_ledger')).toBe(ledgerBefore);
    }
    expect([refusedContact?.status, refusedContact?.body.code]).toEqual([507, 'storage_full']);
    const contactsMade = await countRows(store.db, 'contacts');

    // The operator sees it: not ready, a metric, while reads still answer.
    expect((await api.request('GET', '/readyz')).body).toEqual({
      status: 'not_ready',
      database: 'storage_full',
    });
    expect((await api.request('GET', '/readyz')).status).toBe(503);
    expect((await api.request('GET', '/v1/usage', { key: account.apiKey })).status).toBe(200);
    const metrics = (await api.request('GET', '/metrics', { key: operatorKey })).text;
    expect(metrics).toContain('tally_database_faults_total{fault="storage_full"} 1');
    expect(metrics).toContain('tally_database_state{state="storage_full"} 1');

    // Space is freed: ready again without a restart, and the refused batch now goes in.
    sqlite.pragma(`max_page_count = ${unlimitedPages}`);
    expect((await api.request('GET', '/readyz')).body).toEqual({ status: 'ready', database: 'available' });
    const ledgerWhenFull = await countRows(store.db, 'activity_ledger');
    const retried = await api.request('POST', '/v1/activities', {
      key: account.apiKey,
      body: { activities: batch(failedRound) },
    });
    expect(retried.status).toBe(200);
    expect(await countRows(store.db, 'activity_ledger')).toBe(ledgerWhenFull + 200);
    expect(
      (await api.request('POST', '/v1/contacts', { key: account.apiKey, body: { name: 'Zoë Ångström' } }))
        .status,
    ).toBe(201);

    expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    expect((await verifyMetering(store)).differences).toEqual([]);
    expect((await api.request('GET', '/v1/usage', { key: account.apiKey })).body.activeContacts).toBe(
      (failedRound + 1) * 200 + contactsMade + 1,
    );
  });
});
