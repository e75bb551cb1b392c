import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from '../support/engines.js';
import { type Harness, operatorKey, startHarness } from '../support/http-harness.js';
import { eventually, startWebhookReceiver } from '../support/webhook-receiver.js';

/** The notification worker announces overdue invoices by itself, once, however many instances sweep. */
describe.each(engines)('the overdue sweep of the notification worker on %s', (engine) => {
  const workerOptions = { notifyIntervalMs: 20, overdueSweepIntervalMs: 0 };
  let api: Harness;
  let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;

  beforeAll(async () => {
    api = await startHarness(engine, { server: workerOptions });
    receiver = await startWebhookReceiver();
  });
  afterAll(async () => {
    await api.dispose();
    await receiver.close();
  });

  it('sends invoice.overdue from the day after the due date, once, with two instances sweeping', async () => {
    api.setClock('2026-01-01T00:00:00+01:00');
    const account = await api.createAccount({ plan: 'grow', cycle: 'monthly' });
    const endpoint = await api.request('POST', '/v1/webhook-endpoints', {
      key: account.apiKey,
      body: { url: receiver.url, eventTypes: ['invoice.overdue'] },
    });
    expect(endpoint.status, endpoint.text).toBe(201);
    receiver.useSecret(endpoint.body.secret);
    api.setClock('2026-01-01T00:30:00+01:00');
    expect((await api.request('POST', '/v1/billing/close', { key: operatorKey, body: {} })).status).toBe(200);
    const [invoice] = (await api.request('GET', '/v1/invoices', { key: account.apiKey })).body.data;
    expect(invoice).toMatchObject({ kind: 'upfront', dueDate: '2026-01-15', status: 'open' });

    // The last minute of the due date: the worker's passes find nothing.
    api.setClock('2026-01-15T23:59:00+01:00');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(receiver.received).toHaveLength(0);

    api.setClock('2026-01-16T00:00:00+01:00');
    const peer = await api.startPeer(workerOptions);
    try {
      await eventually(() => receiver.received.length === 1);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(receiver.received).toHaveLength(1);
      expect(receiver.received[0]?.verified).toBe(true);
      expect(receiver.received[0]?.body).toMatchObject({
        type: 'invoice.overdue',
        data: {
          invoiceId: invoice.id,
          status: 'overdue',
          dueDate: '2026-01-15',
          // Grow's 59.00 without billing details: no VAT.
          amountDue: { amount: '59.00', currency: 'EUR' },
        },
      });
    } finally {
      await peer.close();
    }
  });
});
