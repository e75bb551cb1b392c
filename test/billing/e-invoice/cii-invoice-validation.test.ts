import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../src/billing/catalog.js';
import { buildCiiInvoice } from '../../../src/billing/e-invoice/build-cii-invoice.js';
import type { EInvoiceInput } from '../../../src/billing/e-invoice/e-invoice-input.js';
import { upfrontLines } from '../../../src/billing/upfront-lines.js';
import { prorateHalfUp } from '../../../src/domain/money.js';
import {
  americanBuyer,
  berlin,
  germanBuyer,
  germanPublicBuyer,
  inputFor,
  invoiceOf,
  polishBuyer,
  setOffPayment,
} from '../../support/e-invoice-fixtures.js';
import { validateCii } from '../../support/validate-cii.js';

/**
 * Every kind of document Tally issues, built as CII and put through the checks a receiver
 * runs (../shared/einvoice): XML Schema, the EN 16931 rules, and for buyers with a buyer
 * reference the XRechnung 3.0 rules. One validator run per kind: each starts a JVM.
 */
const catalog = loadCatalog();
const january = { start: berlin('2026-01-01T00:00'), end: berlin('2026-02-01T00:00') };

/** The XML if the builder accepted the input, and a validator report with no failed fatal rule. */
async function validXml(input: EInvoiceInput, xrechnung = false): Promise<string> {
  const outcome = buildCiiInvoice(input);
  if (!outcome.ok) throw new Error(`${outcome.code}: ${outcome.message}`);
  const report = await validateCii(outcome.xml, { xrechnung });
  expect(report.output).toContain('schema: ok');
  expect(report.output).toMatch(/EN 16931 rules: ok/);
  if (xrechnung) expect(report.output).toMatch(/XRechnung rules: ok/);
  expect(report.fatal).toBe(0);
  expect(report.exitCode).toBe(0);
  return outcome.xml;
}

const planChange = invoiceOf({
  sequence: 3,
  kind: 'change',
  issuedAt: berlin('2026-01-10T09:30'),
  period: { start: berlin('2026-01-10T00:00'), end: january.end },
  buyer: germanBuyer.party,
  lines: [
    {
      description: 'Grow plan, monthly fee for 22 of 31 days',
      quantity: 1,
      unitPrice: prorateHalfUp(5900, 22, 31),
      amount: prorateHalfUp(5900, 22, 31),
    },
    {
      description: 'Credit: unused Start plan, monthly fee for 22 of 31 days',
      quantity: 1,
      unitPrice: -prorateHalfUp(2900, 22, 31),
      amount: -prorateHalfUp(2900, 22, 31),
    },
  ],
  vatRateBasisPoints: 1900,
});

const addonPurchase = invoiceOf({
  sequence: 4,
  kind: 'change',
  issuedAt: berlin('2026-01-20T14:00'),
  period: { start: berlin('2026-01-20T00:00'), end: january.end },
  buyer: germanPublicBuyer.party,
  lines: [
    {
      description: '20 added add-on contacts, current month at €0.25',
      quantity: 20,
      unitPrice: 25,
      amount: 500,
    },
  ],
  vatRateBasisPoints: 1900,
});

