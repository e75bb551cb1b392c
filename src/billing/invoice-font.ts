import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { create, type Font, openSync } from 'fontkit';
import { type FontSlice, readFontSlices, sliceFor } from './sliced-font.js';
import { woffToSfnt } from './woff-to-sfnt.js';

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

/**
 * The first fallback for what DejaVu Sans lacks: Noto Sans JP's Japanese subset (kana, the JIS
 * kanji — most Chinese characters in their traditional and Japanese forms — fullwidth forms),
 * one WOFF file per weight from `@openfonts/noto-sans-jp_japanese` (SIL OFL), which fontkit
 * reads and pdfkit subsets like the main font (decision 0048, docs/invoice-pdf-scripts.md).
 */
const fallbackFiles = {
  regular: resolveFromPackage('@openfonts/noto-sans-jp_japanese/files/noto-sans-jp-japanese-400.woff'),
  bold: resolveFromPackage('@openfonts/noto-sans-jp_japanese/files/noto-sans-jp-japanese-700.woff'),
} as const;

let fallbackFonts: { regular: Buffer; bold: Buffer } | undefined;

/** The fallback's two weights as TrueType bytes, unwrapped from WOFF once per process (2.6 MB each). */
export function invoiceFallbackFont(): { regular: Buffer; bold: Buffer } {
  fallbackFonts ??= {
    regular: woffToSfnt(readFileSync(fallbackFiles.regular)),
    bold: woffToSfnt(readFileSync(fallbackFiles.bold)),
  };
  return fallbackFonts;
}

function single(font: ReturnType<typeof create>, name: string): Font {
  if (!('hasGlyphForCodePoint' in font)) throw new Error(`${name} is a font collection`);
  return font;
}

let regularFace: Font | undefined;
let fallbackFace: Font | undefined;

/** The regular face as fontkit reads it, opened once, to ask which characters it can draw. */
export function invoiceFontFace(): Font {
  regularFace ??= single(openSync(invoiceFont.regular), invoiceFont.regular);
  return regularFace;
}

/**
 * The fallback's regular face, to ask the same. Its bold face has the same character set,
 * so what the regular can draw the bold can too.
 */
export function invoiceFallbackFontFace(): Font {
  fallbackFace ??= single(create(invoiceFallbackFont().regular), fallbackFiles.regular);
  return fallbackFace;
}

/**
 * The second fallback, for simplified Chinese: Noto Sans SC from the `noto-sans-sc` package
 * (SIL OFL fonts), cut by Unicode range into about a hundred WOFF2 files per weight, numbered
 * alike in both weights. Only the slices a text needs are opened, and pdfkit embeds a subset
 * of each slice a PDF uses.
 */
const chineseStylesheets = {
  regular: resolveFromPackage('noto-sans-sc/noto_sans_sc_regular/css.css'),
  bold: resolveFromPackage('noto-sans-sc/noto_sans_sc_bold/css.css'),
} as const;

let chineseSlices: { regular: FontSlice[]; bold: FontSlice[] } | undefined;
const sliceFaces = new Map<string, Font>();

function chineseSlicesOf(weight: 'regular' | 'bold'): FontSlice[] {
  chineseSlices ??= {
    regular: readFontSlices(chineseStylesheets.regular),
    bold: readFontSlices(chineseStylesheets.bold),
  };
  return chineseSlices[weight];
}

/**
 * The number of the Chinese slice that draws the code point, checked against the slice's own
 * glyphs (in the regular weight; the bold is cut alike), or undefined.
 */
export function chineseSliceFor(codePoint: number): number | undefined {
  const slice = sliceFor(chineseSlicesOf('regular'), codePoint);
  if (!slice) return undefined;
  let face = sliceFaces.get(slice.path);
  if (!face) {
    face = single(openSync(slice.path), slice.path);
    sliceFaces.set(slice.path, face);
  }
  return face.hasGlyphForCodePoint(codePoint) ? slice.index : undefined;
}

/** Where slice `index` of the Chinese fallback is in a weight. */
export function chineseSlicePath(index: number, weight: 'regular' | 'bold'): string {
  const slice = chineseSlicesOf(weight).find((candidate) => candidate.index === index);
  if (!slice) throw new Error(`Noto Sans SC ${weight} has no slice ${index}`);
  return slice.path;
}
