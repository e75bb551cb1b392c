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

describe('invoice PDF in Japanese and Chinese, through the fallback fonts', () => {
  it.each([
    ['Japanese (kanji, hiragana, katakana)', '株式会社さくらテック', '東京都千代田区丸の内1-1'],
    ['Chinese in forms Japanese shares', '北京星辰科技有限公司', '臺北市信義區'],
    ['a Japanese person', '山田 太郎', 'ヤマダ タロウ'],
    // 华 为 术 腾 讯 计 统 are simplified forms Japanese does not use: Noto Sans SC draws them.
    ['simplified Chinese', '上海华为技术有限公司', '深圳市腾讯计算机系统有限公司'],
    ['a Chinese person', '张伟', '刘洋 陈静'],
  ])('prints %s letter for letter', async (_script, name, address) => {
    const lines = await textOfInvoiceTo({ name, address });
    expect(lines).toContain(name);
    expect(lines).toContain(address);
    expect(lines.join(' ')).not.toContain('cannot show');
  });

  it('mixes the fonts within a line: Latin in DejaVu Sans, kanji in the fallback, read back in order', async () => {
    const lines = await textOfInvoiceTo(
      { name: 'Tōkyō 株式会社 (Japan) GmbH' },
      'スタートプラン monthly fee 月額',
    );
    expect(lines).toContain('Tōkyō 株式会社 (Japan) GmbH');
    expect(lines.some((line) => line.startsWith('スタートプラン monthly fee 月額'))).toBe(true);
  });

  it('embeds a subset of the fallback only when it is used', async () => {
    const fonts = (buyer: string) =>
      renderInvoicePdf(invoiceTo({ name: buyer }), 'UTC').then((pdf) =>
        pdfFonts(pdf)
          .split('\n')
          .slice(2)
          .filter((line) => line.trim() !== ''),
      );
    const japanese = await fonts('株式会社さくら');
    expect(japanese).toHaveLength(3);
    expect(japanese.join('\n')).toMatch(
      /^[A-Z]{6}\+NotoSansJP\S*\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes/m,
    );
    expect(await fonts('Łukasz')).toHaveLength(2);
    // 腾 and 讯 are simplified forms: the slices of Noto Sans SC that hold them are embedded too.
    const chinese = (await fonts('腾讯')).join('\n');
    expect(chinese).toMatch(/^[A-Z]{6}\+NotoSansSC\S*\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes/m);
    expect(chinese).not.toContain('NotoSansJP');
  });
});

describe('invoice PDF for scripts neither font covers', () => {
  // One test per script: exactly one U+FFFD per character (not per UTF-16 unit or byte),
  // everything else on the line as it was, and the note that says why.
  it.each([
    ['Korean', '주식회사 한빛', `${'\uFFFD'.repeat(4)} ${'\uFFFD'.repeat(2)}`],
    ['Arabic', 'شركة الأمل للتجارة', `${'\uFFFD'.repeat(4)} ${'\uFFFD'.repeat(5)} ${'\uFFFD'.repeat(7)}`],
    ['Hebrew', 'אורית כהן בע"מ', `${'\uFFFD'.repeat(5)} ${'\uFFFD'.repeat(3)} \uFFFD\uFFFD"\uFFFD`],
    ['an emoji beyond the BMP', 'Zoë 🌸 GmbH', 'Zoë \uFFFD GmbH'],
  ])('prints %s as U+FFFD per character, the rest exact', async (_script, name, printed) => {
    const lines = await textOfInvoiceTo({ name, address: `${name}, 10115 Berlin` });
    expect(lines).toContain(printed);
    expect(lines).toContain(`${printed}, 10115 Berlin`);
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
