import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from '../support/engines.js';
import { type Harness, operatorKey, startHarness, type TestAccount } from '../support/http-harness.js';

const eur = (amount: string) => ({ amount, currency: 'EUR' });

/**
 * Issue #15: the plan-change preview and the projected bill announce net, VAT and gross by the
 * invoice's own VAT rule, for the three ways Tally charges VAT: 19 % to a German buyer, reverse
 * charge to a business in another member state, 0 % to a buyer outside the EU.
 * Figures worked by hand in each test.
 */
describe.each(engines)('net, VAT and gross before invoicing on %s', (engine) => {
  let api: Harness;
  const buyers: Record<'german' | 'polish' | 'american', Record<string, unknown>> = {
    german: {
      legalName: 'Beispiel Handels GmbH',
      address: { street: 'Hauptstraße 5', postalCode: '80331', city: 'München', country: 'DE' },
      vatId: 'DE987654321',
      vatRate: '19',
    },
    // The rate stays 19; reverse charge is what makes the VAT nil, as on the invoice.
    polish: {
      legalName: 'Łukasz Żółć Sp. z o.o.',
      address: { street: 'ul. Świętokrzyska 12', postalCode: '00-916', city: 'Warszawa', country: 'PL' },
      vatId: 'PL5260250274',
      vatRate: '19',
      reverseCharge: true,
    },
    american: {
      legalName: 'Acme Widgets, Inc.',
      address: { street: '500 Market Street', postalCode: '94105', city: 'San Francisco', country: 'US' },
      vatRate: '0',
    },
  };
  const accountFor = async (buyer: keyof typeof buyers, overrides: Record<string, unknown> = {}) => {
    const account = await api.createAccount({ name: buyer, plan: 'start', cycle: 'monthly', ...overrides });
    const put = await api.request('PUT', '/v1/billing-details', { key: account.apiKey, body: buyers[buyer] });
    expect(put.status).toBe(200);
    return account;
  };

  beforeAll(async () => {
    api = await startHarness(engine);
  });
  afterAll(() => api.dispose());

  describe('plan-change preview', () => {
    // Start (€29) → Grow (€59) on 10 April, 21 of 30 days left: 41.30 − 20.30 = 21.00 net.
    const upgrade = (account: TestAccount, preview: boolean) =>
      api.request('POST', '/v1/subscription/changes', {
        key: account.apiKey,
        body: { plan: 'grow', preview },
      });

    it('charges a German buyer 19 %: 21.00 + 3.99 = 24.99, exactly what the change invoice then says', async () => {
      api.setClock('2026-04-10T13:00:00Z');
      const german = await accountFor('german');
      const preview = await upgrade(german, true);
      expect(preview.status).toBe(200);
      expect(preview.body).toMatchObject({
        preview: true,
        total: eur('21.00'),
        net: eur('21.00'),
        vatRate: '19.00',
        vat: eur('3.99'),
        gross: eur('24.99'),
        reverseCharge: false,
      });
      const applied = await upgrade(german, false);
      expect(applied.status).toBe(201);
      expect(applied.body).toMatchObject({ net: eur('21.00'), vat: eur('3.99'), gross: eur('24.99') });
      const invoices = (await api.request('GET', '/v1/invoices', { key: german.apiKey })).body.data;
      const changeInvoice = invoices.find((invoice: { kind: string }) => invoice.kind === 'change');
      expect(changeInvoice).toMatchObject({ net: eur('21.00'), vat: eur('3.99'), total: eur('24.99') });
    });

    it('reverse-charges a Polish business with a VAT ID: 21.00 net, no VAT, 21.00 gross', async () => {
      api.setClock('2026-04-10T13:00:00Z');
      const polish = await accountFor('polish');
      const preview = await upgrade(polish, true);
      expect(preview.body).toMatchObject({
        net: eur('21.00'),
        vatRate: '19.00',
        vat: eur('0.00'),
        gross: eur('21.00'),
        reverseCharge: true,
      });
      await upgrade(polish, false);
      const invoices = (await api.request('GET', '/v1/invoices', { key: polish.apiKey })).body.data;
      const changeInvoice = invoices.find((invoice: { kind: string }) => invoice.kind === 'change');
      expect(changeInvoice).toMatchObject({ vat: eur('0.00'), total: eur('21.00'), reverseCharge: true });
    });

    it('charges a buyer outside the EU 0 %: 21.00 net and gross', async () => {
      api.setClock('2026-04-10T13:00:00Z');
      const american = await accountFor('american');
      const preview = await upgrade(american, true);
      expect(preview.body).toMatchObject({
        net: eur('21.00'),
        vatRate: '0.00',
        vat: eur('0.00'),
        gross: eur('21.00'),
        reverseCharge: false,
      });
    });

    it('rounds the VAT half-up on the net as the invoice does: 22 add-on contacts, 5.50 + 1.05 = 6.55', async () => {
      // Add-on contacts are bought for the whole current month at Start's €0.25: 22 × 0.25 = 5.50
      // net; 5.50 × 19 % = 1.045 → 1.05 (half-up; half-even would give 1.04); 6.55 gross.
      api.setClock('2026-04-10T13:00:00Z');
      const german = await accountFor('german');
      const addons = (preview: boolean) =>
        api.request('POST', '/v1/subscription/changes', {
          key: german.apiKey,
          body: { addonContacts: 22, preview },
        });
      const preview = await addons(true);
      expect(preview.status).toBe(200);
      expect(preview.body).toMatchObject({
        total: eur('5.50'),
        net: eur('5.50'),
        vat: eur('1.05'),
        gross: eur('6.55'),
      });
      expect((await addons(false)).status).toBe(201);
      const invoices = (await api.request('GET', '/v1/invoices', { key: german.apiKey })).body.data;
      const changeInvoice = invoices.find((invoice: { kind: string }) => invoice.kind === 'change');
      expect(changeInvoice).toMatchObject({ net: eur('5.50'), vat: eur('1.05'), total: eur('6.55') });
    });
  });

  describe('projected bill', () => {
    // January: 92 contacts active. At the very first instant of February nothing of February has
    // passed, so the forecast is the prior, January's 92: Start's 50 included, 42 over at €0.25 =
    // €10.50, plus Start's €29.00 = €39.50 net.
    const projectedBill = async (account: TestAccount) => {
      api.setClock('2026-01-20T10:00:00Z');
      expect((await api.recordNotes(account.apiKey, 92, '2026-01-10T10:00:00Z')).status).toBe(200);
      api.setClock('2026-01-31T23:00:00Z');
      const usage = await api.request('GET', '/v1/usage', { key: account.apiKey });
      expect(usage.status).toBe(200);
      expect(usage.body.forecast).toMatchObject({
        activeContacts: 92,
        overusage: 42,
        overusageCost: eur('10.50'),
      });
      return usage.body.forecast.projectedBill;
    };

    it('German buyer: 39.50 net + 7.51 VAT (19 % of 39.50 is 7.505, half-up) = 47.01 gross', async () => {
      api.setClock('2026-01-01T00:00:00Z');
      const german = await accountFor('german');
      expect(await projectedBill(german)).toEqual({
        planCost: eur('29.00'),
        overusageCost: eur('10.50'),
        net: eur('39.50'),
        vatRate: '19.00',
        vat: eur('7.51'),
        gross: eur('47.01'),
        reverseCharge: false,
      });
    });

    it('Polish business, reverse charge: 39.50 net, 0.00 VAT, 39.50 gross', async () => {
      api.setClock('2026-01-01T00:00:00Z');
      const polish = await accountFor('polish');
      expect(await projectedBill(polish)).toMatchObject({
        net: eur('39.50'),
        vatRate: '19.00',
        vat: eur('0.00'),
        gross: eur('39.50'),
        reverseCharge: true,
      });
    });

    it('buyer outside the EU: 39.50 net, 0 %, 39.50 gross', async () => {
      api.setClock('2026-01-01T00:00:00Z');
      const american = await accountFor('american');
      expect(await projectedBill(american)).toMatchObject({
        net: eur('39.50'),
        vatRate: '0.00',
        vat: eur('0.00'),
        gross: eur('39.50'),
      });
    });

    it('without billing details charges no VAT, as an invoice issued then would', async () => {
      api.setClock('2026-01-01T00:00:00Z');
      const bare = await api.createAccount({ name: 'Bare', plan: 'start', cycle: 'monthly' });
      expect(await projectedBill(bare)).toMatchObject({
        net: eur('39.50'),
        vat: eur('0.00'),
        gross: eur('39.50'),
      });
    });

    it('is null once the subscription has ended', async () => {
      api.setClock('2026-01-01T00:00:00Z');
      const leaving = await accountFor('german');
      const cancel = await api.request('POST', '/v1/subscription/changes', {
        key: leaving.apiKey,
        body: { cancel: true },
      });
      expect(cancel.status).toBe(201);
      api.setClock('2026-02-15T10:00:00Z');
      await api.request('POST', '/v1/billing/close', { key: operatorKey, body: {} });
      const usage = await api.request('GET', '/v1/usage', { key: leaving.apiKey });
      expect(usage.status).toBe(200);
      expect(usage.body.plan).toBeNull();
      expect(usage.body.forecast.projectedBill).toBeNull();
    });
  });
});
