/**
 * The format of EU VAT identification numbers, as VIES documents it: a two-letter prefix —
 * the member state's ISO code, except EL for Greece — and then the state's own pattern.
 * Only the format: check digits differ per state and whether a number is issued only VIES
 * can say, so neither is checked here. A VAT ID that starts with no EU prefix (Swiss
 * `CHE-…`, British `GB…`, Norwegian `NO…MVA`) is taken as given: outside the EU the formats
 * are many and Tally names such a buyer's VAT ID on no reverse-charge invoice.
 */
const euVatIdPatterns: Readonly<Record<string, RegExp>> = {
  AT: /^U\d{8}$/,
  BE: /^[01]\d{9}$/,
  BG: /^\d{9,10}$/,
  CY: /^\d{8}[A-Z]$/,
  CZ: /^\d{8,10}$/,
  DE: /^\d{9}$/,
  DK: /^\d{8}$/,
  EE: /^\d{9}$/,
  EL: /^\d{9}$/,
  ES: /^[A-Z0-9]\d{7}[A-Z0-9]$/,
  FI: /^\d{8}$/,
  FR: /^[A-HJ-NP-Z0-9]{2}\d{9}$/,
  HR: /^\d{11}$/,
  HU: /^\d{8}$/,
  IE: /^(\d{7}[A-W][A-I]?|\d[A-Z+*]\d{5}[A-W])$/,
  IT: /^\d{11}$/,
  LT: /^(\d{9}|\d{12})$/,
  LU: /^\d{8}$/,
  LV: /^\d{11}$/,
  MT: /^\d{8}$/,
  NL: /^\d{9}B\d{2}$/,
  PL: /^\d{10}$/,
  PT: /^\d{9}$/,
  RO: /^[1-9]\d{1,9}$/,
  SE: /^\d{10}01$/,
  SI: /^\d{8}$/,
  SK: /^\d{10}$/,
};

/** The VAT ID prefix of a member state: its ISO code, but EL for Greece (GR). */
export function vatIdPrefixOf(countryCode: string): string | undefined {
  const prefix = countryCode === 'GR' ? 'EL' : countryCode;
  return prefix in euVatIdPatterns ? prefix : undefined;
}

/** Spaces, dots and hyphens people type for readability are not part of the number. */
export function compactVatId(vatId: string): string {
  return vatId.replace(/[\s.-]/g, '').toUpperCase();
}

export type VatIdCheck = { ok: true } | { ok: false; message: string };

/**
 * Checks a compact VAT ID against the buyer's country: in a member state it must carry that
 * state's prefix and pattern; elsewhere it must not pose as an EU number, and an EU-looking
 * number without a country must still be well formed for the state its prefix names.
 */
export function checkVatId(vatId: string, countryCode: string | undefined): VatIdCheck {
  const ownPrefix = countryCode === undefined ? undefined : vatIdPrefixOf(countryCode);
  const givenPrefix = vatId.slice(0, 2);
  const givenPattern = euVatIdPatterns[givenPrefix];
  if (ownPrefix !== undefined && givenPrefix !== ownPrefix) {
    return { ok: false, message: `a VAT ID in ${countryCode} starts with ${ownPrefix}` };
  }
  if (countryCode !== undefined && ownPrefix === undefined && givenPattern !== undefined) {
    return { ok: false, message: `${givenPrefix} is an EU VAT ID prefix, but the country is ${countryCode}` };
  }
  if (givenPattern !== undefined && !givenPattern.test(vatId.slice(2))) {
    return { ok: false, message: `not in the format of ${givenPrefix} VAT IDs` };
  }
  return { ok: true };
}
