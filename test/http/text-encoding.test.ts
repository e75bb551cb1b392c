import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from '../support/engines.js';
import { type ApiResponse, type Harness, startHarness, type TestAccount } from '../support/http-harness.js';
import { countRows } from '../support/row-counts.js';

/**
 * Text the databases cannot keep faithfully — a NUL character (PostgreSQL refuses it), a
 * lone UTF-16 surrogate or bytes that are not UTF-8 (PostgreSQL refuses them, SQLite turns
 * them into U+FFFD) — is refused at the edge with 400 `validation_failed` naming the field,
 * on every route, and nothing is written.
 */
describe.each(engines)('text that is not valid Unicode on %s', (engine) => {
  let api: Harness;
  let account: TestAccount;
  let funnelKey: string;
  beforeAll(async () => {
    api = await startHarness(engine);
    account = await api.createAccount();
    const funnel = await api.request('POST', '/v1/funnels', {
      key: account.apiKey,
      body: { name: 'Spring webinar' },
    });
    funnelKey = funnel.body.key;
  });
  afterAll(() => api.dispose());

  /** Sends raw bytes as a JSON body, as a client with a broken encoder would. */
  const sendBytes = async (path: string, bytes: Uint8Array, key?: string): Promise<ApiResponse> => {
    const response = await fetch(`${api.url}${path}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(key === undefined ? {} : { authorization: `Bearer ${key}` }),
      },
      body: bytes,
    });
    const text = await response.text();
    return { status: response.status, headers: response.headers, body: JSON.parse(text), text };
  };
  const latin1 = (text: string) => Uint8Array.from(text, (character) => character.charCodeAt(0));

  const expectRefused = (response: ApiResponse, field: string) => {
    expect(response.status, response.text).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(response.body.code).toBe('validation_failed');
    expect(response.body.errors).toEqual([expect.objectContaining({ field })]);
  };

  // Written as JSON escapes, so the JSON text itself is plain ASCII.
  const badTexts = [
    { name: 'a NUL character', json: '"Ada\\u0000Lovelace"' },
    { name: 'a lone high surrogate', json: '"Ada\\ud800"' },
    { name: 'a lone low surrogate', json: '"\\udc00Ada"' },
  ];

  for (const bad of badTexts) {
    it(`refuses ${bad.name} in a contact field, naming it, and writes nothing`, async () => {
      const before = await countRows(api.server.context.store.db, 'contacts');
      const response = await api.request('POST', '/v1/contacts', {
        key: account.apiKey,
        body: `{"name":"Ada","properties":{},"email":${bad.json}}`,
      });
      expectRefused(response, '/email');
      expect(await countRows(api.server.context.store.db, 'contacts')).toBe(before);
    });

    it(`refuses ${bad.name} in a public funnel lead`, async () => {
      const response = await api.request('POST', `/v1/funnels/${funnelKey}/leads`, {
        body: `{"name":"Lead","email":"lead@example.com","answers":{"company":${bad.json}}}`,
      });
      expectRefused(response, '/answers/company');
    });

    it(`refuses ${bad.name} in a property name, naming the object that holds it`, async () => {
      const response = await api.request('POST', '/v1/contacts', {
        key: account.apiKey,
        body: `{"name":"Ada","properties":{${bad.json}:"x"}}`,
      });
      expectRefused(response, '/properties');
    });
  }

  it('refuses bytes that are not UTF-8, naming the field, and stores no replacement character', async () => {
    const before = await countRows(api.server.context.store.db, 'contacts');
    const response = await sendBytes('/v1/contacts', latin1('{"name":"Bj\xf6rn"}'), account.apiKey);
    expectRefused(response, '/name');
    const lead = await sendBytes(
      `/v1/funnels/${funnelKey}/leads`,
      latin1('{"email":"j@example.com","name":"J\xfcrgen\xff"}'),
    );
    expectRefused(lead, '/name');
    expect(await countRows(api.server.context.store.db, 'contacts')).toBe(before);
  });

  it('refuses a NUL character or bytes that are not UTF-8 in a CSV import, naming the line', async () => {
    const before = await countRows(api.server.context.store.db, 'contacts');
    const csv = (bytes: Uint8Array) =>
      fetch(`${api.url}/v1/imports`, {
        method: 'POST',
        headers: { 'content-type': 'text/csv', authorization: `Bearer ${account.apiKey}` },
        body: bytes,
      }).then(async (response) => ({
        status: response.status,
        body: (await response.json()) as ApiResponse['body'],
      }));
    const nul = await csv(
      new TextEncoder().encode('name,email\nAda,ada@example.com\nBob\u0000,bob@example.com\n'),
    );
    expect([nul.status, nul.body.code, nul.body.errors?.[0]?.message]).toEqual([
      400,
      'validation_failed',
      'line 3 contains a NUL character',
    ]);
    const latin = await csv(latin1('name,email\nBj\xf6rn,bjorn@example.com\n'));
    expect([latin.status, latin.body.code, latin.body.errors?.[0]?.message]).toEqual([
      400,
      'validation_failed',
      'line 2 is not valid UTF-8',
    ]);
    expect(await countRows(api.server.context.store.db, 'contacts')).toBe(before);
  });

  it('refuses a NUL character in the query string, naming the parameter', async () => {
    const response = await api.request('GET', '/v1/contacts?q=Ada%00', { key: account.apiKey });
    expectRefused(response, 'querystring.q');
  });

  it('refuses a path that is not valid percent-encoded UTF-8 with a problem body', async () => {
    // A lone surrogate written as bytes (WTF-8): the router itself cannot decode the path.
    const response = await api.request('DELETE', '/v1/api-keys/key%ED%A0%80', { key: account.apiKey });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({ code: 'validation_failed', errors: [{ field: 'path' }] });
  });

  it('keeps valid text of every plane, including characters outside the BMP', async () => {
    const name = 'Łukasz 😀 Ærøskøbing 東京';
    const created = await api.request('POST', '/v1/contacts', { key: account.apiKey, body: { name } });
    expect(created.status, created.text).toBe(201);
    const read = await api.request('GET', `/v1/contacts/${created.body.id}`, { key: account.apiKey });
    expect(read.body.name).toBe(name);
  });
});
