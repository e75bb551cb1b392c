import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from '../support/engines.js';
import { type Harness, operatorKey, startHarness, type TestAccount } from '../support/http-harness.js';
import { pdfText } from '../support/pdf-text.js';

describe.each(engines)('invoices API on %s', (engine) => {
  let api: Harness;
  let account: TestAccount;
  let overusageId: string;

  beforeAll(async () => {
    api = await startHarness(engine);
    api.setClock('2026-01-01T00:00:00Z');
    account = await api.createAccount({
      name: 'Invoice GmbH',
      plan: 'start',
      cycle: 'monthly',
      startsAt: '2026-01-01T00:00:00+01:00',
    });
    await api.request('PUT', '/v1/billing-details', {
      key: account.apiKey,
      body: {
        legalName: 'Invoice GmbH',
        address: 'Hauptstraße 5, 80331 München',
        vatId: 'DE123456789',
        vatRate: '19',
      },
    });
    api.setClock('2026-01-20T10:00:00Z');
    await api.request('POST', '/v1/activities', {
      key: account.apiKey,
      body: {
        activities: Array.from({ length: 70 }, (_, index) => ({
          id: `a${index}`,
          contactId: `c${index}`,
          kind: 'note.added',
          occurredAt: '2026-01-15T10:00:00Z',
        })),
      },
    });
    api.setClock('2026-02-01T03:00:00Z');
    await api.request('POST', '/v1/billing/close', { key: operatorKey, body: {} });
    const list = await api.request('GET', '/v1/invoices', { key: account.apiKey });
    overusageId = list.body.data.find((invoice: { kind: string }) => invoice.kind === 'overusage').id;
  });
  afterAll(() => api.dispose());

  describe('happy', () => {
    it('shows an invoice with seller, buyer, period, lines, net, VAT and total', async () => {
      const invoice = await api.request('GET', `/v1/invoices/${overusageId}`, { key: account.apiKey });
      expect(invoice.body).toMatchObject({
        kind: 'overusage',
        period: { start: '2026-01-01T00:00:00+01:00', end: '2026-02-01T00:00:00+01:00' },
        buyer: { name: 'Invoice GmbH', vatId: 'DE123456789' },
        seller: { name: 'Tally Billing GmbH (example seller)' },
        lines: [{ quantity: 20, unitPrice: { amount: '0.25' }, amount: { amount: '5.00' } }],
        net: { amount: '5.00' },
        vatRate: '19.00',
        vat: { amount: '0.95' },
        total: { amount: '5.95', currency: 'EUR' },
      });
    });

    it('renders a PDF whose text holds the number, period, lines and total', async () => {
      const invoice = (await api.request('GET', `/v1/invoices/${overusageId}`, { key: account.apiKey })).body;
      const response = await fetch(`${api.url}/v1/invoices/${overusageId}/pdf`, {
        headers: { authorization: `Bearer ${account.apiKey}` },
      });
      expect(response.headers.get('content-type')).toBe('application/pdf');
      const text = pdfText(Buffer.from(await response.arrayBuffer()));
      expect(text).toContain(invoice.number);
      expect(text).toContain('Period: 2026-01-01 to 2026-02-01');
      // The description wraps inside its column; quantity, unit price and amount share its first line.
      expect(text).toMatch(/Overusage 2026-01-01 – 2026-02-01: 70\s+20\s+EUR 0\.25\s+EUR 5\.00/);
      expect(text).toMatch(/active contacts, allowance 50, 20 over at\s+€0\.25/);
      expect(text).toMatch(/Total\s+EUR 5\.95/);
      expect(text).toMatch(/VAT 19\.00 %\s+EUR 0\.95/);
    });

    it('corrects an invoice only with a credit note that references it, never more than was invoiced', async () => {
      const partial = await api.request('POST', `/v1/invoices/${overusageId}/credit-notes`, {
        key: operatorKey,
        body: { reason: 'Goodwill: duplicate import', amount: '2.00' },
      });
      expect(partial.status).toBe(201);
      expect(partial.body).toMatchObject({
        kind: 'credit_note',
        correctsInvoiceId: overusageId,
        net: { amount: '-2.00' },
        total: { amount: '-2.38' },
      });
      const tooMuch = await api.request('POST', `/v1/invoices/${overusageId}/credit-notes`, {
        key: operatorKey,
        body: { reason: 'again', amount: '3.01' },
      });
      expect(tooMuch.status).toBe(400);
      const rest = await api.request('POST', `/v1/invoices/${overusageId}/credit-notes`, {
        key: operatorKey,
        body: { reason: 'cancelled', amount: '3.00' },
      });
      expect(rest.status).toBe(201);
      const pdf = await fetch(`${api.url}/v1/invoices/${rest.body.id}/pdf`, {
        headers: { authorization: `Bearer ${account.apiKey}` },
      });
      const original = (await api.request('GET', `/v1/invoices/${overusageId}`, { key: account.apiKey }))
        .body;
      expect(pdfText(Buffer.from(await pdf.arrayBuffer()))).toContain(`Corrects invoice ${original.number}`);
    });

    it('keeps finalized invoices immutable in the database itself', async () => {
      const db = api.server.context.store.db;
      await expect(sql`UPDATE invoices SET total = 0`.execute(db)).rejects.toThrow(/immutable/);
      await expect(sql`DELETE FROM invoices`.execute(db)).rejects.toThrow(/immutable/);
    });

    it('adds the reverse-charge note and no VAT when the buyer is reverse-charged', async () => {
      const other = await api.createAccount({
        name: 'EU Client',
        plan: 'start',
        cycle: 'monthly',
        startsAt: '2026-03-01T00:00:00+01:00',
      });
      await api.request('PUT', '/v1/billing-details', {
        key: other.apiKey,
        body: { vatRate: '19', reverseCharge: true, vatId: 'FR12345678901' },
      });
      api.setClock('2026-03-01T03:00:00Z');
      await api.request('POST', '/v1/billing/close', { key: operatorKey, body: {} });
      const invoice = (await api.request('GET', '/v1/invoices', { key: other.apiKey })).body.data[0];
      expect(invoice).toMatchObject({
        kind: 'upfront',
        vat: { amount: '0.00' },
        total: { amount: '29.00' },
        reverseCharge: true,
      });
      expect(invoice.notes[0]).toContain('Reverse charge');
    });
  });

  describe('error', () => {
    it('answers unknown invoices with 404 and bad credit notes with 400', async () => {
      expect((await api.request('GET', '/v1/invoices/inv_missing', { key: account.apiKey })).status).toBe(
        404,
      );
      expect((await api.request('GET', '/v1/invoices/inv_missing/pdf', { key: account.apiKey })).status).toBe(
        404,
      );
      const bad = await api.request('POST', `/v1/invoices/${overusageId}/credit-notes`, {
        key: operatorKey,
        body: { reason: 'x', amount: '-1' },
      });
      expect(bad.status).toBe(400);
      expect(bad.body.errors[0].field).toBe('/amount');
      const badDetails = await api.request('PUT', '/v1/billing-details', {
        key: account.apiKey,
        body: { vatRate: '120' },
      });
      expect(badDetails.status).toBe(400);
      const badClose = await api.request('POST', '/v1/billing/close', {
        key: operatorKey,
        body: { asOf: '2099-01-01T00:00:00Z' },
      });
      expect(badClose.status).toBe(400);
    });
  });

  describe('security', () => {
    it('answers another account’s invoice with 404 and keeps operator routes to the operator', async () => {
      const stranger = await api.createAccount({ name: 'Stranger' });
      expect((await api.request('GET', `/v1/invoices/${overusageId}`, { key: stranger.apiKey })).status).toBe(
        404,
      );
      expect(
        (await api.request('GET', `/v1/invoices/${overusageId}/pdf`, { key: stranger.apiKey })).status,
      ).toBe(404);
      const list = await api.request('GET', `/v1/invoices?accountId=${account.id}`, { key: stranger.apiKey });
      expect(list.body.data).toEqual([]);
      expect(
        (
          await api.request('POST', `/v1/invoices/${overusageId}/credit-notes`, {
            key: account.apiKey,
            body: { reason: 'x' },
          })
        ).status,
      ).toBe(403);
      expect((await api.request('POST', '/v1/billing/close', { key: account.apiKey, body: {} })).status).toBe(
        403,
      );
      expect((await api.request('GET', '/v1/invoices')).status).toBe(401);
    });
  });
});
