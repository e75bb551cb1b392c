import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from '../support/engines.js';
import { type Harness, operatorKey, startHarness, type TestAccount } from '../support/http-harness.js';

/**
 * An answer that shows a secret once (an API key, a webhook signing secret) is never kept
 * for Idempotency-Key replays: the stored record has the secret withheld, and a replay
 * answers 409 `idempotency_secret_withheld` naming what the first request created
 * (decision 0041).
 */
describe.each(engines)('Idempotency-Key replays of answers holding a secret on %s', (engine) => {
  let api: Harness;
  let account: TestAccount;
  beforeAll(async () => {
    api = await startHarness(engine);
    account = await api.createAccount();
  });
  afterAll(() => api.dispose());

  const storedBodies = async () =>
    (
      await api.server.context.store.db
        .selectFrom('idempotent_requests')
        .select('response_body')
        .where('status_code', '>', 0)
        .execute()
    ).map((row) => row.response_body);

  const cases = [
    {
      name: 'POST /v1/accounts',
      path: () => '/v1/accounts',
      key: () => operatorKey,
      body: { name: 'Secretive GmbH', plan: 'grow', cycle: 'monthly' },
      secretOf: (body: { apiKey: string }) => body.apiKey,
      createdIdOf: (body: { account: { id: string } }) => body.account.id,
    },
    {
      name: 'POST /v1/accounts/{id}/api-keys',
      path: () => `/v1/accounts/${account.id}/api-keys`,
      key: () => operatorKey,
      body: { label: 'support' },
      secretOf: (body: { token: string }) => body.token,
      createdIdOf: (body: { id: string }) => body.id,
    },
    {
      name: 'POST /v1/api-keys',
      path: () => '/v1/api-keys',
      key: () => account.apiKey,
      body: { label: 'ci' },
      secretOf: (body: { token: string }) => body.token,
      createdIdOf: (body: { id: string }) => body.id,
    },
    {
      name: 'POST /v1/webhook-endpoints',
      path: () => '/v1/webhook-endpoints',
      key: () => account.apiKey,
      body: { url: 'https://hooks.example.com/tally' },
      secretOf: (body: { secret: string }) => body.secret,
      createdIdOf: (body: { id: string }) => body.id,
    },
  ];

  for (const route of cases) {
    it(`${route.name} stores no secret and answers a replay 409 without it`, async () => {
      const headers = { 'idempotency-key': `secret-${route.name.replace(/[^a-z]+/gi, '-')}` };
      const call = () => api.request('POST', route.path(), { key: route.key(), body: route.body, headers });
      const first = await call();
      expect(first.status, first.text).toBe(201);
      // biome-ignore lint/suspicious/noExplicitAny: each case reads its own answer shape
      const secret = route.secretOf(first.body as any);
      // biome-ignore lint/suspicious/noExplicitAny: each case reads its own answer shape
      const createdId = route.createdIdOf(first.body as any);
      expect(secret.length).toBeGreaterThan(10);
      for (const stored of await storedBodies()) expect(stored).not.toContain(secret);

      const replay = await call();
      expect(replay.status, replay.text).toBe(409);
      expect(replay.headers.get('content-type')).toContain('application/problem+json');
      expect(replay.body.code).toBe('idempotency_secret_withheld');
      expect(replay.body.detail).toContain(createdId);
      expect(replay.text).not.toContain(secret);
    });
  }

  it('does not hand back a revoked key when its creation is replayed', async () => {
    const headers = { 'idempotency-key': 'revoked-then-replayed' };
    const created = await api.request('POST', '/v1/api-keys', {
      key: account.apiKey,
      body: { label: 'short-lived' },
      headers,
    });
    await api.request('DELETE', `/v1/api-keys/${created.body.id}`, { key: account.apiKey });
    const replay = await api.request('POST', '/v1/api-keys', {
      key: account.apiKey,
      body: { label: 'short-lived' },
      headers,
    });
    expect(replay.status).toBe(409);
    expect(replay.text).not.toContain(created.body.token);
  });

  it('still replays answers without a secret in full', async () => {
    const headers = { 'idempotency-key': 'plain-contact' };
    const body = { name: 'Ada Lovelace' };
    const first = await api.request('POST', '/v1/contacts', { key: account.apiKey, body, headers });
    const again = await api.request('POST', '/v1/contacts', { key: account.apiKey, body, headers });
    expect(first.status).toBe(201);
    expect([again.status, again.headers.get('idempotent-replayed')]).toEqual([201, 'true']);
    expect(again.body).toEqual(first.body);
  });
});
