import type { Locale } from './locales.js';

/** Why a typed number was refused; the form shows the matching message beside the field. */
export type DecimalRefusal = 'malformed' | 'ambiguous' | 'not_whole' | 'negative';

export type ParsedDecimal = { ok: true; value: string } | { ok: false; reason: DecimalRefusal };

interface Separators {
  decimal: string;
  group: string;
}

const separatorsOf: Record<Locale, Separators> = {
  'de-DE': { decimal: ',', group: '.' },
  'en-GB': { decimal: '.', group: ',' },
};

export interface DecimalRules {
  /** Only whole numbers (a count of contacts). */
  whole?: boolean;
  /** Refuse a minus sign. */
  nonNegative?: boolean;
}

/**
 * Reads a number as a person types it in their locale, into a canonical decimal string
 * ("1500.5") that never went through floating point. The rule:
 *
 * - digits, with an optional minus, and at most one decimal separator of the locale
 *   (de-DE ",", English ".") followed by at least one digit;
 * - the locale's group separator is allowed only between complete groups: 1 to 3 digits,
 *   then groups of exactly 3 ("1.500,5" in de-DE, "1,500.5" in English);
 * - a group separator anywhere else ("1,5" or "1,50" in English, "1.5" in de-DE) is
 *   ambiguous: it is the other locale's decimal separator, and reading it either way
 *   could be off by a factor of 100 or 1000, so it is refused rather than guessed;
 * - anything else (letters, two decimal separators, "1.500,5.0", a trailing separator)
 *   is malformed.
 */
export function parseDecimal(text: string, locale: Locale, rules: DecimalRules = {}): ParsedDecimal {
  const { decimal, group } = separatorsOf[locale];
  const trimmed = text.trim();
  const negative = trimmed.startsWith('-');
  const unsigned = negative ? trimmed.slice(1) : trimmed;
  if (!/^[\d.,]+$/.test(unsigned)) return { ok: false, reason: 'malformed' };
  const parts = unsigned.split(decimal);
  if (parts.length > 2) return { ok: false, reason: 'malformed' };
  const [integerPart = '', fraction] = parts;
  if (fraction !== undefined && !/^\d+$/.test(fraction)) {
    // A group separator after the decimal one ("1.500,5.0" in de-DE) is no number at all.
    return { ok: false, reason: 'malformed' };
  }
  let digits: string;
  if (integerPart.includes(group)) {
    const groups = integerPart.split(group);
    const wellGrouped =
      /^\d{1,3}$/.test(groups[0] ?? '') && groups.slice(1).every((part) => /^\d{3}$/.test(part));
    if (!wellGrouped) {
      // "1,5" in English: a lone comma followed by fewer or more than 3 digits is a
      // decimal comma from another locale, not a thousands separator.
      const looksDecimal = fraction === undefined && groups.length === 2 && /^\d+$/.test(groups.join(''));
      return { ok: false, reason: looksDecimal ? 'ambiguous' : 'malformed' };
    }
    digits = groups.join('');
  } else {
    if (!/^\d+$/.test(integerPart)) return { ok: false, reason: 'malformed' };
    digits = integerPart;
  }
  const whole = digits.replace(/^0+(?=\d)/, '');
  const fractionDigits = (fraction ?? '').replace(/0+$/, '');
  if (rules.whole && fractionDigits !== '') return { ok: false, reason: 'not_whole' };
  const isZero = /^0$/.test(whole) && fractionDigits === '';
  if (negative && rules.nonNegative && !isZero) return { ok: false, reason: 'negative' };
  const value = `${negative && !isZero ? '-' : ''}${whole}${fractionDigits ? `.${fractionDigits}` : ''}`;
  return { ok: true, value };
}

/** A canonical decimal string as the locale writes it for editing, without group separators. */
export function decimalForInput(value: string, locale: Locale): string {
  return value.replace('.', separatorsOf[locale].decimal);
}
