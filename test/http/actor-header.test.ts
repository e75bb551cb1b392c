import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from '../support/engines.js';
import { type Harness, startHarness } from '../support/http-harness.js';

/** `Tally-Actor` is part of the contract: declared beside Idempotency-Key and checked by it. */
describe.each(engines)('the Tally-Actor header on %s', (engine) => {
  let api: Harness;
  beforeAll(async () => {
    api = await startHarness(engine);
  });
  afterAll(() => api.dispose());

  it('is declared on the contact actions, and POSTs keep their Idempotency-Key', async () => {
    const document = (await api.request('GET', '/v1/openapi.json')).body;
    const headersOf = (path: string, method: string) =>
      (document.paths[path][method].parameters as { in: string; name: string }[])
        .filter((parameter) => parameter.in === 'header')
        .map((parameter) => parameter.name)
        .sort();
    expect(headersOf('/v1/contacts', 'post')).toEqual(['idempotency-key', 'tally-actor']);
    expect(headersOf('/v1/contacts/{id}', 'patch')).toEqual(['tally-actor']);
    expect(headersOf('/v1/messages/bulk', 'post')).toEqual(['idempotency-key', 'tally-actor']);
  });

  it('refuses an actor the API does not know, naming the header, and writes nothing', async () => {
    const account = await api.createAccount();
    const refused = await api.request('POST', '/v1/contacts', {
      key: account.apiKey,
      body: { name: 'Ana' },
      headers: { 'tally-actor': 'funnel' },
    });
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({
      code: 'validation_failed',
      errors: [{ field: 'headers.tally-actor', code: 'enum' }],
    });
    expect((await api.request('GET', '/v1/contacts', { key: account.apiKey })).body.data).toEqual([]);

    const accepted = await api.request('POST', '/v1/contacts', {
      key: account.apiKey,
      body: { name: 'Ana' },
      headers: { 'tally-actor': 'automation' },
    });
    expect(accepted.status).toBe(201);
  });
});
