import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256 } from '../../src/accounts/api-keys.js';
import { reservationLeaseMs } from '../../src/http/idempotency.js';
import { engines } from '../support/engines.js';
import { type Harness, operatorKey, startHarness } from '../support/http-harness.js';

describe.each(engines)('HTTP platform on %s', (engine) => {
  let api: Harness;
  beforeAll(async () => {
    api = await startHarness(engine);
  });
  afterAll(() => api.dispose());

  it('answers health, readiness and Prometheus metrics', async () => {
    expect((await api.request('GET', '/healthz')).body).toEqual({ status: 'ok' });
    expect((await api.request('GET', '/readyz')).body).toEqual({ status: 'ready', database: 'available' });
    const account = await api.createAccount();
    await api.request('POST', '/v1/activities', {
      key: account.apiKey,
      body: {
        activities: [{ id: 'm1', contactId: 'c1', kind: 'note.added', occurredAt: '2026-03-10T09:00:00Z' }],
      },
    });
    const metrics = await api.request('GET', '/metrics', { key: operatorKey });
    expect(metrics.status).toBe(200);
    expect(metrics.text).toContain('tally_activities_recorded_total 1');
    expect(metrics.text).toContain('tally_contacts_newly_active_total 1');
    expect(metrics.text).toMatch(
      /tally_http_requests_total\{method="POST",route="\/v1\/activities",status="200"\} 1/,
    );
  });

  it('shows the metrics only to the operator', async () => {
    const account = await api.createAccount();
    for (const key of [undefined, 'wrong']) {
      const refused = await api.request('GET', '/metrics', key === undefined ? {} : { key });
      expect([refused.status, refused.body.code]).toEqual([401, 'unauthenticated']);
      expect(refused.text).not.toContain('tally_http_requests_total');
    }
    const customer = await api.request('GET', '/metrics', { key: account.apiKey });
    expect([customer.status, customer.body.code]).toEqual([403, 'forbidden']);
    const operator = await api.request('GET', '/metrics', { key: operatorKey });
    expect(operator.status).toBe(200);
    expect(operator.text).toContain('tally_http_requests_total');
  });

  it('declares the probes for load balancers: public, the readiness 503 body beside the Problem', async () => {
    const { paths } = (await api.request('GET', '/v1/openapi.json')).body;
    expect(paths['/v1/openapi.json']).toBeUndefined();
    expect(paths['/healthz'].get).toMatchObject({ operationId: 'checkLiveness', security: [] });
    const readiness = paths['/readyz'].get;
    expect(readiness).toMatchObject({ operationId: 'checkReadiness', security: [] });
    const notReady = readiness.responses['503'].content;
    expect(Object.keys(notReady).sort()).toEqual(['application/json', 'application/problem+json']);
    expect(notReady['application/json'].schema.properties.status).toMatchObject({ enum: ['not_ready'] });
    expect(Object.keys(paths['/metrics'].get.responses['200'].content)).toEqual(['text/plain']);
  });

  it('serves OpenAPI 3 generated from the route schemas, and a reference page', async () => {
    const spec = await api.request('GET', '/v1/openapi.json');
    expect(spec.body.openapi).toMatch(/^3\./);
    expect(Object.keys(spec.body.paths)).toEqual(
      expect.arrayContaining([
        '/v1/accounts',
        '/v1/accounts/{id}',
        '/v1/activities',
        '/v1/usage',
        '/v1/usage/contacts',
      ]),
    );
    expect(
      spec.body.paths['/v1/activities'].post.requestBody.content['application/json'].schema.properties
        .activities.maxItems,
    ).toBe(1000);
    const page = await api.request('GET', '/v1/docs/');
    expect(page.status).toBe(200);
    expect(page.text).toContain('swagger');
  });

  it('answers every error as application/problem+json with a stable code', async () => {
    const account = await api.createAccount();
    const unknownRoute = await api.request('GET', '/v1/nothing-here', { key: account.apiKey });
    expect(unknownRoute.status).toBe(404);
    expect(unknownRoute.headers.get('content-type')).toContain('application/problem+json');
    expect(unknownRoute.body).toMatchObject({ code: 'not_found', status: 404, title: 'Not found' });
    const badJson = await api.request('POST', '/v1/activities', {
      key: account.apiKey,
      body: '{"activities": [',
    });
    expect(badJson.body.code).toBe('invalid_json');
    const wrongType = await api.request('POST', '/v1/activities', {
      key: account.apiKey,
      body: 'activities=1',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(wrongType.body.code).toBe('unsupported_media_type');
    const huge = await api.request('POST', '/v1/activities', {
      key: account.apiKey,
      body: JSON.stringify({ activities: [{ id: 'x'.repeat(2_000_000) }] }),
    });
    expect(huge.status).toBe(413);
    expect(huge.body.code).toBe('payload_too_large');
  });

  it('replays a POST with the same Idempotency-Key and refuses the key with a different body', async () => {
    // A contact, not an account: answers holding a secret are never replayed (decision 0041).
    const account = await api.createAccount();
    const headers = { 'idempotency-key': 'create-contact-1' };
    const body = { name: 'Once Only', email: 'once@example.com' };
    const first = await api.request('POST', '/v1/contacts', { key: account.apiKey, body, headers });
    const again = await api.request('POST', '/v1/contacts', { key: account.apiKey, body, headers });
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    const contacts = await api.server.context.store.db
      .selectFrom('contacts')
      .select('contact_id')
      .where('name', '=', 'Once Only')
      .execute();
    expect(contacts).toHaveLength(1);
    const different = await api.request('POST', '/v1/contacts', {
      key: account.apiKey,
      body: { ...body, email: 'twice@example.com' },
      headers,
    });
    expect(different.status).toBe(422);
    expect(different.body.code).toBe('idempotency_key_reused');
  });

  it('lets a retry take over an Idempotency-Key whose request never finished, once its lease has run out', async () => {
    // What a request leaves behind when its process dies or its database goes away before
    // its answer is recorded: a reservation with no answer.
    const account = await api.createAccount();
    const body = { name: 'Abandoned Once' };
    const headers = { 'idempotency-key': 'abandoned-1' };
    api.setClock('2026-05-01T10:00:00Z');
    await api.server.context.store.db
      .insertInto('idempotent_requests')
      .values({
        account_id: account.id,
        idempotency_key: 'abandoned-1',
        request_sha256: sha256(`POST /v1/contacts\n${JSON.stringify(body)}`),
        status_code: 0,
        response_body: '',
        created_at: Date.parse('2026-05-01T10:00:00Z'),
      })
      .execute();
    const meanwhile = await api.request('POST', '/v1/contacts', { key: account.apiKey, body, headers });
    expect([meanwhile.status, meanwhile.body.code]).toEqual([409, 'idempotency_request_in_progress']);
    api.setClock(new Date(Date.parse('2026-05-01T10:00:00Z') + reservationLeaseMs + 1_000).toISOString());
    const retried = await api.request('POST', '/v1/contacts', { key: account.apiKey, body, headers });
    expect(retried.status).toBe(201);
    const replayed = await api.request('POST', '/v1/contacts', { key: account.apiKey, body, headers });
    expect([replayed.status, replayed.headers.get('idempotent-replayed')]).toEqual([201, 'true']);
    expect(replayed.body).toEqual(retried.body);
  });

  it('sets the test clock only for the operator', async () => {
    const account = await api.createAccount();
    expect(
      (
        await api.request('POST', '/v1/admin/clock', {
          key: account.apiKey,
          body: { now: '2026-05-01T00:00:00Z' },
        })
      ).status,
    ).toBe(403);
    expect(
      (await api.request('POST', '/v1/admin/clock', { body: { now: '2026-05-01T00:00:00Z' } })).status,
    ).toBe(401);
    const bad = await api.request('POST', '/v1/admin/clock', { key: operatorKey, body: { now: 'soon' } });
    expect(bad.status).toBe(400);
    const set = await api.request('POST', '/v1/admin/clock', {
      key: operatorKey,
      body: { now: '2026-05-01T00:00:00Z' },
    });
    expect(set.body).toEqual({ now: '2026-05-01T00:00:00.000Z' });
    const usage = await api.request('GET', '/v1/usage', { key: account.apiKey });
    expect(usage.body.periodStart).toBe('2026-05-01T00:00:00+02:00');
  });
});

describe('HTTP platform without the test clock', () => {
  it('has no clock route at all', async () => {
    const api = await startHarness('sqlite', { clock: 'system' });
    try {
      const response = await api.request('POST', '/v1/admin/clock', {
        key: operatorKey,
        body: { now: '2026-05-01T00:00:00Z' },
      });
      expect(response.status).toBe(404);
    } finally {
      await api.dispose();
    }
  });
});
