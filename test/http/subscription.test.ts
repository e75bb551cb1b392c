import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from '../support/engines.js';
import { type Harness, operatorKey, startHarness } from '../support/http-harness.js';

describe.each(engines)('subscription and quotes API on %s', (engine) => {
  let api: Harness;
  beforeAll(async () => {
    api = await startHarness(engine);
  });
  afterAll(() => api.dispose());

  const change = (key: string, body: Record<string, unknown>) =>
    api.request('POST', '/v1/subscription/changes', { key, body });
  const subscription = async (key: string) => (await api.request('GET', '/v1/subscription', { key })).body;

  describe('happy', () => {
    it('previews an upgrade on day 10 of 30 without changing anything, then applies it at once', async () => {
      api.setClock('2026-04-10T13:00:00Z');
      const account = await api.createAccount({ plan: 'start', cycle: 'monthly' });
      const preview = await change(account.apiKey, { plan: 'grow', preview: true });
      expect(preview.status).toBe(200);
      expect(preview.body).toMatchObject({
        preview: true,
        immediate: { plan: 'grow', cycle: 'monthly', allowance: 250 },
        scheduled: null,
        lines: [
          {
            description: 'Grow plan, monthly fee for 21 of 30 days',
            amount: { amount: '41.30', currency: 'EUR' },
          },
          {
            description: 'Credit: unused Start plan, monthly fee for 21 of 30 days',
            amount: { amount: '-20.30' },
          },
        ],
        total: { amount: '21.00', currency: 'EUR' },
      });
      expect((await subscription(account.apiKey)).plan).toBe('start');
      const applied = await change(account.apiKey, { plan: 'grow' });
      expect(applied.status).toBe(201);
      expect(applied.body.total).toEqual(preview.body.total);
      expect(await subscription(account.apiKey)).toMatchObject({
        status: 'active',
        plan: 'grow',
        allowance: 250,
      });
      const usage = await api.request('GET', '/v1/usage', { key: account.apiKey });
      expect(usage.body).toMatchObject({ plan: 'grow', allowance: 250 });
    });

    it('schedules a downgrade for the cycle end, keeps this month’s allowance, and switches at the boundary', async () => {
      api.setClock('2026-05-20T10:00:00Z');
      const account = await api.createAccount({ plan: 'expand', cycle: 'monthly', addonContacts: 50 });
      const scheduled = await change(account.apiKey, { plan: 'start', addonContacts: 0 });
      expect(scheduled.status).toBe(201);
      expect(scheduled.body).toMatchObject({
        immediate: null,
        scheduled: { effectiveAt: '2026-06-01T00:00:00+02:00', plan: 'start', addonContacts: 0 },
        lines: [],
        total: { amount: '0.00' },
      });
      expect(await subscription(account.apiKey)).toMatchObject({
        plan: 'expand',
        allowance: 550,
        scheduledChanges: [{ effectiveAt: '2026-06-01T00:00:00+02:00', plan: 'start', allowance: 50 }],
      });
      api.setClock('2026-06-02T10:00:00Z');
      expect(await subscription(account.apiKey)).toMatchObject({
        plan: 'start',
        allowance: 50,
        scheduledChanges: [],
      });
    });

    it('charges add-on contacts bought mid-month on a yearly cycle for this month and the rest of the cycle', async () => {
      api.setClock('2026-04-28T07:00:00Z');
      const account = await api.createAccount({ plan: 'grow', cycle: 'yearly', addonContacts: 100 });
      const bought = await change(account.apiKey, { addonContacts: 150 });
      expect(bought.body.lines.map((line: { amount: { amount: string } }) => line.amount.amount)).toEqual([
        '8.00',
        '192.00',
        '-128.00',
      ]);
      expect(bought.body.total.amount).toBe('72.00');
      expect((await api.request('GET', '/v1/usage', { key: account.apiKey })).body.allowance).toBe(400);
    });

    it('cancels at the cycle end and keeps a history of every change', async () => {
      api.setClock('2026-03-15T12:00:00Z');
      const account = await api.createAccount({ plan: 'grow', cycle: 'monthly' });
      const cancelled = await change(account.apiKey, { cancel: true });
      expect(cancelled.body.scheduled).toEqual({ effectiveAt: '2026-04-01T00:00:00+02:00', cancel: true });
      expect((await subscription(account.apiKey)).status).toBe('ending');
      const history = await api.request('GET', '/v1/subscription/changes', { key: account.apiKey });
      expect(history.body.data.map((entry: { id: string }) => entry.id)).toEqual([
        'opening',
        cancelled.body.id,
      ]);
      expect(history.body.data[0].total).toEqual({ amount: '59.00', currency: 'EUR' });
      api.setClock('2026-04-02T12:00:00Z');
      expect(await subscription(account.apiKey)).toMatchObject({ status: 'ended', plan: null });
      const after = await change(account.apiKey, { plan: 'expand' });
      expect(after.status).toBe(400);
      expect(after.body.errors[0].code).toBe('subscription_ended');
    });

    it('prices a configuration and lists the advisor’s options, cheapest first', async () => {
      const account = await api.createAccount();
      const quote = await api.request('POST', '/v1/quotes', {
        key: account.apiKey,
        body: { plan: 'start', cycle: 'monthly', addonContacts: 0, expectedActiveContacts: 80 },
      });
      expect(quote.status).toBe(200);
      expect(quote.body.upfront.total).toEqual({ amount: '29.00', currency: 'EUR' });
      expect(quote.body.recommendedPlan).toBe('start');
      expect(
        quote.body.options.map((option: { kind: string; plan: string; monthlyCost: { amount: string } }) => [
          option.kind,
          option.plan,
          option.monthlyCost.amount,
        ]),
      ).toEqual([
        ['stay', 'start', '36.50'],
        ['add_addons', 'start', '36.50'],
        ['upgrade', 'grow', '59.00'],
        ['upgrade', 'expand', '99.00'],
        ['upgrade', 'scale', '249.00'],
      ]);
      const operatorQuote = await api.request('POST', '/v1/quotes', {
        key: operatorKey,
        body: { plan: 'grow', cycle: 'yearly', addonContacts: 100 },
      });
      expect(operatorQuote.body.upfront.total.amount).toBe('782.00');
    });
  });

  describe('error', () => {
    it('answers invalid configurations with clear 4xx errors and changes nothing', async () => {
      const account = await api.createAccount({ plan: 'expand', cycle: 'monthly' });
      const cases: [Record<string, unknown>, string][] = [
        [{ plan: 'scale', addonContacts: 10 }, '/addonContacts'],
        [{ plan: 'platinum' }, '/plan'],
        [{ addonContacts: -5 }, '/addonContacts'],
        [{ plan: 'volume' }, '/plan'],
        [{ cancel: true, plan: 'grow' }, '/cancel'],
        [{}, '/'],
        [{ cycle: 'weekly' }, '/cycle'],
        [{ discount: 10 }, '/discount'],
      ];
      for (const [body, field] of cases) {
        const response = await change(account.apiKey, body);
        expect(response.status, JSON.stringify(body)).toBe(400);
        expect(response.body.errors[0].field, JSON.stringify(body)).toBe(field);
      }
      for (const [body, field] of [
        [{ plan: 'scale', cycle: 'monthly', addonContacts: 1 }, '/addonContacts'],
        [{ plan: 'nope', cycle: 'monthly' }, '/plan'],
        [{ plan: 'start', cycle: 'monthly', expectedActiveContacts: -1 }, '/expectedActiveContacts'],
      ] as const) {
        const response = await api.request('POST', '/v1/quotes', { key: account.apiKey, body });
        expect(response.status).toBe(400);
        expect(response.body.errors[0].field).toBe(field);
      }
      const history = await api.request('GET', '/v1/subscription/changes', { key: account.apiKey });
      expect(history.body.data).toHaveLength(1);
      expect(await subscription(account.apiKey)).toMatchObject({ plan: 'expand', scheduledChanges: [] });
    });
  });

  describe('security', () => {
    it('changes only the caller’s own subscription', async () => {
      const mine = await api.createAccount({ plan: 'start' });
      const theirs = await api.createAccount({ plan: 'start' });
      await change(mine.apiKey, { plan: 'grow' });
      expect((await subscription(theirs.apiKey)).plan).toBe('start');
      expect(
        (await api.request('GET', '/v1/subscription/changes', { key: theirs.apiKey })).body.data,
      ).toHaveLength(1);
      expect((await change(operatorKey, { plan: 'grow' })).status).toBe(403);
      expect((await api.request('GET', '/v1/subscription')).status).toBe(401);
      expect(
        (await api.request('POST', '/v1/quotes', { body: { plan: 'start', cycle: 'monthly' } })).status,
      ).toBe(401);
    });
  });
});
