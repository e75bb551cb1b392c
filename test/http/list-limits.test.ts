import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from '../support/engines.js';
import { type Harness, operatorKey, startHarness, type TestAccount } from '../support/http-harness.js';

/**
 * One rule for every list that pages: `limit` is an integer from 1 to the list's maximum,
 * and anything else answers 400 `validation_failed` naming `querystring.limit` — never a
 * silently clamped page.
 */
describe.each(engines)('the limit of every list on %s', (engine) => {
  let api: Harness;
  let account: TestAccount;
  beforeAll(async () => {
    api = await startHarness(engine);
    account = await api.createAccount();
  });
  afterAll(() => api.dispose());

  const lists = [
    { path: '/v1/accounts', key: () => operatorKey, max: 500 },
    { path: '/v1/contacts', key: () => account.apiKey, max: 500 },
    { path: '/v1/invoices', key: () => account.apiKey, max: 500 },
    { path: '/v1/notifications', key: () => account.apiKey, max: 100 },
    { path: '/v1/usage/months', key: () => account.apiKey, max: 120 },
    { path: '/v1/usage/contacts', key: () => account.apiKey, max: 1000 },
  ];

  for (const list of lists) {
    it(`GET ${list.path} takes a limit from 1 to ${list.max} and refuses any other`, async () => {
      for (const limit of ['1', String(list.max)]) {
        const response = await api.request('GET', `${list.path}?limit=${limit}`, { key: list.key() });
        expect(response.status, `limit=${limit}: ${response.text}`).toBe(200);
      }
      for (const limit of ['0', String(list.max + 1), '-1', '1.5', 'abc', '', '99999']) {
        const response = await api.request('GET', `${list.path}?limit=${limit}`, { key: list.key() });
        expect(response.status, `limit=${limit}: ${response.text}`).toBe(400);
        expect(response.body.code).toBe('validation_failed');
        expect(response.body.errors).toEqual([expect.objectContaining({ field: 'querystring.limit' })]);
      }
    });
  }
});
