import { describe, expect, it } from 'vitest';
import type { Invoice, Party } from '../../src/billing/invoice.js';
import { renderInvoicePdf } from '../../src/billing/invoice-pdf.js';
import { pdfFonts, pdfReadingText, pdfText } from '../support/pdf-text.js';

const seller: Party = {
  name: 'Tally Billing GmbH (example seller)',
  address: 'Musterstraße 1, 10115 Berlin, Germany',
  vatId: 'DE000000000',
};

function invoiceTo(buyer: Party, lineDescription = 'Start plan, monthly fee'): Invoice {
  return {
    id: 'inv_scripts',
    accountId: 'acc_scripts',
    number: 'TLY-000042',
    sequence: 42,
    kind: 'upfront',
    sourceKey: 'fee:2026-03',
    issuedAt: Date.parse('2026-03-01T00:00:00Z'),
    period: { start: Date.parse('2026-03-01T00:00:00Z'), end: Date.parse('2026-04-01T00:00:00Z') },
    currency: 'EUR',
    seller,
    buyer,
    lines: [{ description: lineDescription, quantity: 1, unitPrice: 2900, amount: 2900 }],
    net: 2900,
    vatRateBasisPoints: 1900,
    vat: 551,
    total: 3451,
    reverseCharge: false,
    correctsInvoiceId: undefined,
  };
}

async function textOfInvoiceTo(buyer: Party, lineDescription?: string): Promise<string[]> {
  const pdf = await renderInvoicePdf(invoiceTo(buyer, lineDescription), 'UTC');
  return pdfReadingText(pdf).split('\n');
}

describe('invoice PDF in the scripts of European buyers', () => {
  it('prints a Polish buyer letter for letter', async () => {
    const lines = await textOfInvoiceTo({
      name: 'Łukasz Żółć Sp. z o.o.',
      address: 'ul. Świętokrzyska 12, 00-916 Warszawa, Polska',
      email: 'księgowość@żółć.pl',
    });
    expect(lines).toContain('Łukasz Żółć Sp. z o.o.');
    expect(lines).toContain('ul. Świętokrzyska 12, 00-916 Warszawa, Polska');
    expect(lines).toContain('księgowość@żółć.pl');
  });

  it('prints a Czech buyer letter for letter', async () => {
    const lines = await textOfInvoiceTo({
      name: 'Řehoř Čermák & Dvořáková s.r.o.',
      address: 'Náměstí Míru 15, 120 00 Praha 2 – Vinohrady, Česko (ťuk, ďas, ňouma, růže)',
    });
    expect(lines).toContain('Řehoř Čermák & Dvořáková s.r.o.');
    expect(lines).toContain('Náměstí Míru 15, 120 00 Praha 2 – Vinohrady, Česko (ťuk, ďas, ňouma, růže)');
  });

  it('prints a Turkish buyer letter for letter, dotted and dotless i apart', async () => {
    const lines = await textOfInvoiceTo({
      name: 'Şükrü Çağlar İnşaat A.Ş.',
      address: 'İstiklal Caddesi No. 1, 34433 Beyoğlu/İstanbul, Türkiye (ılık, IĞDIR)',
    });
    expect(lines).toContain('Şükrü Çağlar İnşaat A.Ş.');
    expect(lines).toContain('İstiklal Caddesi No. 1, 34433 Beyoğlu/İstanbul, Türkiye (ılık, IĞDIR)');
  });

  it('prints a Greek buyer letter for letter, accents included', async () => {
    const lines = await textOfInvoiceTo({
      name: 'Αθηνά Παπαδοπούλου Α.Ε.',
      address: 'Οδός Ερμού 25, 105 63 Αθήνα, Ελλάδα (ΐ, ΰ, ς)',
    });
    expect(lines).toContain('Αθηνά Παπαδοπούλου Α.Ε.');
    expect(lines).toContain('Οδός Ερμού 25, 105 63 Αθήνα, Ελλάδα (ΐ, ΰ, ς)');
  });

  it('prints a Cyrillic buyer letter for letter (Russian, Ukrainian, Bulgarian, Serbian)', async () => {
    const lines = await textOfInvoiceTo({
      name: 'ООО «Щука и Ёж»',
      address: 'вул. Ґонти 3, Київ; ул. „Шипка“ 5, София; Ђурђевданска 7, Београд (ї, є, ў, ђ, љ)',
    });
    expect(lines).toContain('ООО «Щука и Ёж»');
    expect(lines).toContain(
      'вул. Ґонти 3, Київ; ул. „Шипка“ 5, София; Ђурђевданска 7, Београд (ї, є, ў, ђ, љ)',
    );
  });

  it('prints line descriptions in any of these scripts, ligature-prone letters included', async () => {
    const lines = await textOfInvoiceTo({ name: 'Officina Fiorentina' }, 'Доплата: Żółć, Ωμέγα');
    expect(lines).toContain('Officina Fiorentina');
    expect(lines).toContain('Доплата: Żółć, Ωμέγα');
  });

  it('composes decomposed input, so a combining accent reads back as the one letter', async () => {
    const lines = await textOfInvoiceTo({ name: 'Z\u0301o\u0301ł\u0107 Nowak' });
    expect(lines).toContain('Źółć Nowak');
  });
});