describe('CII e-invoices pass the receivers’ validators', () => {
  it('an upfront fee with add-on contacts at 19 % VAT (category S), rounded half-up like Tally', async () => {
    const invoice = invoiceOf({
      sequence: 1,
      kind: 'upfront',
      issuedAt: berlin('2026-01-01T03:00'),
      period: january,
      buyer: germanBuyer.party,
      lines: upfrontLines(catalog, { planId: 'start', cycle: 'monthly', addonContacts: 30 }),
      vatRateBasisPoints: 1900,
    });
    // 36.50 × 19 % = 6.935: Tally's half-up rounding and BR-CO-17 both make it 6.94.
    expect(invoice.vat).toBe(694);
    const xml = await validXml(inputFor(invoice, germanBuyer.details));
    expect(xml).toContain('<ram:ID>urn:cen.eu:en16931:2017</ram:ID>');
    expect(xml).toContain('<ram:TaxTotalAmount currencyID="EUR">6.94</ram:TaxTotalAmount>');
    expect(xml).toContain('<ram:GrandTotalAmount>43.44</ram:GrandTotalAmount>');
  });

  it('a plan change with a pro-rata credit line: negative quantity at a positive price', async () => {
    const xml = await validXml(inputFor(planChange, germanBuyer.details));
    expect(xml).toMatch(/<ram:ChargeAmount>20\.58<\/ram:ChargeAmount>[\s\S]*?unitCode="C62">-1</);
    expect(xml).toContain('<ram:LineTotalAmount>41.87</ram:LineTotalAmount>');
    expect(xml).toContain('<ram:LineTotalAmount>-20.58</ram:LineTotalAmount>');
    // The header's sum of lines (BT-106): 41.87 − 20.58.
    expect(xml).toContain('<ram:LineTotalAmount>21.29</ram:LineTotalAmount>');
  });

  it('an add-on purchase to a buyer with a Leitweg-ID is XRechnung 3.0', async () => {
    const xml = await validXml(inputFor(addonPurchase, germanPublicBuyer.details), true);
    expect(xml).toContain('urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0');
    expect(xml).toContain('<ram:BuyerReference>04011000-12345-67</ram:BuyerReference>');
  });

  it('overusage to a business in another member state under reverse charge (category AE)', async () => {
    const invoice = invoiceOf({
      sequence: 5,
      kind: 'overusage',
      issuedAt: berlin('2026-02-01T01:00'),
      period: january,
      buyer: polishBuyer.party,
      lines: [
        {
          description:
            'Overusage 2026-01-01 – 2026-02-01: 70 active contacts, allowance 50, 20 over at €0.25',
          quantity: 20,
          unitPrice: 25,
          amount: 500,
        },
      ],
      vatRateBasisPoints: 1900,
      reverseCharge: true,
    });
    const xml = await validXml(inputFor(invoice, polishBuyer.details));
    expect(xml).toContain('<ram:CategoryCode>AE</ram:CategoryCode>');
    expect(xml).toContain('<ram:ExemptionReasonCode>VATEX-EU-AE</ram:ExemptionReasonCode>');
    expect(xml).toContain('<ram:Name>Łukasz Żółć Sp. z o.o.</ram:Name>');
    expect(xml).toContain('<ram:ID schemeID="VA">PL5260250274</ram:ID>');
  });

  it('an upfront fee to a business outside the EU is not subject to VAT (category O, no VAT IDs)', async () => {
    // The buyer gives its order number as buyer reference, so XRechnung's rules apply as well:
    // they want the breakdown's rate (BR-DE-14), which EN 16931 forbids only on lines (BR-O-5).
    const invoice = invoiceOf({
      sequence: 6,
      kind: 'upfront',
      issuedAt: berlin('2026-01-01T03:00'),
      period: { start: january.start, end: berlin('2027-01-01T00:00') },
      buyer: americanBuyer.party,
      lines: upfrontLines(catalog, { planId: 'grow', cycle: 'yearly', addonContacts: 0 }),
      vatRateBasisPoints: 0,
    });
    const xml = await validXml(
      inputFor(invoice, { ...americanBuyer.details, buyerReference: 'PO-4711' }),
      true,
    );
    expect(xml).toContain('<ram:CategoryCode>O</ram:CategoryCode>');
    expect(xml).not.toContain('schemeID="VA"');
    expect(xml.match(/<ram:RateApplicablePercent>/g)).toHaveLength(1);
    expect(xml).toContain('<ram:RateApplicablePercent>0.00</ram:RateApplicablePercent>');
    expect(xml).toMatch(/<ram:EndDateTime>\s*<udt:DateTimeString format="102">20261231</);
  });

  it('a credit note of a whole plan change (381, positive amounts, the preceding invoice named)', async () => {
    const creditNote = invoiceOf({
      sequence: 7,
      kind: 'credit_note',
      issuedAt: berlin('2026-01-12T11:00'),
      period: planChange.period,
      buyer: germanBuyer.party,
      lines: [
        ...planChange.lines.map((line) => ({
          description: `Credit: ${line.description}`,
          quantity: line.quantity,
          unitPrice: -line.unitPrice,
          amount: -line.amount,
        })),
        { description: 'Reason: plan changed by mistake', quantity: 0, unitPrice: 0, amount: 0 },
      ],
      vatRateBasisPoints: 1900,
      correctsInvoiceId: planChange.id,
    });
    expect(creditNote.total).toBeLessThan(0);
    const xml = await validXml(inputFor(creditNote, germanBuyer.details, setOffPayment, planChange));
    expect(xml).toContain('<ram:TypeCode>381</ram:TypeCode>');
    expect(xml).toContain(`<ram:IssuerAssignedID>${planChange.number}</ram:IssuerAssignedID>`);
    // 21.29 net + 4.05 VAT credited, printed positive under type code 381.
    expect(xml).toContain('<ram:DuePayableAmount>25.34</ram:DuePayableAmount>');
  });

  it('a partial credit note to a buyer with a Leitweg-ID is XRechnung 3.0 too', async () => {
    const creditNote = invoiceOf({
      sequence: 8,
      kind: 'credit_note',
      issuedAt: berlin('2026-01-25T10:00'),
      period: addonPurchase.period,
      buyer: germanPublicBuyer.party,
      lines: [{ description: 'Credit: duplicate import', quantity: 1, unitPrice: -200, amount: -200 }],
      vatRateBasisPoints: 1900,
      correctsInvoiceId: addonPurchase.id,
    });
    const xml = await validXml(
      inputFor(creditNote, germanPublicBuyer.details, setOffPayment, addonPurchase),
      true,
    );
    expect(xml).toContain('<ram:TypeCode>381</ram:TypeCode>');
    expect(xml).toContain('<ram:GrandTotalAmount>2.38</ram:GrandTotalAmount>');
  });

  it('and the harness sees a rule fail: a negative item price breaks BR-27', async () => {
    const outcome = buildCiiInvoice(inputFor(planChange, germanBuyer.details));
    if (!outcome.ok) throw new Error(outcome.message);
    const tampered = outcome.xml.replace('<ram:ChargeAmount>20.58<', '<ram:ChargeAmount>-20.58<');
    const report = await validateCii(tampered, { xrechnung: false });
    expect(report.exitCode).toBe(1);
    expect(report.fatal).toBe(1);
    expect(report.output).toContain('fatal BR-27');
  });
});
