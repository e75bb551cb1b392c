import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { engines } from '../support/engines.js';
import { type Harness, startHarness, type TestAccount } from '../support/http-harness.js';
import { countRows } from '../support/row-counts.js';
import { eventually, startWebhookReceiver } from '../support/webhook-receiver.js';

/**
 * Webhook and WhatsApp URLs pointing at loopback, private or link-local addresses are
 * refused when saved and again before each call (server-side request forgery). The test
 * environment allows them (its receivers listen on 127.0.0.1); these tests turn the guard
 * back on, and use the allowance only to save a URL that later becomes forbidden.
 */
describe.each(engines)('private URLs on %s', (engine) => {
  let api: Harness;
  let account: TestAccount;
  const allowed = process.env.TALLY_ALLOW_PRIVATE_URLS;
  const allowPrivateUrls = (allow: boolean) => {
    if (allow) process.env.TALLY_ALLOW_PRIVATE_URLS = 'true';
    else delete process.env.TALLY_ALLOW_PRIVATE_URLS;
  };
  beforeAll(async () => {
    api = await startHarness(engine, { server: { notifyIntervalMs: 20 } });
    account = await api.createAccount({ plan: 'start' });
  });
  beforeEach(() => allowPrivateUrls(false));
  afterEach(() => {
    if (allowed === undefined) delete process.env.TALLY_ALLOW_PRIVATE_URLS;
    else process.env.TALLY_ALLOW_PRIVATE_URLS = allowed;
  });
  afterAll(() => api.dispose());

  const privateUrls = [
    'http://127.0.0.1:9/hooks',
    'http://localhost/hooks',
    'http://10.0.0.5/hooks',
    'http://192.168.1.1/hooks',
    'http://169.254.169.254/latest/meta-data',
    'http://[::1]/hooks',
    'http://[::ffff:127.0.0.1]/hooks',
    'http://[fd00::1]/hooks',
  ];

  it('refuses a webhook endpoint on a private address, naming the field, and creates nothing', async () => {
    const before = await countRows(api.server.context.store.db, 'webhook_endpoints');
    for (const url of privateUrls) {
      const response = await api.request('POST', '/v1/webhook-endpoints', {
        key: account.apiKey,
        body: { url },
      });
      expect(response.status, url).toBe(400);
      expect(response.body.code).toBe('validation_failed');
      expect(response.body.errors).toEqual([expect.objectContaining({ field: '/url' })]);
    }
    expect(await countRows(api.server.context.store.db, 'webhook_endpoints')).toBe(before);
  });

  it('refuses moving an endpoint to a private address, and takes a public one', async () => {
    const created = await api.request('POST', '/v1/webhook-endpoints', {
      key: account.apiKey,
      body: { url: 'https://93.184.215.14/hooks' },
    });
    expect(created.status, created.text).toBe(201);
    const moved = await api.request('PATCH', `/v1/webhook-endpoints/${created.body.id}`, {
      key: account.apiKey,
      body: { url: 'http://127.0.0.1:9/hooks' },
    });
    expect([moved.status, moved.body.errors?.[0]?.field]).toEqual([400, '/url']);
    const read = await api.request('GET', `/v1/webhook-endpoints/${created.body.id}`, {
      key: account.apiKey,
    });
    expect(read.body.url).toBe('https://93.184.215.14/hooks');
  });

  it('refuses a WhatsApp API base URL on a private address', async () => {
    const response = await api.request('PUT', '/v1/message-settings', {
      key: account.apiKey,
      body: { whatsapp: { baseUrl: 'http://127.0.0.1:9/v21.0', token: 't', phoneNumberId: '1' } },
    });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([expect.objectContaining({ field: '/whatsapp/baseUrl' })]);
  });

  it('does not deliver a webhook to an endpoint whose address became private since it was saved', async () => {
    const receiver = await startWebhookReceiver();
    try {
      const other = await api.createAccount({ plan: 'start' });
      allowPrivateUrls(true);
      const endpoint = await api.request('POST', '/v1/webhook-endpoints', {
        key: other.apiKey,
        body: { url: receiver.url },
      });
      expect(endpoint.status).toBe(201);
      allowPrivateUrls(false);
      // 45 of the Start plan's 50 contacts: the 80 % notice is a webhook.
      const activities = Array.from({ length: 45 }, (_, index) => ({
        id: `a${index}`,
        contactId: `c${index}`,
        kind: 'contact.created',
        occurredAt: '2026-03-14T09:00:00Z',
      }));
      await api.request('POST', '/v1/activities', { key: other.apiKey, body: { activities } });
      const readLog = () =>
        api.request('GET', `/v1/webhook-endpoints/${endpoint.body.id}/deliveries`, { key: other.apiKey });
      await eventually(async () => ((await readLog()).body.data[0]?.attempts ?? []).length > 0);
      const attempt = (await readLog()).body.data[0].attempts[0];
      expect(attempt.error).toMatch(/loopback, private or link-local/);
      expect(receiver.received).toEqual([]);
    } finally {
      await receiver.close();
    }
  });

  it('does not call a WhatsApp API whose address became private since it was saved', async () => {
    let calls = 0;
    const whatsapp = createServer((_request, response) => {
      calls += 1;
      response.writeHead(200, { 'content-type': 'application/json' }).end('{"messages":[{"id":"wamid.1"}]}');
    });
    await new Promise<void>((resolve) => whatsapp.listen(0, '127.0.0.1', resolve));
    try {
      const port = (whatsapp.address() as AddressInfo).port;
      allowPrivateUrls(true);
      const settings = await api.request('PUT', '/v1/message-settings', {
        key: account.apiKey,
        body: { whatsapp: { baseUrl: `http://127.0.0.1:${port}/v21.0`, token: 't', phoneNumberId: '1' } },
      });
      expect(settings.status).toBe(200);
      allowPrivateUrls(false);
      const contact = await api.request('POST', '/v1/contacts', {
        key: account.apiKey,
        body: { name: 'Noah', phone: '+49 151 000 0001' },
      });
      const sent = await api.request('POST', `/v1/contacts/${contact.body.id}/messages`, {
        key: account.apiKey,
        body: { channel: 'whatsapp', body: 'Hi Noah!' },
      });
      expect(sent.body).toMatchObject({ status: 'failed' });
      expect(sent.body.error).toMatch(/loopback, private or link-local/);
      expect(calls).toBe(0);
    } finally {
      await new Promise<void>((resolve) => whatsapp.close(() => resolve()));
    }
  });
});
