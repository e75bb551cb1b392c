import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from '../support/engines.js';
import { type Harness, operatorKey, startHarness } from '../support/http-harness.js';

describe.each(engines)('API keys on %s', (engine) => {
  let api: Harness;
  beforeAll(async () => {
    api = await startHarness(engine);
  });
  afterAll(() => api.dispose());

  it('creates another key that works, lists keys without secrets, and revokes one', async () => {
    const account = await api.createAccount();
    const created = await api.request('POST', '/v1/api-keys', {
      key: account.apiKey,
      body: { label: 'CRM sync' },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ label: 'CRM sync', revokedAt: null });
    expect((await api.request('GET', '/v1/usage', { key: created.body.token })).status).toBe(200);

    const listed = await api.request('GET', '/v1/api-keys', { key: account.apiKey });
    // Both keys were made at the same (manual) clock time, so only the set is certain.
    expect(listed.body.data.map((key: { label: string }) => key.label).sort()).toEqual([
      'CRM sync',
      'first key',
    ]);
    // The secret is everything after the key id (base64url, so it may itself contain '_').
    expect(listed.text).not.toContain(created.body.token.slice('tally_0123456789abcdef_'.length));

    expect(
      (await api.request('DELETE', `/v1/api-keys/${created.body.id}`, { key: account.apiKey })).status,
    ).toBe(204);
    const refused = await api.request('GET', '/v1/usage', { key: created.body.token });
    expect(refused.status).toBe(401);
    expect(refused.body.code).toBe('unauthenticated');
  });

  it('refuses an unknown label type and a second revocation', async () => {
    const account = await api.createAccount();
    const bad = await api.request('POST', '/v1/api-keys', { key: account.apiKey, body: { label: 7 } });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe('/label');
    const created = await api.request('POST', '/v1/api-keys', { key: account.apiKey, body: {} });
    await api.request('DELETE', `/v1/api-keys/${created.body.id}`, { key: account.apiKey });
    const again = await api.request('DELETE', `/v1/api-keys/${created.body.id}`, { key: account.apiKey });
    expect(again.status).toBe(404);
  });

  it('never lets one account see or revoke another account’s keys', async () => {
    const mine = await api.createAccount();
    const theirs = await api.createAccount();
    const theirKeys = await api.request('GET', '/v1/api-keys', { key: theirs.apiKey });
    const attempt = await api.request('DELETE', `/v1/api-keys/${theirKeys.body.data[0].id}`, {
      key: mine.apiKey,
    });
    expect(attempt.status).toBe(404);
    expect((await api.request('GET', '/v1/usage', { key: theirs.apiKey })).status).toBe(200);
    expect((await api.request('GET', '/v1/api-keys', { key: operatorKey })).status).toBe(403);
    expect((await api.request('GET', '/v1/api-keys')).status).toBe(401);
    expect(
      (
        await api.request('GET', '/v1/api-keys', {
          key: 'tally_0123456789abcdef_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
        })
      ).status,
    ).toBe(401);
  });
});
