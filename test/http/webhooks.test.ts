import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from '../support/engines.js';
import { type Harness, operatorKey, startHarness } from '../support/http-harness.js';
import { eventually, startWebhookReceiver } from '../support/webhook-receiver.js';

const retryBaseMs = 150;

describe.each(engines)('webhooks on %s', (engine) => {
  let api: Harness;

  beforeAll(async () => {
    api = await startHarness(engine, {
      server: { notifyIntervalMs: 20, webhooks: { retryBaseMs, disableAfterFailures: 4, maxAttempts: 3 } },
    });
  });
  afterAll(() => api.dispose());

  async function endpointFor(key: string, url: string, eventTypes?: string[]) {
    const created = await api.request('POST', '/v1/webhook-endpoints', {
      key,
      body: { url, ...(eventTypes ? { eventTypes } : {}) },
    });
    expect(created.status).toBe(201);
    return created.body as { id: string; secret: string };
  }

  describe('happy', () => {
    it('a receiver answering 500 twice then 200 gets the event three times, with backoff and one id', async () => {
      const receiver = await startWebhookReceiver([500, 500]);
      try {
        const account = await api.createAccount({ plan: 'start' });
        const endpoint = await endpointFor(account.apiKey, receiver.url);
        receiver.useSecret(endpoint.secret);
        const activities = Array.from({ length: 45 }, (_, index) => ({
          id: `a${index}`,
          contactId: `c${index}`,
          kind: 'contact.created',
          occurredAt: '2026-03-14T09:00:00Z',
        }));
        await api.request('POST', '/v1/activities', { key: account.apiKey, body: { activities } });
        await eventually(() => receiver.received.length === 3);
        expect(receiver.received.map((hook) => hook.answered)).toEqual([500, 500, 200]);
        expect(new Set(receiver.received.map((hook) => hook.id)).size).toBe(1);
        expect(receiver.received.every((hook) => hook.verified)).toBe(true);
        // Exponential backoff: at least the base, then at least twice the base.
        const [first, second, third] = receiver.received.map((hook) => hook.receivedAt) as [
          number,
          number,
          number,
        ];
        expect(second - first).toBeGreaterThanOrEqual(retryBaseMs);
        expect(third - second).toBeGreaterThanOrEqual(2 * retryBaseMs);

        const readLog = () =>
          api.request('GET', `/v1/webhook-endpoints/${endpoint.id}/deliveries`, { key: account.apiKey });
        // The receiver answers before the outcome is written down.
        await eventually(async () => (await readLog()).body.data[0]?.status === 'succeeded');
        const log = await readLog();
        expect(log.status).toBe(200);
        expect(log.body.data).toHaveLength(1);
        expect(log.body.data[0]).toMatchObject({
          messageId: receiver.received[0]?.id,
          eventType: 'usage.threshold_reached',
          status: 'succeeded',
          nextAttemptAt: null,
        });
        expect(
          log.body.data[0].attempts.map((attempt: { statusCode: number }) => attempt.statusCode),
        ).toEqual([500, 500, 200]);
        const after = await api.request('GET', `/v1/webhook-endpoints/${endpoint.id}`, {
          key: account.apiKey,
        });
        expect(after.body).toMatchObject({ enabled: true, consecutiveFailures: 0 });
      } finally {
        await receiver.close();
      }
    });

    it('month close sends month.closed and invoice.finalized to the endpoints that subscribe to them', async () => {
      const everything = await startWebhookReceiver();
      const closesOnly = await startWebhookReceiver();
      try {
        const account = await api.createAccount({ plan: 'start' });
        const all = await endpointFor(account.apiKey, everything.url);
        everything.useSecret(all.secret);
        const closes = await endpointFor(account.apiKey, closesOnly.url, ['month.closed']);
        closesOnly.useSecret(closes.secret);
        const activities = Array.from({ length: 30 }, (_, index) => ({
          id: `m${index}`,
          contactId: `c${index}`,
          kind: 'contact.created',
          occurredAt: '2026-03-14T09:00:00Z',
        }));
        await api.request('POST', '/v1/activities', { key: account.apiKey, body: { activities } });
        api.setClock('2026-04-01T03:00:00Z');
        const closed = await api.request('POST', '/v1/billing/close', { key: operatorKey, body: {} });
        expect(closed.status).toBe(200);
        // January, February and March close (the account started on 1 January); April's fee is invoiced upfront.
        await eventually(() => closesOnly.received.length === 3);
        await eventually(() => everything.received.some((hook) => hook.body.type === 'invoice.finalized'));
        await new Promise((resolve) => setTimeout(resolve, 200));
        expect(closesOnly.received.map((hook) => hook.body.type)).toEqual([
          'month.closed',
          'month.closed',
          'month.closed',
        ]);
        const march = closesOnly.received.find(
          (hook) => hook.body.data.periodStart === '2026-02-28T23:00:00.000Z',
        );
        expect(march?.body.data).toEqual({
          accountId: account.id,
          periodStart: '2026-02-28T23:00:00.000Z',
          periodEnd: '2026-03-31T22:00:00.000Z',
          activeContacts: 30,
          allowance: 50,
          overusage: 0,
        });
        const invoices = await api.request('GET', '/v1/invoices', { key: account.apiKey });
        const finalized = everything.received.filter((hook) => hook.body.type === 'invoice.finalized');
        expect(finalized.map((hook) => hook.body.data.number).sort()).toEqual(
          invoices.body.data
            .filter((invoice: { issuedAt: string }) => invoice.issuedAt.startsWith('2026-04-01'))
            .map((invoice: { number: string }) => invoice.number)
            .sort(),
        );
        expect(finalized[0]?.body.data).toMatchObject({
          accountId: account.id,
          kind: 'upfront',
          total: { currency: 'EUR' },
        });
        expect(everything.received.every((hook) => hook.verified)).toBe(true);
        expect(everything.received.filter((hook) => hook.body.type === 'month.closed')).toHaveLength(3);
      } finally {
        api.setClock('2026-03-15T12:00:00Z');
        await everything.close();
        await closesOnly.close();
      }
    });

    it('an endpoint that keeps failing is disabled, its deliveries skipped, and can be re-enabled', async () => {
      const receiver = await startWebhookReceiver([500, 500, 500, 500, 500, 500, 500, 500]);
      try {
        const account = await api.createAccount({ plan: 'start' });
        const endpoint = await endpointFor(account.apiKey, receiver.url);
        receiver.useSecret(endpoint.secret);
        // Two events (80 % and 100 %), up to three attempts each; the fourth failure in a row disables the endpoint.
        const batch = (prefix: string, count: number) =>
          Array.from({ length: count }, (_, index) => ({
            id: `${prefix}${index}`,
            contactId: `${prefix}${index}`,
            kind: 'contact.created',
            occurredAt: '2026-03-14T09:00:00Z',
          }));
        await api.request('POST', '/v1/activities', {
          key: account.apiKey,
          body: { activities: batch('x', 40) },
        });
        await api.request('POST', '/v1/activities', {
          key: account.apiKey,
          body: { activities: batch('y', 10) },
        });
        await eventually(async () => {
          const current = await api.request('GET', `/v1/webhook-endpoints/${endpoint.id}`, {
            key: account.apiKey,
          });
          return current.body.enabled === false;
        });
        const disabled = await api.request('GET', `/v1/webhook-endpoints/${endpoint.id}`, {
          key: account.apiKey,
        });
        expect(disabled.body).toMatchObject({ enabled: false, disabledReason: '4 failed attempts in a row' });
        expect(receiver.received).toHaveLength(4);
        const log = await api.request('GET', `/v1/webhook-endpoints/${endpoint.id}/deliveries`, {
          key: account.apiKey,
        });
        // Nothing is left pending: what was not given up after three attempts was skipped on disabling.
        expect(log.body.data).toHaveLength(2);
        for (const delivery of log.body.data) expect(['failed', 'skipped']).toContain(delivery.status);
        const attempts = log.body.data.flatMap((delivery: { attempts: unknown[] }) => delivery.attempts);
        expect(attempts).toHaveLength(4);

        const enabled = await api.request('PATCH', `/v1/webhook-endpoints/${endpoint.id}`, {
          key: account.apiKey,
          body: { enabled: true },
        });
        expect(enabled.body).toMatchObject({ enabled: true, disabledReason: null, consecutiveFailures: 0 });
      } finally {
        await receiver.close();
      }
    });

    it('manages endpoints: list, change, delete', async () => {
      const account = await api.createAccount();
      const endpoint = await endpointFor(account.apiKey, 'https://hooks.example.com/tally', [
        'invoice.finalized',
      ]);
      const changed = await api.request('PATCH', `/v1/webhook-endpoints/${endpoint.id}`, {
        key: account.apiKey,
        body: { url: 'https://hooks.example.com/v2', eventTypes: null, description: 'ERP' },
      });
      expect(changed.status).toBe(200);
      expect(changed.body).toMatchObject({
        url: 'https://hooks.example.com/v2',
        eventTypes: null,
        description: 'ERP',
      });
      expect(changed.body.secret).toBeUndefined();
      const listed = await api.request('GET', '/v1/webhook-endpoints', { key: account.apiKey });
      expect(listed.body.data.map((row: { id: string }) => row.id)).toEqual([endpoint.id]);
      const one = await api.request('GET', `/v1/webhook-endpoints/${endpoint.id}`, { key: account.apiKey });
      expect(one.body.secret).toBe(endpoint.secret);
      expect(
        (await api.request('DELETE', `/v1/webhook-endpoints/${endpoint.id}`, { key: account.apiKey })).status,
      ).toBe(204);
      expect((await api.request('GET', '/v1/webhook-endpoints', { key: account.apiKey })).body.data).toEqual(
        [],
      );
      expect(
        (await api.request('GET', `/v1/webhook-endpoints/${endpoint.id}`, { key: account.apiKey })).status,
      ).toBe(404);
    });
  });

  describe('error', () => {
    it('refuses bad endpoints with the field named, and creates nothing', async () => {
      const account = await api.createAccount();
      const cases: [unknown, string][] = [
        [{ url: 'ftp://hooks.example.com' }, '/url'],
        [{ url: 'not a url' }, '/url'],
        [{ url: 'https://user:secret@hooks.example.com' }, '/url'],
        [{ url: 'https://hooks.example.com', eventTypes: ['invoice.refunded'] }, '/eventTypes/0'],
        [{ url: 'https://hooks.example.com', eventTypes: [] }, '/eventTypes'],
        [{ url: 'https://hooks.example.com', secret: 'mine' }, '/secret'],
        [{}, '/url'],
      ];
      for (const [body, field] of cases) {
        const refused = await api.request('POST', '/v1/webhook-endpoints', { key: account.apiKey, body });
        expect(refused.status, JSON.stringify(body)).toBe(400);
        expect(refused.body.code).toBe('validation_failed');
        expect(refused.body.errors[0].field).toBe(field);
      }
      expect((await api.request('GET', '/v1/webhook-endpoints', { key: account.apiKey })).body.data).toEqual(
        [],
      );
      const patch = await api.request('PATCH', '/v1/webhook-endpoints/whe_missing', {
        key: account.apiKey,
        body: {},
      });
      expect(patch.status).toBe(400);
    });
  });

  describe('security', () => {
    it('another account’s endpoints, deliveries and notices answer 404', async () => {
      const owner = await api.createAccount();
      const other = await api.createAccount();
      const endpoint = await endpointFor(owner.apiKey, 'https://hooks.example.com/owner');
      for (const [method, path, body] of [
        ['GET', `/v1/webhook-endpoints/${endpoint.id}`, undefined],
        ['GET', `/v1/webhook-endpoints/${endpoint.id}/deliveries`, undefined],
        ['PATCH', `/v1/webhook-endpoints/${endpoint.id}`, { enabled: true }],
        ['DELETE', `/v1/webhook-endpoints/${endpoint.id}`, undefined],
      ] as const) {
        const response = await api.request(method, path, { key: other.apiKey, ...(body ? { body } : {}) });
        expect(response.status, `${method} ${path}`).toBe(404);
      }
      expect((await api.request('GET', '/v1/webhook-endpoints', { key: other.apiKey })).body.data).toEqual(
        [],
      );
      expect(
        (await api.request('GET', `/v1/webhook-endpoints/${endpoint.id}`, { key: owner.apiKey })).status,
      ).toBe(200);
    });
  });
});
