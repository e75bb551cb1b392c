import { describe, expect, it } from 'vitest';
import { buildCiiInvoice, type CiiInvoiceOutcome } from '../../../src/billing/e-invoice/build-cii-invoice.js';
import type { Party } from '../../../src/billing/invoice.js';
import {
  americanBuyer,
  berlin,
  germanBuyer,
  germanPublicBuyer,
  inputFor,
  invoiceOf,
  polishBuyer,
  sellerDetails,
} from '../../support/e-invoice-fixtures.js';

const january = { start: berlin('2026-01-01T00:00'), end: berlin('2026-02-01T00:00') };
const feeLine = { description: 'Start plan, monthly fee', quantity: 1, unitPrice: 2900, amount: 2900 };

function xmlOf(outcome: CiiInvoiceOutcome): string {
  if (!outcome.ok) throw new Error(`${outcome.code}: ${outcome.message}`);
  return outcome.xml;
}

function invoiceTo(
  buyer: Party = germanBuyer.party,
  overrides: Partial<Parameters<typeof invoiceOf>[0]> = {},
) {
  return invoiceOf({
    sequence: 1,
    kind: 'upfront',
    issuedAt: berlin('2026-01-01T03:00'),
    period: january,
    buyer,
    lines: [feeLine],
    vatRateBasisPoints: 1900,
    ...overrides,
  });
}

describe('CII e-invoice content', () => {
  it('writes dates as days in the account’s time zone, the period’s end as its last day', () => {
    // 23:30 UTC on 31 January is already 1 February in Berlin.
    const invoice = invoiceTo(germanBuyer.party, { issuedAt: Date.parse('2026-01-31T23:30:00Z') });
    const xml = xmlOf(buildCiiInvoice(inputFor(invoice, germanBuyer.details)));
    expect(xml).toMatch(/<ram:IssueDateTime>\s*<udt:DateTimeString format="102">20260201</);
    expect(xml).toMatch(/<ram:StartDateTime>\s*<udt:DateTimeString format="102">20260101</);
    expect(xml).toMatch(/<ram:EndDateTime>\s*<udt:DateTimeString format="102">20260131</);
    expect(xml).toMatch(/<ram:DueDateDateTime>\s*<udt:DateTimeString format="102">20260215</);
  });

  it('leaves the period out of an invoice that has none', () => {
    const invoice = invoiceTo(germanBuyer.party, { period: undefined });
    expect(xmlOf(buildCiiInvoice(inputFor(invoice, germanBuyer.details)))).not.toContain(
      'BillingSpecifiedPeriod',
    );
  });

  it('prints amounts exactly from cents, however large', () => {
    const line = { description: 'Scale plan × 4958', quantity: 4958, unitPrice: 24_900, amount: 123_454_200 };
    const invoice = invoiceTo(germanBuyer.party, { lines: [line] });
    const xml = xmlOf(buildCiiInvoice(inputFor(invoice, germanBuyer.details)));
    expect(xml).toContain('<ram:LineTotalAmount>1234542.00</ram:LineTotalAmount>');
    expect(xml).toContain('<ram:TaxTotalAmount currencyID="EUR">234562.98</ram:TaxTotalAmount>');
    expect(xml).toContain('<ram:GrandTotalAmount>1469104.98</ram:GrandTotalAmount>');
  });

  it('escapes markup in names and descriptions and keeps every script exactly', () => {
    const buyer = { ...germanBuyer.party, name: 'Müller & Söhne <Nord> "KG"' };
    const invoice = invoiceTo(buyer, {
      lines: [{ ...feeLine, description: 'Αθηνά · Москва · 東京 · שלום & co' }],
    });
    const xml = xmlOf(buildCiiInvoice(inputFor(invoice, germanBuyer.details)));
    expect(xml).toContain('<ram:Name>Müller &amp; Söhne &lt;Nord&gt; &quot;KG&quot;</ram:Name>');
    expect(xml).toContain('<ram:Name>Αθηνά · Москва · 東京 · שלום &amp; co</ram:Name>');
  });

  it('replaces characters XML cannot carry rather than writing a document no one can read', () => {
    const buyer = { ...germanBuyer.party, name: 'Bell\u0007 GmbH' };
    const xml = xmlOf(buildCiiInvoice(inputFor(invoiceTo(buyer), germanBuyer.details)));
    expect(xml).toContain('<ram:Name>Bell\uFFFD GmbH</ram:Name>');
  });

  it('names the seller’s VAT ID and tax number, and both parties’ electronic addresses', () => {
    const xml = xmlOf(buildCiiInvoice(inputFor(invoiceTo(), germanBuyer.details)));
    expect(xml).toContain('<ram:ID schemeID="VA">DE123456789</ram:ID>');
    expect(xml).toContain('<ram:ID schemeID="FC">30/123/45678</ram:ID>');
    expect(xml).toContain('<ram:URIID schemeID="EM">invoices@tally.example</ram:URIID>');
    expect(xml).toContain('<ram:URIID schemeID="EM">rechnungen@beispiel.example</ram:URIID>');
  });

  it('chooses the XRechnung guideline exactly when the buyer gives a buyer reference', () => {
    const plain = buildCiiInvoice(inputFor(invoiceTo(), germanBuyer.details));
    const xrechnung = buildCiiInvoice(
      inputFor(invoiceTo(germanPublicBuyer.party), germanPublicBuyer.details),
    );
    expect(plain).toMatchObject({ ok: true, guideline: 'urn:cen.eu:en16931:2017' });
    expect(xrechnung).toMatchObject({
      ok: true,
      guideline: 'urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0',
    });
  });
});

describe('CII e-invoice refusals', () => {
  it('refuses a credit note without the invoice it corrects', () => {
    const creditNote = invoiceTo(germanBuyer.party, {
      kind: 'credit_note',
      lines: [{ ...feeLine, unitPrice: -2900, amount: -2900 }],
    });
    expect(buildCiiInvoice(inputFor(creditNote, germanBuyer.details))).toMatchObject({
      ok: false,
      code: 'preceding_invoice_missing',
    });
  });

  it('refuses reverse charge when the buyer has no VAT ID', () => {
    const invoice = invoiceTo({ name: polishBuyer.party.name }, { reverseCharge: true });
    expect(buildCiiInvoice(inputFor(invoice, polishBuyer.details))).toMatchObject({
      ok: false,
      code: 'buyer_vat_id_missing',
    });
  });

  it('refuses a supply outside the EU when nothing but a VAT ID, which O forbids, names the seller', () => {
    const invoice = invoiceTo(americanBuyer.party, { vatRateBasisPoints: 0 });
    const { legalRegistrationId: _, ...sellerWithoutRegistration } = sellerDetails;
    expect(
      buildCiiInvoice({ ...inputFor(invoice, americanBuyer.details), seller: sellerWithoutRegistration }),
    ).toMatchObject({ ok: false, code: 'seller_identifier_missing' });
  });

  it('refuses XRechnung without the buyer’s electronic address', () => {
    const invoice = invoiceTo({ name: germanPublicBuyer.party.name });
    expect(buildCiiInvoice(inputFor(invoice, germanPublicBuyer.details))).toMatchObject({
      ok: false,
      code: 'buyer_electronic_address_missing',
    });
  });
});
