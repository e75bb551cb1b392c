import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from '../support/engines.js';
import { type Harness, operatorKey, startHarness } from '../support/http-harness.js';

// The read endpoints the dashboard needs besides the core ones: past months, the catalog,
// a contact's notes, and how an operator lists accounts and acts for one.
describe.each(engines)('dashboard reads on %s', (engine) => {
  let api: Harness;
  beforeAll(async () => {
    api = await startHarness(engine);
  });
  afterAll(() => api.dispose());

  const record = (key: string, contacts: number, occurredAt: string, prefix?: string) =>
    api.recordNotes(key, contacts, occurredAt, prefix);

  describe('happy', () => {
    it('lists the usage months newest first, closed ones with their frozen figures', async () => {
      api.setClock('2026-03-15T12:00:00Z');
      const account = await api.createAccount({ plan: 'start', cycle: 'monthly', addonContacts: 0 });
      await record(account.apiKey, 60, '2026-01-20T09:00:00Z', 'jan');
      await record(account.apiKey, 12, '2026-03-10T09:00:00Z', 'mar');
      await api.request('POST', '/v1/billing/close', { key: operatorKey, body: {} });
      const months = await api.request('GET', '/v1/usage/months', { key: account.apiKey });
      expect(months.status).toBe(200);
      expect(months.body.data).toEqual([
        {
          period: '2026-03',
          periodStart: '2026-03-01T00:00:00+01:00',
          periodEnd: '2026-04-01T00:00:00+02:00',
          activeContacts: 12,
          allowance: 50,
          overusage: 0,
          overusageCost: { amount: '0.00', currency: 'EUR' },
          closed: false,
        },
        {
          period: '2026-02',
          periodStart: '2026-02-01T00:00:00+01:00',
          periodEnd: '2026-03-01T00:00:00+01:00',
          activeContacts: 0,
          allowance: 50,
          overusage: 0,
          overusageCost: { amount: '0.00', currency: 'EUR' },
          closed: true,
        },
        {
          period: '2026-01',
          periodStart: '2026-01-01T00:00:00+01:00',
          periodEnd: '2026-02-01T00:00:00+01:00',
          activeContacts: 60,
          allowance: 50,
          overusage: 10,
          overusageCost: { amount: '2.50', currency: 'EUR' },
          closed: true,
        },
      ]);
      const newest = await api.request('GET', '/v1/usage/months?limit=1', { key: account.apiKey });
      expect(newest.body.data.map((month: { period: string }) => month.period)).toEqual(['2026-03']);
    });

    it('answers the catalog with exact prices', async () => {
      const account = await api.createAccount();
      const plans = await api.request('GET', '/v1/plans', { key: account.apiKey });
      expect(plans.status).toBe(200);
      expect(plans.body.overusagePerContact).toEqual({ amount: '0.25', currency: 'EUR' });
      expect(plans.body.data.find((plan: { id: string }) => plan.id === 'grow')).toMatchObject({
        name: 'Grow',
        includedContacts: 250,
        addonPerContact: { monthly: { amount: '0.20' }, yearly: { amount: '0.16' } },
      });
      expect(plans.body.data.find((plan: { id: string }) => plan.id === 'scale').addonPerContact).toBeNull();
    });

    it('lists a contact’s notes newest first, and reading them records nothing', async () => {
      const account = await api.createAccount();
      const contact = await api.request('POST', '/v1/contacts', {
        key: account.apiKey,
        body: { name: 'Ada' },
      });
      for (const [body, at] of [
        ['first call', '2026-03-15T12:00:00Z'],
        ['sent the offer', '2026-03-16T12:00:00Z'],
      ] as const) {
        api.setClock(at);
        await api.request('POST', `/v1/contacts/${contact.body.id}/notes`, {
          key: account.apiKey,
          body: { body },
        });
      }
      const notes = await api.request('GET', `/v1/contacts/${contact.body.id}/notes`, {
        key: account.apiKey,
      });
      expect(notes.status).toBe(200);
      expect(notes.body.data.map((note: { body: string }) => note.body)).toEqual([
        'sent the offer',
        'first call',
      ]);
      expect(notes.body.data[0]).toMatchObject({ actor: 'api', createdAt: '2026-03-16T13:00:00+01:00' });
      const usage = await api.request('GET', '/v1/usage', { key: account.apiKey });
      expect(usage.body.activeContacts).toBe(1);
    });

    it('names each hosted active contact, deleted ones too, and leaves external ids unnamed', async () => {
      const account = await api.createAccount();
      const ada = await api.request('POST', '/v1/contacts', {
        key: account.apiKey,
        body: { name: 'Ada Lovelace', email: 'ada@example.com' },
      });
      const gone = await api.request('POST', '/v1/contacts', { key: account.apiKey, body: { name: 'Gone' } });
      await api.request('DELETE', `/v1/contacts/${gone.body.id}`, { key: account.apiKey });
      await record(account.apiKey, 1, '2026-03-15T11:00:00Z', 'external');
      const listed = await api.request('GET', '/v1/usage/contacts', { key: account.apiKey });
      const byId = new Map(
        listed.body.data.map((row: { contactId: string; contact: unknown }) => [row.contactId, row.contact]),
      );
      expect(byId.get(ada.body.id)).toEqual({
        name: 'Ada Lovelace',
        email: 'ada@example.com',
        deleted: false,
      });
      expect(byId.get(gone.body.id)).toEqual({ name: 'Gone', email: null, deleted: true });
      expect(byId.get('external000')).toBeNull();
    });

    it('lets the operator list accounts and issue a key that acts for one', async () => {
      const account = await api.createAccount({ name: 'Picked GmbH' });
      const listed = await api.request('GET', '/v1/accounts?limit=500', { key: operatorKey });
      expect(listed.status).toBe(200);
      expect(listed.body.data.find((row: { id: string }) => row.id === account.id)).toMatchObject({
        name: 'Picked GmbH',
        subscription: { plan: 'grow' },
      });
      const issued = await api.request('POST', `/v1/accounts/${account.id}/api-keys`, {
        key: operatorKey,
        body: { label: 'dashboard (operator)' },
      });
      expect(issued.status).toBe(201);
      expect(issued.body).toMatchObject({ accountId: account.id, label: 'dashboard (operator)' });
      const own = await api.request('GET', '/v1/accounts', { key: issued.body.token });
      expect(own.body.data.map((row: { id: string }) => row.id)).toEqual([account.id]);
    });
  });

  describe('error', () => {
    it('refuses a bad months limit and a key for a missing account', async () => {
      const account = await api.createAccount();
      for (const query of ['limit=0', 'limit=500', 'limit=x', 'colour=red']) {
        const response = await api.request('GET', `/v1/usage/months?${query}`, { key: account.apiKey });
        expect(response.status, query).toBe(400);
        expect(response.body.code).toBe('validation_failed');
      }
      const missing = await api.request('POST', '/v1/accounts/acc_missing/api-keys', {
        key: operatorKey,
        body: {},
      });
      expect(missing.status).toBe(404);
      const noContact = await api.request('GET', '/v1/contacts/nope/notes', { key: account.apiKey });
      expect(noContact.status).toBe(404);
    });
  });

  describe('security', () => {
    it('shows an account only itself and its own notes, and only the operator issues keys for others', async () => {
      const mine = await api.createAccount({ name: 'Mine' });
      const theirs = await api.createAccount({ name: 'Theirs' });
      const contact = await api.request('POST', '/v1/contacts', {
        key: theirs.apiKey,
        body: { name: 'Eve' },
      });
      await api.request('POST', `/v1/contacts/${contact.body.id}/notes`, {
        key: theirs.apiKey,
        body: { body: 'secret' },
      });
      const notes = await api.request('GET', `/v1/contacts/${contact.body.id}/notes`, { key: mine.apiKey });
      expect(notes.status).toBe(404);
      expect(notes.text).not.toContain('secret');
      const listed = await api.request('GET', '/v1/accounts', { key: mine.apiKey });
      expect(listed.body.data.map((row: { name: string }) => row.name)).toEqual(['Mine']);
      const forged = await api.request('POST', `/v1/accounts/${theirs.id}/api-keys`, {
        key: mine.apiKey,
        body: {},
      });
      expect(forged.status).toBe(403);
      expect(forged.text).not.toContain('tally_');
      expect((await api.request('GET', '/v1/usage/months')).status).toBe(401);
      expect((await api.request('GET', '/v1/accounts')).status).toBe(401);
    });
  });
});
