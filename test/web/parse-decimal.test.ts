import { describe, expect, it } from 'vitest';
import type { Locale } from '../../web/src/i18n/locales.js';
import { decimalForInput, parseDecimal } from '../../web/src/i18n/parse-decimal.js';

type Case = [input: string, expected: string | 'malformed' | 'ambiguous'];

// What a person types into a number field, and what the dashboard makes of it.
const cases: Record<Locale, Case[]> = {
  'de-DE': [
    ['1500,50', '1500.5'],
    ['1.500,50', '1500.5'],
    ['1.500', '1500'],
    ['1.234.567,891', '1234567.891'],
    ['0,5', '0.5'],
    ['  42 ', '42'],
    ['-3,25', '-3.25'],
    ['007', '7'],
    ['1,0', '1'],
    ['1.5', 'ambiguous'],
    ['1500.50', 'ambiguous'],
    ['1.500,5.0', 'malformed'],
    ['1,500,5', 'malformed'],
    ['15.00.0', 'malformed'],
    ['1.50,5', 'malformed'],
    ['1500,', 'malformed'],
    [',5', 'malformed'],
    ['', 'malformed'],
    ['1 500', 'malformed'],
    ['1e3', 'malformed'],
    ['€5', 'malformed'],
    ['--1', 'malformed'],
  ],
  'en-GB': [
    ['1,500.50', '1500.5'],
    ['1500.50', '1500.5'],
    ['1,500', '1500'],
    ['1,234,567.891', '1234567.891'],
    ['0.5', '0.5'],
    ['-3.25', '-3.25'],
    ['1,5', 'ambiguous'],
    ['1,50', 'ambiguous'],
    ['1500,50', 'ambiguous'],
    ['1,5000', 'ambiguous'],
    ['1.500,5.0', 'malformed'],
    ['1.5.0', 'malformed'],
    ['1,50,000', 'malformed'],
    ['1500.', 'malformed'],
    ['.5', 'malformed'],
    ['abc', 'malformed'],
    ['1,500.5,0', 'malformed'],
  ],
};

describe('numbers typed in the user’s locale', () => {
  for (const [locale, table] of Object.entries(cases) as [Locale, Case[]][]) {
    it.each(table)(`${locale}: "%s" reads as %s`, (input, expected) => {
      const parsed = parseDecimal(input, locale);
      if (expected === 'malformed' || expected === 'ambiguous') {
        expect(parsed).toEqual({ ok: false, reason: expected });
      } else {
        expect(parsed).toEqual({ ok: true, value: expected });
      }
    });
  }

  it('keeps every digit: no float rounding, no silent ×100', () => {
    expect(parseDecimal('12.345.678.901.234.567,89', 'de-DE')).toEqual({
      ok: true,
      value: '12345678901234567.89',
    });
    expect(parseDecimal('0,1', 'de-DE')).toEqual({ ok: true, value: '0.1' });
  });

  it('refuses fractions and signs where the field wants a count', () => {
    expect(parseDecimal('12,5', 'de-DE', { whole: true })).toEqual({ ok: false, reason: 'not_whole' });
    expect(parseDecimal('12,0', 'de-DE', { whole: true })).toEqual({ ok: true, value: '12' });
    expect(parseDecimal('1.000', 'de-DE', { whole: true })).toEqual({ ok: true, value: '1000' });
    expect(parseDecimal('-2', 'en-GB', { whole: true, nonNegative: true })).toEqual({
      ok: false,
      reason: 'negative',
    });
    expect(parseDecimal('-0', 'en-GB', { nonNegative: true })).toEqual({ ok: true, value: '0' });
  });

  it('writes a stored value back with the locale’s decimal separator', () => {
    expect(decimalForInput('1500.5', 'de-DE')).toBe('1500,5');
    expect(decimalForInput('1500.5', 'en-GB')).toBe('1500.5');
    expect(parseDecimal(decimalForInput('-0.25', 'de-DE'), 'de-DE')).toEqual({ ok: true, value: '-0.25' });
  });
});
