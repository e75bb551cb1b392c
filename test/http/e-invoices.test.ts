import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from '../support/engines.js';
import { type Harness, operatorKey, startHarness, type TestAccount } from '../support/http-harness.js';
import { validateCii } from '../support/validate-cii.js';

interface InvoiceView {
  id: string;
  number: string;
  kind: string;
}

/**
 * The e-invoice of issued invoices, through the HTTP API: structured billing details set
 * with PUT /v1/billing-details travel into the invoices issued afterwards, and
 * GET /v1/invoices/{id}/e-invoice writes them as CII that the receivers' validators accept.
 * Three validator runs per engine (each starts a JVM): 19 % VAT, reverse charge, XRechnung.
 */
describe.each(engines)('e-invoices API on %s', (engine) => {
  let api: Harness;
  let german: TestAccount;
  let polish: TestAccount;
  let publicBuyer: TestAccount;
  let incomplete: TestAccount;
  const invoicesOf = async (account: TestAccount): Promise<InvoiceView[]> =>
    (await api.request('GET', '/v1/invoices', { key: account.apiKey })).body.data;
  const eInvoice = (account: TestAccount, id: string) =>
    api.request('GET', `/v1/invoices/${id}/e-invoice`, { key: account.apiKey });

  /** The XML as served, and the validator's verdict on it. */
  async function validatedEInvoice(account: TestAccount, id: string, xrechnung = false) {
    const response = await eInvoice(account, id);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/xml/);
    const report = await validateCii(response.text, { xrechnung });
    expect(report.output).toContain('schema: ok');
    expect(report.output).toMatch(/EN 16931 rules: ok/);
    if (xrechnung) expect(report.output).toMatch(/XRechnung rules: ok/);
    expect(report.fatal).toBe(0);
    expect(report.exitCode).toBe(0);
    return response.text;
  }

  beforeAll(async () => {
    api = await startHarness(engine);
    api.setClock('2026-01-01T00:00:00Z');
    // Issued its first upfront invoice on creation, before it gave any billing details.
    incomplete = await api.createAccount({ name: 'Early Bird GmbH', plan: 'start' });
    // The others start in February, so their first upfront invoice follows their details.
    const february = { plan: 'start', startsAt: '2026-02-01T00:00:00+01:00' };
    german = await api.createAccount({ name: 'Beispiel Handels GmbH', ...february });
    polish = await api.createAccount({ name: 'Zolc', ...february });
    publicBuyer = await api.createAccount({ name: 'Musterhausen', ...february });
    api.setClock('2026-01-15T10:00:00Z');
    const put = async (account: TestAccount, body: Record<string, unknown>) => {
      const response = await api.request('PUT', '/v1/billing-details', { key: account.apiKey, body });
      if (response.status !== 200) throw new Error(`billing details refused: ${response.text}`);
    };
    await put(german, {
      legalName: 'Beispiel Handels GmbH',
      address: { street: 'Hauptstraße 5', postalCode: '80331', city: 'München', country: 'de' },
      vatId: 'DE 987 654 321',
      email: 'rechnungen@beispiel.example',
      vatRate: '19',
    });
    await put(polish, {
      legalName: 'Łukasz Żółć Sp. z o.o.',
      address: { street: 'ul. Świętokrzyska 12', postalCode: '00-916', city: 'Warszawa', country: 'PL' },
      vatId: 'PL5260250274',
      vatRate: '19',
      reverseCharge: true,
    });
    await put(publicBuyer, {
      legalName: 'Stadt Musterhausen – Kämmerei',
      address: { street: 'Rathausplatz 1', postalCode: '12345', city: 'Musterhausen', country: 'DE' },
      email: 'erechnung@musterhausen.example',
      vatRate: '19',
      buyerReference: '04011000-12345-67',
    });
    api.setClock('2026-02-01T03:00:00Z');
    await api.request('POST', '/v1/billing/close', { key: operatorKey, body: {} });
    // 70 active contacts on Start's allowance of 50: 20 over, invoiced when February closes.
    api.setClock('2026-02-10T10:00:00Z');
    await api.recordNotes(german.apiKey, 70, '2026-02-05T10:00:00Z');
    api.setClock('2026-03-01T03:00:00Z');
    await api.request('POST', '/v1/billing/close', { key: operatorKey, body: {} });
  });
  afterAll(() => api.dispose());

  describe('happy', () => {
    it('keeps the structured address and buyer reference, with the country upper-cased and the VAT ID compact', async () => {
      const details = await api.request('GET', '/v1/billing-details', { key: german.apiKey });
      expect(details.body).toEqual({
        legalName: 'Beispiel Handels GmbH',
        address: { street: 'Hauptstraße 5', postalCode: '80331', city: 'München', country: 'DE' },
        vatId: 'DE987654321',
        email: 'rechnungen@beispiel.example',
        vatRate: '19.00',
        reverseCharge: false,
        buyerReference: null,
      });
      const reference = await api.request('GET', '/v1/billing-details', { key: publicBuyer.apiKey });
      expect(reference.body.buyerReference).toBe('04011000-12345-67');
    });

    it('still takes a free-text address and answers it as given', async () => {
      const other = await api.createAccount({ name: 'Free Text AG' });
      const put = await api.request('PUT', '/v1/billing-details', {
        key: other.apiKey,
        body: { address: 'Bahnhofstrasse 1, 8001 Zürich' },
      });
      expect(put.status).toBe(200);
      const details = await api.request('GET', '/v1/billing-details', { key: other.apiKey });
      expect(details.body.address).toBe('Bahnhofstrasse 1, 8001 Zürich');
    });

    it('issues invoices that carry the structured buyer and the catalog’s structured seller', async () => {
      const [upfront] = await invoicesOf(german);
      const invoice = (await api.request('GET', `/v1/invoices/${upfront?.id}`, { key: german.apiKey })).body;
      expect(invoice.buyer).toMatchObject({
        name: 'Beispiel Handels GmbH',
        address: 'Hauptstraße 5, 80331 München, DE',
        postalAddress: { street: 'Hauptstraße 5', postalCode: '80331', city: 'München', country: 'DE' },
      });
      expect(invoice.seller).toMatchObject({
        postalAddress: { country: 'DE' },
        bankAccount: { iban: 'DE02120300000000202051' },
        paymentTermsDays: 14,
      });
    });

    it('serves the overusage invoice at 19 % VAT as valid EN 16931 CII, due 14 days after issue', async () => {
      const overusage = (await invoicesOf(german)).find((invoice) => invoice.kind === 'overusage');
      expect(overusage).toBeDefined();
      const xml = await validatedEInvoice(german, overusage?.id ?? '');
      expect(xml).toContain(`<ram:ID>${overusage?.number}</ram:ID>`);
      expect(xml).toContain('<ram:ID>urn:cen.eu:en16931:2017</ram:ID>');
      expect(xml).toContain('<ram:CategoryCode>S</ram:CategoryCode>');
      expect(xml).toContain('<ram:TaxTotalAmount currencyID="EUR">0.95</ram:TaxTotalAmount>');
      expect(xml).toContain('<ram:CityName>München</ram:CityName>');
      // Issued 1 March 04:00 in Berlin; 14 days of terms.
      expect(xml).toMatch(/<ram:DueDateDateTime>\s*<udt:DateTimeString format="102">20260315</);
      expect(xml).toContain('<ram:IBANID>DE02120300000000202051</ram:IBANID>');
      // The API states the same due date as the XML (one rule, decision 0046).
      expect(overusage).toMatchObject({ dueDate: '2026-03-15', amountDue: { amount: '5.95' } });
    });

    it('serves the upfront invoice of a Polish business under reverse charge (category AE)', async () => {
      const [upfront] = await invoicesOf(polish);
      const xml = await validatedEInvoice(polish, upfront?.id ?? '');
      expect(xml).toContain('<ram:CategoryCode>AE</ram:CategoryCode>');
      expect(xml).toContain('<ram:Name>Łukasz Żółć Sp. z o.o.</ram:Name>');
      expect(xml).toContain('<ram:ID schemeID="VA">PL5260250274</ram:ID>');
      expect(xml).toContain('<ram:CountryID>PL</ram:CountryID>');
    });

    it('keeps a partly paid invoice’s e-invoice as issued: BT-115 the whole total, no BT-113, still valid', async () => {
      // Decision 0048: the e-invoice documents the invoice as issued; payments received after
      // issue are the API's (amountPaid, amountDue), never a rewrite of the document.
      const [upfront] = await invoicesOf(polish);
      const before = await eInvoice(polish, upfront?.id ?? '');
      expect(before.status).toBe(200);
      const paid = await api.request('POST', `/v1/invoices/${upfront?.id}/payments`, {
        key: polish.apiKey,
        body: {
          amount: '10.00',
          currency: 'EUR',
          date: '2026-02-10',
          method: 'bank_transfer',
          reference: 'PL-1',
        },
      });
      expect(paid.status, paid.text).toBe(201);
      const after = await api.request('GET', `/v1/invoices/${upfront?.id}`, { key: polish.apiKey });
      // Start's €29.00 under reverse charge: 10.00 paid, 19.00 still due.
      expect(after.body).toMatchObject({
        status: expect.stringMatching(/^(open|overdue)$/),
        total: { amount: '29.00' },
        amountPaid: { amount: '10.00' },
        amountDue: { amount: '19.00' },
      });
      const xml = await validatedEInvoice(polish, upfront?.id ?? '');
      expect(xml).toBe(before.text);
      expect(xml).toContain('<ram:GrandTotalAmount>29.00</ram:GrandTotalAmount>');
      expect(xml).toContain('<ram:DuePayableAmount>29.00</ram:DuePayableAmount>');
      expect(xml).not.toContain('TotalPrepaidAmount');
    });

    it('serves XRechnung 3.0 to a buyer with a buyer reference', async () => {
      const [upfront] = await invoicesOf(publicBuyer);
      const xml = await validatedEInvoice(publicBuyer, upfront?.id ?? '', true);
      expect(xml).toContain('urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0');
      expect(xml).toContain('<ram:BuyerReference>04011000-12345-67</ram:BuyerReference>');
      expect(xml).toContain('<ram:URIID schemeID="EM">erechnung@musterhausen.example</ram:URIID>');
    });

    it('serves a credit note as type 381 naming the invoice it corrects, set off rather than paid', async () => {
      const [upfront] = await invoicesOf(german);
      const credit = await api.request('POST', `/v1/invoices/${upfront?.id}/credit-notes`, {
        key: operatorKey,
        body: { reason: 'Goodwill', amount: '10.00' },
      });
      expect(credit.status).toBe(201);
      const response = await eInvoice(german, credit.body.id);
      expect(response.status).toBe(200);
      expect(response.text).toContain('<ram:TypeCode>381</ram:TypeCode>');
      expect(response.text).toMatch(
        new RegExp(`<ram:InvoiceReferencedDocument>\\s*<ram:IssuerAssignedID>${upfront?.number}<`),
      );
      // Stored negative, printed positive: 10.00 net, 1.90 VAT.
      expect(response.text).toContain('<ram:GrandTotalAmount>11.90</ram:GrandTotalAmount>');
      expect(response.text).toMatch(/<ram:SpecifiedTradeSettlementPaymentMeans>\s*<ram:TypeCode>97</);
    });
  });

  describe('error', () => {
    it('answers 409 e_invoice_incomplete naming the buyer’s missing address parts, even after details are given', async () => {
      const [early] = await invoicesOf(incomplete);
      expect(early?.kind).toBe('upfront');
      const before = await eInvoice(incomplete, early?.id ?? '');
      expect(before.status).toBe(409);
      expect(before.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(before.body.code).toBe('e_invoice_incomplete');
      expect(before.body.errors.map((error: { field: string }) => error.field)).toEqual([
        '/buyer/postalAddress/street',
        '/buyer/postalAddress/postalCode',
        '/buyer/postalAddress/city',
        '/buyer/postalAddress/country',
      ]);
      // A finalized invoice keeps the buyer it was issued to: later details do not complete it.
      const put = await api.request('PUT', '/v1/billing-details', {
        key: incomplete.apiKey,
        body: {
          legalName: 'Early Bird GmbH',
          address: { street: 'Odos Ermou 10', postalCode: '10563', city: 'Athina', country: 'GR' },
          vatId: 'EL123456789',
        },
      });
      expect(put.status).toBe(200);
      expect((await eInvoice(incomplete, early?.id ?? '')).status).toBe(409);
    });

    it.each([
      [
        'an unknown country',
        { address: { street: 'Elm St 1', postalCode: '1', city: 'X', country: 'XX' } },
        '/address/country',
      ],
      [
        'an address without its country',
        { address: { street: 'Elm St 1', postalCode: '1', city: 'X' } },
        '/address/country',
      ],
      [
        'a German VAT ID of eight digits',
        {
          address: { street: 'A 1', postalCode: '10115', city: 'Berlin', country: 'DE' },
          vatId: 'DE12345678',
        },
        '/vatId',
      ],
      [
        'a Polish VAT ID for a German address',
        {
          address: { street: 'A 1', postalCode: '10115', city: 'Berlin', country: 'DE' },
          vatId: 'PL5260250274',
        },
        '/vatId',
      ],
      [
        'a Greek VAT ID with the ISO prefix GR instead of EL',
        {
          address: { street: 'A 1', postalCode: '10563', city: 'Athina', country: 'GR' },
          vatId: 'GR123456789',
        },
        '/vatId',
      ],
      [
        'a buyer reference without the e-mail XRechnung sends to',
        { buyerReference: '991-12345-67' },
        '/email',
      ],
    ])('answers 400 for %s, naming the field, and writes nothing', async (_, body, field) => {
      const before = await api.request('GET', '/v1/billing-details', { key: german.apiKey });
      const response = await api.request('PUT', '/v1/billing-details', {
        key: german.apiKey,
        body: { legalName: 'Changed', vatRate: '7', ...body },
      });
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('validation_failed');
      expect(response.body.errors[0].field).toBe(field);
      const after = await api.request('GET', '/v1/billing-details', { key: german.apiKey });
      expect(after.body).toEqual(before.body);
    });
  });

  describe('security', () => {
    it('answers another account’s e-invoice, and a missing one, with 404', async () => {
      const [upfront] = await invoicesOf(german);
      const stranger = await eInvoice(polish, upfront?.id ?? '');
      expect(stranger.status).toBe(404);
      expect(stranger.text).not.toContain('Beispiel');
      expect((await eInvoice(german, 'inv_missing')).status).toBe(404);
      expect((await api.request('GET', `/v1/invoices/${upfront?.id}/e-invoice`)).status).toBe(401);
    });
  });
});
