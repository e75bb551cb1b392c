import { invoiceFontFace } from './invoice-font.js';

/** What the PDF shows for a character it cannot draw: visibly missing, never a silent box. */
export const unprintableCharacter = '\uFFFD';

/**
 * Right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, N'Ko, …): DejaVu Sans has glyphs
 * for some of them, but pdfkit lays text out left to right only, so a multi-word name would
 * come out in the wrong order — wrong while looking right, which is worse than visibly missing.
 */
const rightToLeft = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}]/u;

/**
 * The text as the invoice PDF prints it: composed (NFC, so "Z" plus a combining acute is the
 * one glyph "Ź" and reads back as such), with every character the embedded font cannot draw,
 * or can draw only in the wrong order, replaced by U+FFFD (docs/invoice-pdf-scripts.md).
 * Line breaks and tabs pass through: pdfkit lays them out and they need no glyph.
 */
export function printableInvoiceText(text: string): { text: string; replaced: boolean } {
  const face = invoiceFontFace();
  let replaced = false;
  let printable = '';
  for (const character of text.normalize('NFC')) {
    const codePoint = character.codePointAt(0) ?? 0;
    const drawable =
      character === '\n' ||
      character === '\t' ||
      (face.hasGlyphForCodePoint(codePoint) && !rightToLeft.test(character));
    if (drawable) {
      printable += character;
    } else {
      printable += unprintableCharacter;
      replaced = true;
    }
  }
  return { text: printable, replaced };
}
