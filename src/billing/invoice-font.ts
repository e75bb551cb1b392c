import { createRequire } from 'node:module';
import { type Font, openSync } from 'fontkit';

/**
 * The invoice PDF's typeface: DejaVu Sans from the `dejavu-fonts-ttf` package (decision
 * 0040). It covers Latin with every European diacritic, Greek and Cyrillic, which pdfkit's
 * built-in Helvetica (WinAnsi only) garbles. The files are resolved through the package, so
 * the same code finds them from `src/` under tsx or vitest and from the built `dist/`.
 */
const resolveFromPackage = createRequire(import.meta.url).resolve;

export const invoiceFont = {
  regular: resolveFromPackage('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
  bold: resolveFromPackage('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
} as const;

let regularFace: Font | undefined;

/** The regular face as fontkit reads it, opened once, to ask which characters it can draw. */
export function invoiceFontFace(): Font {
  if (!regularFace) {
    const opened = openSync(invoiceFont.regular);
    if (!('hasGlyphForCodePoint' in opened)) throw new Error(`${invoiceFont.regular} is a font collection`);
    regularFace = opened;
  }
  return regularFace;
}
