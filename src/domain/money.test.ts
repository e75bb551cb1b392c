import { describe, expect, it } from 'vitest';
import { formatCents, parseCents, prorateHalfUp } from './money.js';

describe('money', () => {
  it.each([
    ['0.25', 25],
    ['12.5', 1250],
    ['12.50', 1250],
    ['0', 0],
    ['2490.00', 249_000],
  ])('parses %s as %i cents', (text, cents) => expect(parseCents(text)).toBe(cents));

  it.each(['0.255', '-1', '1e3', '', '.5', '01.00', '1,00', 'NaN'])('refuses %j', (text) =>
    expect(parseCents(text)).toBeUndefined(),
  );

  it('formats cents as euros with two decimals', () => {
    expect([formatCents(750), formatCents(5), formatCents(-1234), formatCents(0)]).toEqual([
      '7.50',
      '0.05',
      '-12.34',
      '0.00',
    ]);
  });

  it.each([
    [2900, 20, 30, 1933], // 1933.33… rounds down
    [100, 1, 8, 13], // 12.5 rounds half up
    [-100, 1, 8, -13], // a credit rounds half away from zero, mirroring the charge
    [2900, 30, 30, 2900],
  ])('prorates %i cents × %i / %i to %i', (cents, numerator, denominator, expected) =>
    expect(prorateHalfUp(cents, numerator, denominator)).toBe(expected),
  );
});
