/**
 * The 27 EU member states by ISO 3166-1 alpha-2 code (Greece is GR here, although its VAT IDs
 * start with EL). Used to tell intra-EU reverse charge from supplies outside the EU's VAT area.
 */
const euMemberStates = new Set([
  'AT',
  'BE',
  'BG',
  'CY',
  'CZ',
  'DE',
  'DK',
  'EE',
  'ES',
  'FI',
  'FR',
  'GR',
  'HR',
  'HU',
  'IE',
  'IT',
  'LT',
  'LU',
  'LV',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SE',
  'SI',
  'SK',
]);

export function isEuMemberState(countryCode: string): boolean {
  return euMemberStates.has(countryCode);
}
