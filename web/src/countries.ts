import { isCountryCode } from '../../src/domain/country-codes.js';

const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/**
 * The assigned ISO 3166-1 alpha-2 codes, taken from the API's own list so the select offers
 * exactly what `PUT /v1/billing-details` accepts. Not from `Intl.DisplayNames`, which also
 * names regions such as `EU` or `UN` that the API refuses as an address's country.
 */
export const countryCodes: readonly string[] = [...letters].flatMap((first) =>
  [...letters].map((second) => `${first}${second}`).filter(isCountryCode),
);
