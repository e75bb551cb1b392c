import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from '../support/engines.js';
import { type Harness, startHarness, type TestAccount } from '../support/http-harness.js';

/**
 * Contact search ignores letter case for every alphabet, the same on both engines:
 * SQLite's own lower() folds only ASCII, PostgreSQL's folds Unicode.
 */
describe.each(engines)('contact search on %s', (engine) => {
  let api: Harness;
  let account: TestAccount;
  beforeAll(async () => {
    api = await startHarness(engine);
    account = await api.createAccount();
    for (const name of ['Łukasz Nowak', 'łukasz kowalski', 'ÆRØ MÜLLER', 'Ödön Horváth', 'Ada Lovelace']) {
      const created = await api.request('POST', '/v1/contacts', { key: account.apiKey, body: { name } });
      expect(created.status, created.text).toBe(201);
    }
  });
  afterAll(() => api.dispose());

  const search = async (q: string) => {
    const response = await api.request('GET', `/v1/contacts?q=${encodeURIComponent(q)}`, {
      key: account.apiKey,
    });
    expect(response.status, response.text).toBe(200);
    return response.body.data.map((contact: { name: string }) => contact.name).sort();
  };

  it('finds names whatever the case of their non-ASCII letters', async () => {
    for (const q of ['łukasz', 'ŁUKASZ', 'Łukasz']) {
      expect(await search(q), q).toEqual(['Łukasz Nowak', 'łukasz kowalski']);
    }
    expect(await search('ærø müller')).toEqual(['ÆRØ MÜLLER']);
    expect(await search('ÖDÖN')).toEqual(['Ödön Horváth']);
    expect(await search('HORVÁTH')).toEqual(['Ödön Horváth']);
    expect(await search('ada')).toEqual(['Ada Lovelace']);
    expect(await search('zbigniew')).toEqual([]);
  });
});
