import { describe, expect, it } from 'vitest';
import { en16931Guideline, xrechnungGuideline } from '../../src/billing/e-invoice/build-cii-invoice.js';
import { facturXConformanceLevel } from '../../src/billing/factur-x.js';
import type { Invoice } from '../../src/billing/invoice.js';
import { renderInvoicePdf } from '../../src/billing/invoice-pdf.js';
import { pdfEmbeddedFiles, pdfMetadata } from '../support/pdf-text.js';

const invoice: Invoice = {
  id: 'inv_fx',
  accountId: 'acc_fx',
  number: 'TLY-000007',
  sequence: 7,
  kind: 'upfront',
  sourceKey: 'fee:2026-03',
  issuedAt: Date.parse('2026-03-01T00:00:00Z'),
  period: { start: Date.parse('2026-03-01T00:00:00Z'), end: Date.parse('2026-04-01T00:00:00Z') },
  currency: 'EUR',
  seller: { name: 'Tally Billing GmbH (example seller)' },
  buyer: { name: 'Stadt Musterhausen' },
  lines: [{ description: 'Start plan, monthly fee', quantity: 1, unitPrice: 2900, amount: 2900 }],
  net: 2900,
  vatRateBasisPoints: 1900,
  vat: 551,
  total: 3451,
  reverseCharge: false,
  correctsInvoiceId: undefined,
};

describe('Factur-X profile of the hybrid PDF', () => {
  it('names the profile after the XML’s guideline: EN 16931, or XRECHNUNG for the German CIUS', () => {
    expect(facturXConformanceLevel(en16931Guideline)).toBe('EN 16931');
    expect(facturXConformanceLevel(xrechnungGuideline)).toBe('XRECHNUNG');
    expect(() => facturXConformanceLevel('urn:factur-x.eu:1p0:basic')).toThrow(/no Factur-X profile/);
  });

  it('declares XRECHNUNG in the XMP of a PDF that carries an XRechnung, and embeds the XML unchanged', async () => {
    const xml =
      '<?xml version="1.0" encoding="UTF-8"?>\n<rsm:CrossIndustryInvoice>Kämmerei</rsm:CrossIndustryInvoice>\n';
    const pdf = await renderInvoicePdf(invoice, 'UTC', {
      facturX: { xml, guideline: xrechnungGuideline, issuedAt: invoice.issuedAt },
    });
    expect(pdfMetadata(pdf)).toContain('<fx:ConformanceLevel>XRECHNUNG</fx:ConformanceLevel>');
    expect(pdfEmbeddedFiles(pdf).get('factur-x.xml')?.toString('utf8')).toBe(xml);
  });
});
