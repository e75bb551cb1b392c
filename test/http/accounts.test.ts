import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from '../support/engines.js';
import { type Harness, operatorKey, startHarness } from '../support/http-harness.js';

describe.each(engines)('accounts API on %s', (engine) => {
  let api: Harness;
  beforeAll(async () => {
    api = await startHarness(engine);
  });
  afterAll(() => api.dispose());

  describe('happy', () => {
    it('creates an account with its subscription and a working first API key', async () => {
      const created = await api.request('POST', '/v1/accounts', {
        key: operatorKey,
        body: {
          name: 'Bäckerei Müller',
          timezone: 'America/New_York',
          plan: 'grow',
          cycle: 'yearly',
          addonContacts: 100,
          startsAt: '2026-01-31T10:00:00-05:00',
        },
      });
      expect(created.status).toBe(201);
      expect(created.body.account).toMatchObject({
        name: 'Bäckerei Müller',
        timezone: 'America/New_York',
        startsAt: '2026-01-31T10:00:00-05:00',
        subscription: {
          plan: 'grow',
          cycle: 'yearly',
          addonContacts: 100,
          includedContacts: 250,
          allowance: 350,
        },
      });
      expect(created.body.apiKey).toMatch(/^tally_[0-9a-f]{16}_/);
      const own = await api.request('GET', `/v1/accounts/${created.body.account.id}`, {
        key: created.body.apiKey,
      });
      expect(own.status).toBe(200);
      expect(own.body.id).toBe(created.body.account.id);
    });

    it('lets the operator read any account', async () => {
      const account = await api.createAccount({ plan: 'volume', cycle: 'monthly' });
      const read = await api.request('GET', `/v1/accounts/${account.id}`, { key: operatorKey });
      expect(read.status).toBe(200);
      expect(read.body.subscription).toMatchObject({ plan: 'volume', legacy: true, allowance: null });
    });

    it('defaults the time zone to Europe/Berlin and the start to now', async () => {
      api.setClock('2026-03-15T12:00:00Z');
      const created = await api.request('POST', '/v1/accounts', {
        key: operatorKey,
        body: { name: 'Defaults', plan: 'start', cycle: 'monthly' },
      });
      expect(created.status).toBe(201);
      expect(created.body.account).toMatchObject({
        timezone: 'Europe/Berlin',
        startsAt: '2026-03-15T13:00:00+01:00',
      });
      // Every instant in the account's offset, to the second (the account was made at the clock's now).
      expect(created.body.account.createdAt).toBe('2026-03-15T13:00:00+01:00');
      const key = await api.request('POST', `/v1/accounts/${created.body.account.id}/api-keys`, {
        key: operatorKey,
        body: {},
      });
      expect(key.status).toBe(201);
      expect(key.body.createdAt).toBe('2026-03-15T13:00:00+01:00');
    });
  });

  describe('error', () => {
    const cases: [string, Record<string, unknown>, string][] = [
      ['an unknown plan', { plan: 'platinum' }, '/plan'],
      ['add-on contacts on Scale', { plan: 'scale', addonContacts: 10 }, '/addonContacts'],
      ['negative add-on contacts', { addonContacts: -1 }, '/addonContacts'],
      ['an unknown time zone', { timezone: 'Mars/Olympus' }, '/timezone'],
      ['a start that is not an instant', { startsAt: '31.01.2026' }, '/startsAt'],
      ['an unknown cycle', { cycle: 'weekly' }, '/cycle'],
      ['an unknown field', { discount: 50 }, '/discount'],
      ['a name of the wrong type', { name: 42 }, '/name'],
    ];
    for (const [what, change, field] of cases) {
      it(`refuses ${what}, naming ${field}, and creates nothing`, async () => {
        const before = await api.server.context.store.db
          .selectFrom('accounts')
          .select('account_id')
          .execute();
        const response = await api.request('POST', '/v1/accounts', {
          key: operatorKey,
          body: { name: 'Broken', plan: 'grow', cycle: 'monthly', ...change },
        });
        expect(response.status).toBe(400);
        expect(response.headers.get('content-type')).toContain('application/problem+json');
        expect(response.body.code).toBe('validation_failed');
        expect(response.body.errors.map((error: { field: string }) => error.field)).toContain(field);
        const after = await api.server.context.store.db.selectFrom('accounts').select('account_id').execute();
        expect(after.length).toBe(before.length);
      });
    }

    it('answers 404 for an unknown account', async () => {
      const response = await api.request('GET', '/v1/accounts/acc_missing', { key: operatorKey });
      expect(response.status).toBe(404);
      expect(response.body).toMatchObject({ code: 'not_found', status: 404 });
    });
  });

  describe('security', () => {
    it('refuses to create accounts without a key, with a wrong key, or with an account key', async () => {
      const account = await api.createAccount();
      const body = { name: 'Sneaky', plan: 'grow', cycle: 'monthly' };
      expect((await api.request('POST', '/v1/accounts', { body })).body.code).toBe('unauthenticated');
      expect((await api.request('POST', '/v1/accounts', { body, key: 'wrong' })).status).toBe(401);
      const asAccount = await api.request('POST', '/v1/accounts', { body, key: account.apiKey });
      expect(asAccount.status).toBe(403);
      expect(asAccount.body.code).toBe('forbidden');
    });

    it('answers another account’s id with 404 and no data, and refuses a revoked key', async () => {
      const mine = await api.createAccount({ name: 'Mine' });
      const theirs = await api.createAccount({ name: 'Theirs' });
      const response = await api.request('GET', `/v1/accounts/${theirs.id}`, { key: mine.apiKey });
      expect(response.status).toBe(404);
      expect(response.text).not.toContain('Theirs');
      const keys = await api.request('GET', '/v1/api-keys', { key: mine.apiKey });
      const revoke = await api.request('DELETE', `/v1/api-keys/${keys.body.data[0].id}`, {
        key: mine.apiKey,
      });
      expect(revoke.status).toBe(204);
      expect((await api.request('GET', `/v1/accounts/${mine.id}`, { key: mine.apiKey })).status).toBe(401);
    });
  });
});
