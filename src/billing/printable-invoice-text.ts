import { chineseSliceFor, invoiceFallbackFontFace, invoiceFontFace } from './invoice-font.js';

/** What the PDF shows for a character it cannot draw: visibly missing, never a silent box. */
export const unprintableCharacter = '\uFFFD';

/**
 * Right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, N'Ko, …): DejaVu Sans has glyphs
 * for some of them, but pdfkit lays text out left to right only, so a multi-word name would
 * come out in the wrong order — wrong while looking right, which is worse than visibly missing.
 */
const rightToLeft = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}]/u;

/**
 * A stretch of text drawn in one font: the main one (DejaVu Sans), the Japanese fallback, or a
 * slice of the Chinese one (`chinese-4` is slice 4).
 */
export interface PrintableRun {
  text: string;
  font: 'main' | 'japanese' | `chinese-${number}`;
}

/**
 * The text as the invoice PDF prints it, in runs of one font each: composed (NFC, so "Z" plus a
 * combining acute is the one glyph "Ź" and reads back as such); each character in DejaVu Sans
 * when it has the glyph, else in the fallback (Noto Sans JP's Japanese subset) when that has
 * it, else in Noto Sans SC for simplified Chinese, else — and for every right-to-left
 * character — U+FFFD in the main font
 * (docs/invoice-pdf-scripts.md). Line breaks and tabs pass through: pdfkit lays them out and
 * they need no glyph.
 */
export function printableInvoiceRuns(text: string): { runs: PrintableRun[]; replaced: boolean } {
  const main = invoiceFontFace();
  const fallback = invoiceFallbackFontFace();
  let replaced = false;
  const runs: PrintableRun[] = [];
  const append = (character: string, font: PrintableRun['font']) => {
    const last = runs.at(-1);
    if (last?.font === font) last.text += character;
    else runs.push({ text: character, font });
  };
  for (const character of text.normalize('NFC')) {
    const codePoint = character.codePointAt(0) ?? 0;
    if (character === '\n' || character === '\t') {
      append(character, runs.at(-1)?.font ?? 'main');
    } else if (rightToLeft.test(character)) {
      append(unprintableCharacter, 'main');
      replaced = true;
    } else if (main.hasGlyphForCodePoint(codePoint)) {
      append(character, 'main');
    } else if (fallback.hasGlyphForCodePoint(codePoint)) {
      append(character, 'japanese');
    } else {
      const chineseSlice = chineseSliceFor(codePoint);
      if (chineseSlice !== undefined) {
        append(character, `chinese-${chineseSlice}`);
      } else {
        append(unprintableCharacter, 'main');
        replaced = true;
      }
    }
  }
  if (runs.length === 0) runs.push({ text: '', font: 'main' });
  return { runs, replaced };
}
