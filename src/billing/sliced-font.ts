import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** One file of a font cut by Unicode range, as a web font's CSS lists it. */
export interface FontSlice {
  /** The slice's number, the same in every weight of the font ("[4]" in the CSS). */
  index: number;
  path: string;
  ranges: readonly (readonly [number, number])[];
}

/**
 * The slices a web font's stylesheet names, with the code points each covers (its
 * `unicode-range`): large CJK fonts ship cut into about a hundred files this way, and a
 * document needs only the few its text touches.
 */
export function readFontSlices(cssPath: string): FontSlice[] {
  const css = readFileSync(cssPath, 'utf8');
  const slices: FontSlice[] = [];
  for (const block of css.split('@font-face').slice(1)) {
    const file = /src:\s*url\(['"]?([^'")]+)['"]?\)/.exec(block)?.[1];
    const rangeList = /unicode-range:\s*([^;]+);/.exec(block)?.[1];
    const index = /\.(\d+)\.woff2$/.exec(file ?? '')?.[1];
    if (!file || !rangeList || index === undefined) continue;
    const ranges = rangeList.split(',').map((range): [number, number] => {
      const [start = '', end] = range.trim().replace(/^U\+/i, '').split('-');
      return [Number.parseInt(start, 16), Number.parseInt(end ?? start, 16)];
    });
    slices.push({ index: Number(index), path: join(dirname(cssPath), file), ranges });
  }
  return slices;
}

/** The slice whose range holds the code point, if any. */
export function sliceFor(slices: readonly FontSlice[], codePoint: number): FontSlice | undefined {
  return slices.find((slice) => slice.ranges.some(([start, end]) => codePoint >= start && codePoint <= end));
}
