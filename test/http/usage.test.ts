import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from '../support/engines.js';
import { type Harness, operatorKey, startHarness } from '../support/http-harness.js';

describe.each(engines)('usage API on %s', (engine) => {
  let api: Harness;
  beforeAll(async () => {
    api = await startHarness(engine);
  });
  afterAll(() => api.dispose());

  const record = (key: string, contacts: number, occurredAt: string, prefix?: string) =>
    api.recordNotes(key, contacts, occurredAt, prefix);

  describe('happy', () => {
    it('shows the current month with allowance and overusage in exact euros', async () => {
      api.setClock('2026-03-15T12:00:00Z');
      const account = await api.createAccount({ plan: 'start', cycle: 'monthly', addonContacts: 10 });
      await record(account.apiKey, 80, '2026-03-10T09:00:00Z');
      await record(account.apiKey, 5, '2026-02-10T09:00:00Z', 'old');
      const usage = await api.request('GET', '/v1/usage', { key: account.apiKey });
      expect(usage.status).toBe(200);
      expect(usage.body).toEqual({
        periodStart: '2026-03-01T00:00:00+01:00',
        periodEnd: '2026-04-01T00:00:00+02:00',
        timezone: 'Europe/Berlin',
        plan: 'start',
        legacy: false,
        activeContacts: 80,
        includedContacts: 50,
        addonContacts: 10,
        allowance: 60,
        overusage: 20,
        overusageCost: { amount: '5.00', currency: 'EUR' },
        // All 80 arrived on one day (a spike) and nothing since: the projection adds nothing.
        forecast: {
          activeContacts: 80,
          overusage: 20,
          overusageCost: { amount: '5.00', currency: 'EUR' },
          // Start's €29.00 and 10 add-on contacts at €0.25 is €31.50, plus €5.00 overusage; no
          // billing details, so no VAT, as an invoice issued now would charge.
          projectedBill: {
            planCost: { amount: '31.50', currency: 'EUR' },
            overusageCost: { amount: '5.00', currency: 'EUR' },
            net: { amount: '36.50', currency: 'EUR' },
            vatRate: '0.00',
            vat: { amount: '0.00', currency: 'EUR' },
            gross: { amount: '36.50', currency: 'EUR' },
            reverseCharge: false,
          },
          method: expect.any(String),
        },
        // The batch crossed both thresholds at once; the request that did it recorded them.
        thresholds: [
          { percent: 80, reachedAt: '2026-03-15T13:00:00+01:00' },
          { percent: 100, reachedAt: '2026-03-15T13:00:00+01:00' },
        ],
      });
    });

    it('counts legacy accounts for information only', async () => {
      const account = await api.createAccount({ plan: 'volume' });
      await record(account.apiKey, 3, '2026-03-10T09:00:00Z');
      const usage = await api.request('GET', '/v1/usage', { key: account.apiKey });
      expect(usage.body).toMatchObject({ legacy: true, activeContacts: 3, allowance: null, overusage: 0 });
    });

    it('lists a past month’s active contacts with why each counts, page by page and as CSV', async () => {
      const account = await api.createAccount();
      await record(account.apiKey, 5, '2026-02-03T09:00:00Z');
      const pages: string[] = [];
      let cursor: string | null = null;
      do {
        const path: string = `/v1/usage/contacts?period=2026-02&limit=2${cursor ? `&cursor=${cursor}` : ''}`;
        const page = await api.request('GET', path, { key: account.apiKey });
        expect(page.status).toBe(200);
        expect(page.body.periodStart).toBe('2026-02-01T00:00:00+01:00');
        pages.push(...page.body.data.map((row: { contactId: string }) => row.contactId));
        cursor = page.body.nextCursor;
      } while (cursor);
      expect(pages).toEqual(['c000', 'c001', 'c002', 'c003', 'c004']);
      const csv = await api.request('GET', '/v1/usage/contacts?period=2026-02', {
        key: account.apiKey,
        headers: { accept: 'text/csv' },
      });
      expect(csv.headers.get('content-type')).toContain('text/csv');
      expect(csv.text.split('\r\n')[0]).toBe(
        'contact_id,name,email,first_kind,first_actor,first_occurred_at,first_activity_id',
      );
      expect(csv.text.split('\r\n')[1]).toBe(
        'c000,,,note.added,api,2026-02-03T10:00:00+01:00,c-2026-02-03T09:00:00Z-0',
      );
      expect(csv.text.trim().split('\r\n')).toHaveLength(6);
    });
    it('filters the active contacts by the kind of their first activity, in JSON and CSV', async () => {
      const account = await api.createAccount();
      await record(account.apiKey, 3, '2026-03-05T09:00:00Z', 'note');
      await api.request('POST', '/v1/activities', {
        key: account.apiKey,
        body: {
          activities: [
            { id: 'm1', contactId: 'mail1', kind: 'message.sent', occurredAt: '2026-03-06T09:00:00Z' },
            // A later note does not change why mail1 counts.
            { id: 'm2', contactId: 'mail1', kind: 'note.added', occurredAt: '2026-03-07T09:00:00Z' },
          ],
        },
      });
      const messages = await api.request('GET', '/v1/usage/contacts?kind=message.sent', {
        key: account.apiKey,
      });
      expect(messages.body.data.map((row: { contactId: string }) => row.contactId)).toEqual(['mail1']);
      const notes = await api.request('GET', '/v1/usage/contacts?kind=note.added', { key: account.apiKey });
      expect(notes.body.data.map((row: { contactId: string }) => row.contactId)).toEqual([
        'note000',
        'note001',
        'note002',
      ]);
      const csv = await api.request('GET', '/v1/usage/contacts?kind=message.sent', {
        key: account.apiKey,
        headers: { accept: 'text/csv' },
      });
      expect(csv.text.trim().split('\r\n')).toHaveLength(2);
      expect(csv.text).toContain('mail1,,,message.sent,api');
      const refused = await api.request('GET', '/v1/usage/contacts?kind=viewed', { key: account.apiKey });
      expect(refused.status).toBe(400);
      expect(refused.body.errors[0].field).toBe('querystring.kind');
    });
  });

  describe('error', () => {
    it('refuses a malformed period, limit or cursor and a month before the start', async () => {
      const account = await api.createAccount();
      for (const query of ['period=March', 'limit=0', 'limit=abc', 'cursor=%25%25', 'colour=red']) {
        const response = await api.request('GET', `/v1/usage/contacts?${query}`, { key: account.apiKey });
        expect(response.status, query).toBe(400);
        expect(response.body.code).toBe('validation_failed');
      }
      const before = await api.request('GET', '/v1/usage/contacts?period=2025-11', { key: account.apiKey });
      expect(before.status).toBe(404);
      expect(before.body.code).toBe('not_found');
      // The same rule for the day-by-day view and the export: a problem, never an empty month.
      const daily = await api.request('GET', '/v1/usage/daily?period=2025-11', { key: account.apiKey });
      expect([daily.status, daily.body.code]).toEqual([404, 'not_found']);
      const csv = await api.request('GET', '/v1/usage/contacts?period=2025-11', {
        key: account.apiKey,
        headers: { accept: 'text/csv' },
      });
      expect([csv.status, csv.body.code]).toEqual([404, 'not_found']);
    });
  });

  describe('security', () => {
    it('shows each account only its own contacts and refuses missing, wrong and operator keys', async () => {
      const mine = await api.createAccount();
      const theirs = await api.createAccount();
      await record(theirs.apiKey, 2, '2026-03-10T09:00:00Z', 'secret');
      const listed = await api.request('GET', '/v1/usage/contacts', { key: mine.apiKey });
      expect(listed.body.data).toEqual([]);
      expect(listed.text).not.toContain('secret');
      expect((await api.request('GET', '/v1/usage')).status).toBe(401);
      expect((await api.request('GET', '/v1/usage', { key: 'tally_x' })).status).toBe(401);
      expect((await api.request('GET', '/v1/usage', { key: operatorKey })).status).toBe(403);
    });
  });
});