describe('invoice PDF for scripts its font does not cover', () => {
  it('prints U+FFFD for CJK characters and says why, never an empty glyph box', async () => {
    const lines = await textOfInvoiceTo({ name: 'Tōkyō 株式会社' });
    expect(lines).toContain('Tōkyō \uFFFD\uFFFD\uFFFD\uFFFD');
    expect(lines.join(' ')).toMatch(/Characters this PDF's font cannot show are printed as \uFFFD/);
  });

  it('prints U+FFFD for right-to-left scripts, which pdfkit would lay out in the wrong order', async () => {
    const lines = await textOfInvoiceTo({ name: 'שלום בע"מ / شركة' });
    expect(lines).toContain('\uFFFD\uFFFD\uFFFD\uFFFD \uFFFD\uFFFD"\uFFFD / \uFFFD\uFFFD\uFFFD\uFFFD');
  });

  it('adds no such note when every character is printable', async () => {
    const lines = await textOfInvoiceTo({ name: 'Łukasz Żółć Sp. z o.o.' });
    expect(lines.join(' ')).not.toContain('cannot show');
  });
});

describe('invoice PDF fonts', () => {
  it('embeds subsets of DejaVu Sans, regular and bold, and no unembedded standard font', async () => {
    const fonts = pdfFonts(await renderInvoicePdf(invoiceTo({ name: 'Łukasz' }), 'UTC'))
      .split('\n')
      .slice(2)
      .filter((line) => line.trim() !== '');
    expect(fonts).toHaveLength(2);
    expect(fonts[0]).toMatch(/^[A-Z]{6}\+DejaVuSans\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes/);
    expect(fonts[1]).toMatch(/^[A-Z]{6}\+DejaVuSans-Bold\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes/);
  });
});

describe('invoice PDF layout', () => {
  it('keeps seven-digit amounts, negative ones too, on the line of their label', async () => {
    const invoice: Invoice = {
      ...invoiceTo({ name: 'Big Buyer AG' }),
      lines: [
        { description: 'Scale plan, yearly fee', quantity: 500, unitPrice: 249_000, amount: 124_500_000 },
        {
          description: 'Credit for the unused Expand plan',
          quantity: 1,
          unitPrice: -99_000,
          amount: -99_000,
        },
      ],
      net: 124_401_000,
      vat: 23_636_190,
      total: 148_037_190,
    };
    const text = pdfText(await renderInvoicePdf(invoice, 'UTC'));
    expect(text).toMatch(/Scale plan, yearly fee\s+500\s+EUR 2490\.00\s+EUR 1245000\.00\n/);
    expect(text).toMatch(/Credit for the unused Expand plan\s+1\s+EUR -990\.00\s+EUR -990\.00\n/);
    expect(text).toMatch(/Net\s+EUR 1244010\.00\n/);
    expect(text).toMatch(/Total\s+EUR 1480371\.90\n/);
  });
});
