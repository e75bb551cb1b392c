import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { create } from 'fontkit';
import { describe, expect, it } from 'vitest';
import { woffToSfnt } from '../../src/billing/woff-to-sfnt.js';

const woffPath = createRequire(import.meta.url).resolve(
  '@openfonts/noto-sans-jp_japanese/files/noto-sans-jp-japanese-400.woff',
);

describe('unwrapping the WOFF fallback font', () => {
  it('gives the TrueType font fontkit reads from the WOFF itself: same glyphs, same characters, same outlines', () => {
    const woff = readFileSync(woffPath);
    const fromWoff = create(woff);
    const sfnt = woffToSfnt(woff);
    const fromSfnt = create(sfnt);
    if (!('numGlyphs' in fromWoff) || !('numGlyphs' in fromSfnt)) throw new Error('not a single font');
    expect(sfnt.readUInt32BE(0)).toBe(0x00010000);
    expect(fromSfnt.numGlyphs).toBe(fromWoff.numGlyphs);
    expect(fromSfnt.characterSet).toEqual(fromWoff.characterSet);
    for (const character of ['株', 'さ', 'テ', 'A']) {
      const codePoint = character.codePointAt(0) as number;
      expect(fromSfnt.glyphForCodePoint(codePoint).path.toSVG()).toBe(
        fromWoff.glyphForCodePoint(codePoint).path.toSVG(),
      );
    }
  });

  it('refuses what is not WOFF 1.0', () => {
    expect(() => woffToSfnt(Buffer.from('OTTO0000000000000000000000000000000000000000'))).toThrow(
      /not a WOFF/,
    );
  });
});
