import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from '../support/engines.js';
import { type Harness, operatorKey, startHarness, type TestAccount } from '../support/http-harness.js';

describe.each(engines)('invoice payments on %s', (engine) => {
  let api: Harness;
  let account: TestAccount;
  let other: TestAccount;
  /** January's fee: 5900 + 19 % VAT 1121 = 7021 cents, issued 1 January, due 15 January. */
  let january: string;

  const openAccount = async (name: string) => {
    const created = await api.createAccount({ name, plan: 'grow', cycle: 'monthly' });
    const details = await api.request('PUT', '/v1/billing-details', {
      key: created.apiKey,
      body: { legalName: name, vatRate: '19' },
    });
    expect(details.status, details.text).toBe(200);
    return created;
  };
  const close = async (iso: string) => {
    api.setClock(iso);
    const closed = await api.request('POST', '/v1/billing/close', { key: operatorKey, body: {} });
    expect(closed.status, closed.text).toBe(200);
  };
  const upfrontOf = async (key: string, month: string) => {
    const list = await api.request('GET', '/v1/invoices', { key });
    const found = list.body.data.find(
      (invoice: { kind: string; period?: { start: string } }) =>
        invoice.kind === 'upfront' && invoice.period?.start.startsWith(month),
    );
    if (!found) throw new Error(`no upfront invoice for ${month}`);
    return found.id as string;
  };
  const pay = (id: string, body: Record<string, unknown>, key = account.apiKey, headers = {}) =>
    api.request('POST', `/v1/invoices/${id}/payments`, { key, body, headers });
  const valid = { amount: '10.00', currency: 'EUR', date: '2026-01-10', method: 'bank_transfer' };
  const read = async (id: string, key = account.apiKey) =>
    (await api.request('GET', `/v1/invoices/${id}`, { key })).body;

  beforeAll(async () => {
    api = await startHarness(engine);
    api.setClock('2025-12-31T23:00:00Z');
    account = await openAccount('Payer GmbH');
    other = await openAccount('Other GmbH');
    await close('2026-01-01T00:30:00+01:00');
    january = await upfrontOf(account.apiKey, '2026-01');
    api.setClock('2026-01-10T12:00:00+01:00');
  }, 60_000);
  afterAll(() => api.dispose());

  describe('error', () => {
    it('refuses bad payments with the field named, and writes nothing', async () => {
      const cases: [Record<string, unknown>, string][] = [
        [{ ...valid, amount: '0' }, '/amount'],
        [{ ...valid, amount: '0.00' }, '/amount'],
        [{ ...valid, amount: '-5.00' }, '/amount'],
        [{ ...valid, amount: '1.234' }, '/amount'],
        [{ ...valid, amount: 'ten' }, '/amount'],
        // 7021 are due: one cent more is an overpayment.
        [{ ...valid, amount: '70.22' }, '/amount'],
        [{ ...valid, currency: 'USD' }, '/currency'],
        [{ ...valid, date: '2026-02-30' }, '/date'],
        [{ ...valid, date: '10.01.2026' }, '/date'],
        // Today in Berlin is 10 January; 11 January is in the future.
        [{ ...valid, date: '2026-01-11' }, '/date'],
        [{ ...valid, method: 'cash' }, '/method'],
        [{ ...valid, reference: '' }, '/reference'],
        [{ amount: '10.00', currency: 'EUR', date: '2026-01-10' }, '/method'],
      ];
      for (const [body, field] of cases) {
        const refused = await pay(january, body);
        expect(refused.status, JSON.stringify(body)).toBe(400);
        expect(refused.headers.get('content-type')).toContain('application/problem+json');
        expect(refused.body.code).toBe('validation_failed');
        expect(refused.body.errors[0].field, JSON.stringify(body)).toBe(field);
      }
      expect(await read(january)).toMatchObject({
        status: 'open',
        amountPaid: { amount: '0.00' },
        amountDue: { amount: '70.21' },
        payments: [],
      });
    });

    it('answers 404 for another account’s invoice, and writes nothing', async () => {
      const refused = await pay(january, valid, other.apiKey);
      expect(refused.status).toBe(404);
      expect(refused.body.code).toBe('not_found');
      expect((await pay('inv_missing', valid)).status).toBe(404);
      expect((await api.request('GET', `/v1/invoices/${january}`, { key: other.apiKey })).status).toBe(404);
      expect((await read(january)).payments).toEqual([]);
    });

    it('refuses a payment on a void invoice and on a credit note', async () => {
      const voided = await upfrontOf(other.apiKey, '2026-01');
      const credit = await api.request('POST', `/v1/invoices/${voided}/credit-notes`, {
        key: operatorKey,
        body: { reason: 'Cancelled' },
      });
      expect(credit.status, credit.text).toBe(201);
      const onVoid = await pay(voided, valid, other.apiKey);
      expect(onVoid.status).toBe(400);
      expect(onVoid.body.errors[0]).toMatchObject({ field: '/amount', code: 'invoice_void' });
      const onNote = await pay(credit.body.id, valid, operatorKey);
      expect(onNote.status).toBe(400);
      expect(onNote.body.errors[0]).toMatchObject({ field: '/amount', code: 'not_payable' });
      expect(await read(voided, other.apiKey)).toMatchObject({ status: 'void', payments: [] });
      expect(await read(credit.body.id, other.apiKey)).toMatchObject({
        status: 'paid',
        dueDate: null,
        amountDue: { amount: '0.00' },
        payments: [],
      });
    });

    it('answers 400 naming the field for an unknown status filter', async () => {
      const refused = await api.request('GET', '/v1/invoices?status=unpaid', { key: account.apiKey });
      expect(refused.status).toBe(400);
      expect(refused.body.code).toBe('validation_failed');
      expect(JSON.stringify(refused.body.errors)).toContain('status');
    });
  });

  describe('happy', () => {
    it('replays a payment sent twice with one Idempotency-Key, recording it once', async () => {
      const headers = { 'idempotency-key': 'pay-jan-1' };
      const first = await pay(january, { ...valid, reference: 'SEPA 1' }, account.apiKey, headers);
      const again = await pay(january, { ...valid, reference: 'SEPA 1' }, account.apiKey, headers);
      expect(first.status, first.text).toBe(201);
      expect(again.status).toBe(201);
      expect(again.body.payment.id).toBe(first.body.payment.id);
      expect(await read(january)).toMatchObject({
        amountPaid: { amount: '10.00' },
        // 7021 − 1000 = 6021
        amountDue: { amount: '60.21' },
        payments: [{ amount: { amount: '10.00' }, reference: 'SEPA 1', method: 'bank_transfer' }],
      });
    });

    it('lets the operator record a payment for any account', async () => {
      const paid = await pay(january, { ...valid, amount: '0.21', method: 'other' }, operatorKey);
      expect(paid.status, paid.text).toBe(201);
      // 6021 − 21 = 6000
      expect(paid.body.invoice.amountDue.amount).toBe('60.00');
    });

    it('counts a partial credit note against what is due; one that leaves nothing due makes the invoice paid, once', async () => {
      const payer = await openAccount('Credit GmbH');
      const endpoint = await api.request('POST', '/v1/webhook-endpoints', {
        key: payer.apiKey,
        body: { url: 'http://127.0.0.1:9/hooks', eventTypes: ['invoice.paid'] },
      });
      expect(endpoint.status, endpoint.text).toBe(201);
      await close('2026-01-10T12:00:00+01:00');
      const invoice = await upfrontOf(payer.apiKey, '2026-01');
      await pay(invoice, { ...valid, amount: '60.21' }, payer.apiKey);
      const credit = (amount: string) =>
        api.request('POST', `/v1/invoices/${invoice}/credit-notes`, {
          key: operatorKey,
          body: { reason: 'Goodwill', amount },
        });
      // 7021 − 6021 paid = 1000 due; a 5.00 net credit note is 500 + 95 VAT = 595: 405 stay due.
      expect((await credit('5.00')).status).toBe(201);
      expect(await read(invoice, payer.apiKey)).toMatchObject({
        status: 'open',
        amountDue: { amount: '4.05' },
      });
      // Another 5.00 (595) credits more than the 405 due: nothing is due, the rest is set off.
      expect((await credit('5.00')).status).toBe(201);
      expect(await read(invoice, payer.apiKey)).toMatchObject({
        status: 'paid',
        amountPaid: { amount: '60.21' },
        amountDue: { amount: '0.00' },
      });
      expect((await credit('1.00')).status).toBe(201);
      const deliveries = await api.request('GET', `/v1/webhook-endpoints/${endpoint.body.id}/deliveries`, {
        key: payer.apiKey,
      });
      expect(deliveries.body.data.map((delivery: { eventType: string }) => delivery.eventType)).toEqual([
        'invoice.paid',
      ]);
    });

    it('never lets payments at once together pay more than is due', async () => {
      const payer = await openAccount('Parallel GmbH');
      await close('2026-01-10T12:00:00+01:00');
      const invoice = await upfrontOf(payer.apiKey, '2026-01');
      // 7021 are due: of ten payments of 1000 at once exactly seven fit (7000), 21 stay due.
      const results = await Promise.all(
        Array.from({ length: 10 }, (_, index) =>
          pay(invoice, { ...valid, amount: '10.00', reference: `parallel ${index}` }, payer.apiKey),
        ),
      );
      expect(results.filter((result) => result.status === 201)).toHaveLength(7);
      const refused = results.filter((result) => result.status !== 201);
      expect(refused).toHaveLength(3);
      expect(
        refused.every((result) => result.status === 400 && result.body.errors[0].field === '/amount'),
      ).toBe(true);
      const after = await read(invoice, payer.apiKey);
      expect(after).toMatchObject({
        status: 'open',
        amountPaid: { amount: '70.00' },
        amountDue: { amount: '0.21' },
      });
      expect(after.payments).toHaveLength(7);
    });
  });
});
