import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFontSlices, sliceFor } from '../../src/billing/sliced-font.js';

describe('a font cut by Unicode range', () => {
  it('reads each slice’s file and ranges from the stylesheet and finds the slice of a code point', () => {
    const directory = mkdtempSync(join(tmpdir(), 'tally-slices-'));
    try {
      const css = join(directory, 'css.css');
      writeFileSync(
        css,
        `/* [4] */
@font-face {
  font-family: 'Noto Sans SC';
  src: url(abc.4.woff2) format('woff2');
  unicode-range: U+1f1e9-1f1f5, U+1f21a;
}
/* [7] */
@font-face {
  font-family: 'Noto Sans SC';
  src: url('abc.7.woff2') format('woff2');
  unicode-range: U+817e, U+8baf, U+4e00-4e0f;
}
`,
      );
      const slices = readFontSlices(css);
      expect(slices).toEqual([
        {
          index: 4,
          path: join(directory, 'abc.4.woff2'),
          ranges: [
            [0x1f1e9, 0x1f1f5],
            [0x1f21a, 0x1f21a],
          ],
        },
        {
          index: 7,
          path: join(directory, 'abc.7.woff2'),
          ranges: [
            [0x817e, 0x817e],
            [0x8baf, 0x8baf],
            [0x4e00, 0x4e0f],
          ],
        },
      ]);
      expect(sliceFor(slices, '腾'.codePointAt(0) as number)?.index).toBe(7);
      expect(sliceFor(slices, 0x4e0f)?.index).toBe(7);
      expect(sliceFor(slices, 0x1f1f0)?.index).toBe(4);
      expect(sliceFor(slices, 0x4e10)).toBeUndefined();
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });
});
