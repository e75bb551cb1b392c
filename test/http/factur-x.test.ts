import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from '../support/engines.js';
import { type Harness, operatorKey, startHarness, type TestAccount } from '../support/http-harness.js';
import { pdfEmbeddedFiles, pdfInfo, pdfMetadata, pdfText } from '../support/pdf-text.js';
import { validateFacturX } from '../support/validate-cii.js';

interface InvoiceView {
  id: string;
  number: string;
  kind: string;
}

/**
 * GET /v1/invoices/{id}/pdf as a ZUGFeRD / Factur-X hybrid: a PDF/A-3 that carries the same
 * CII XML as GET …/e-invoice as `factur-x.xml`, declared in its XMP; and, for an invoice
 * without an e-invoice, the readable PDF alone. Two validator runs per engine (each starts a
 * JVM): an invoice and a credit note.
 */
describe.each(engines)('Factur-X invoice PDFs on %s', (engine) => {
  let api: Harness;
  let german: TestAccount;
  let incomplete: TestAccount;
  const invoicesOf = async (account: TestAccount): Promise<InvoiceView[]> =>
    (await api.request('GET', '/v1/invoices', { key: account.apiKey })).body.data;
  /** The PDF's bytes, which the harness's text-decoding `request` would not keep. */
  const pdfOf = async (account: TestAccount, id: string) => {
    const response = await fetch(`${api.url}/v1/invoices/${id}/pdf`, {
      headers: { authorization: `Bearer ${account.apiKey}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    return {
      pdf: Buffer.from(await response.arrayBuffer()),
      eInvoice: response.headers.get('tally-e-invoice'),
    };
  };
  const eInvoiceBytes = async (account: TestAccount, id: string) => {
    const response = await fetch(`${api.url}/v1/invoices/${id}/e-invoice`, {
      headers: { authorization: `Bearer ${account.apiKey}` },
    });
    expect(response.status).toBe(200);
    return Buffer.from(await response.arrayBuffer());
  };

  /** Asserts the hybrid's parts and answers its embedded XML. */
  async function validatedHybrid(account: TestAccount, id: string) {
    const { pdf, eInvoice } = await pdfOf(account, id);
    expect(eInvoice).toBe('embedded');
    const report = await validateFacturX(pdf);
    expect(report.output).toContain('factur-x.xml');
    expect(report.output).toContain('schema: ok');
    expect(report.output).toMatch(/EN 16931 rules: ok/);
    expect(report.fatal).toBe(0);
    expect(report.exitCode).toBe(0);
    expect(pdfInfo(pdf)).toMatch(/^PDF version:\s+1\.7$/m);
    const metadata = pdfMetadata(pdf);
    expect(metadata).toContain('<pdfaid:part>3</pdfaid:part>');
    expect(metadata).toContain('<pdfaid:conformance>B</pdfaid:conformance>');
    expect(metadata).toContain('<fx:DocumentType>INVOICE</fx:DocumentType>');
    expect(metadata).toContain('<fx:DocumentFileName>factur-x.xml</fx:DocumentFileName>');
    expect(metadata).toContain('<fx:Version>1.0</fx:Version>');
    expect(metadata).toContain('<fx:ConformanceLevel>EN 16931</fx:ConformanceLevel>');
    // PDF/A admits the fx: properties only with their schema described in the same packet.
    expect(metadata).toMatch(
      /<pdfaSchema:namespaceURI>urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#<\/pdfaSchema:namespaceURI>\s*<pdfaSchema:prefix>fx</,
    );
    // pdfkit writes its dictionaries uncompressed: the catalog's /AF and the file spec's relationship.
    const raw = pdf.toString('latin1');
    expect(raw).toMatch(/\/Type \/Catalog\n(?:\/\w+ [^\n>]*\n)*\/AF \[\d+ 0 R\]/);
    expect(raw).toMatch(/\/AFRelationship \/Alternative\s*\/F \(factur-x\.xml\)/);
    expect(raw).toContain('/Subtype /text#2Fxml');
    const files = pdfEmbeddedFiles(pdf);
    expect([...files.keys()]).toEqual(['factur-x.xml']);
    return { pdf, xml: files.get('factur-x.xml') ?? Buffer.alloc(0) };
  }

  beforeAll(async () => {
    api = await startHarness(engine);
    api.setClock('2026-01-01T00:00:00Z');
    // Issued its first upfront invoice on creation, before it gave any billing details.
    incomplete = await api.createAccount({ name: 'Early Bird GmbH', plan: 'start' });
    // Starts in February, so its first upfront invoice follows its structured details.
    german = await api.createAccount({
      name: 'Beispiel Handels GmbH',
      plan: 'start',
      startsAt: '2026-02-01T00:00:00+01:00',
    });
    api.setClock('2026-01-15T10:00:00Z');
    const put = await api.request('PUT', '/v1/billing-details', {
      key: german.apiKey,
      body: {
        legalName: 'Beispiel Handels GmbH',
        address: { street: 'Hauptstraße 5', postalCode: '80331', city: 'München', country: 'DE' },
        vatId: 'DE987654321',
        email: 'rechnungen@beispiel.example',
        vatRate: '19',
      },
    });
    if (put.status !== 200) throw new Error(`billing details refused: ${put.text}`);
    api.setClock('2026-02-01T03:00:00Z');
    await api.request('POST', '/v1/billing/close', { key: operatorKey, body: {} });
  });
  afterAll(() => api.dispose());

  describe('happy', () => {
    it('serves the invoice as a PDF/A-3 carrying the /e-invoice XML byte for byte, still readable as text', async () => {
      const [upfront] = await invoicesOf(german);
      expect(upfront?.kind).toBe('upfront');
      const { pdf, xml } = await validatedHybrid(german, upfront?.id ?? '');
      expect(xml.equals(await eInvoiceBytes(german, upfront?.id ?? ''))).toBe(true);
      expect(xml.toString('utf8')).toContain(`<ram:ID>${upfront?.number}</ram:ID>`);
      const text = pdfText(pdf);
      expect(text).toContain('Beispiel Handels GmbH');
      expect(text).toContain('Hauptstraße 5, 80331 München, DE');
      expect(text).toContain(upfront?.number);
    });

    it('serves a credit note the same way, its XML a 381 that names the corrected invoice', async () => {
      const [upfront] = await invoicesOf(german);
      const credit = await api.request('POST', `/v1/invoices/${upfront?.id}/credit-notes`, {
        key: operatorKey,
        body: { reason: 'Goodwill', amount: '10.00' },
      });
      expect(credit.status).toBe(201);
      const { pdf, xml } = await validatedHybrid(german, credit.body.id);
      expect(xml.equals(await eInvoiceBytes(german, credit.body.id))).toBe(true);
      expect(xml.toString('utf8')).toContain('<ram:TypeCode>381</ram:TypeCode>');
      expect(pdfText(pdf)).toContain(`Corrects invoice ${upfront?.number}`);
    });
  });

  describe('without an e-invoice', () => {
    it('serves an invoice issued before structured details as a readable PDF without attachment', async () => {
      const [early] = await invoicesOf(incomplete);
      expect(
        (await api.request('GET', `/v1/invoices/${early?.id}/e-invoice`, { key: incomplete.apiKey })).status,
      ).toBe(409);
      const { pdf, eInvoice } = await pdfOf(incomplete, early?.id ?? '');
      expect(eInvoice).toBe('absent');
      expect(pdfText(pdf)).toContain('Early Bird GmbH');
      expect(pdfEmbeddedFiles(pdf).size).toBe(0);
      const metadata = pdfMetadata(pdf);
      // Still an archivable PDF/A-3, but it declares no Factur-X document it does not carry.
      expect(metadata).toContain('<pdfaid:part>3</pdfaid:part>');
      expect(metadata).not.toContain('fx:');
      expect(pdf.toString('latin1')).not.toContain('/AF [');
    });
  });
});
