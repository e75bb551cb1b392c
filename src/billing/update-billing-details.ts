import type { Kysely } from 'kysely';
import { isCountryCode } from '../domain/country-codes.js';
import { parseCents } from '../domain/money.js';
import type { Database } from '../store/schema.js';
import { type BillingDetails, saveBillingDetails } from './billing-details-repository.js';
import type { PostalAddressParts } from './invoice.js';
import { checkVatId, compactVatId } from './vat-id.js';

/** Billing details as a client states them: the VAT rate as a percentage in text. */
export interface BillingDetailsInput {
  legalName?: string;
  /** The structured address, or (as before decision 0042) free text that no e-invoice can use. */
  address?: string | PostalAddressParts;
  vatId?: string;
  email?: string;
  /** Percent, e.g. "19" or "7.5". */
  vatRate?: string;
  reverseCharge?: boolean;
  buyerReference?: string;
}

/** Billing details refused for one field (`/vatId`, `/address/country`…); nothing was saved. */
export class InvalidBillingDetailsError extends Error {
  constructor(
    readonly field: string,
    readonly code: string,
    readonly hint: string,
    message: string,
  ) {
    super(message);
    this.name = 'InvalidBillingDetailsError';
  }
}

/** Checks and saves an account's billing details for invoices issued from now on. */
export async function updateBillingDetails(
  db: Kysely<Database>,
  accountId: string,
  input: BillingDetailsInput,
): Promise<BillingDetails> {
  const vatRate = input.vatRate === undefined ? 0 : parseCents(input.vatRate);
  if (vatRate === undefined || vatRate > 10_000) {
    throw new InvalidBillingDetailsError(
      '/vatRate',
      'format',
      'must be a percentage like "19" or "7.5"',
      '/vatRate must be a percentage from 0 to 100 with at most two decimals',
    );
  }
  const postalAddress = typeof input.address === 'object' ? checkedAddress(input.address) : undefined;
  const vatId = input.vatId === undefined ? undefined : compactVatId(input.vatId);
  if (vatId !== undefined) {
    const check = checkVatId(vatId, postalAddress?.country);
    if (!check.ok) {
      throw new InvalidBillingDetailsError('/vatId', 'format', check.message, `/vatId: ${check.message}`);
    }
  }
  // XRechnung requires the buyer's electronic address (BT-49): without an e-mail no invoice
  // to this buyer could become an e-invoice, so say so now rather than at download.
  if (input.buyerReference !== undefined && input.email === undefined) {
    throw new InvalidBillingDetailsError(
      '/email',
      'required',
      'XRechnung needs the buyer’s e-mail address',
      '/email is required with a buyer reference',
    );
  }
  const details: BillingDetails = {
    legalName: input.legalName,
    address: typeof input.address === 'string' ? input.address : undefined,
    postalAddress,
    vatId,
    email: input.email,
    vatRateBasisPoints: vatRate,
    reverseCharge: input.reverseCharge ?? false,
    buyerReference: input.buyerReference,
  };
  await saveBillingDetails(db, accountId, details);
  return details;
}

/** The address with its country in upper case, if that is an assigned ISO 3166-1 code. */
function checkedAddress(address: PostalAddressParts): PostalAddressParts {
  const country = address.country.toUpperCase();
  if (!isCountryCode(country)) {
    throw new InvalidBillingDetailsError(
      '/address/country',
      'unknown_country',
      'must be an ISO 3166-1 alpha-2 country code, e.g. "DE"',
      `/address/country: ${address.country} is no ISO 3166-1 country`,
    );
  }
  return { street: address.street, postalCode: address.postalCode, city: address.city, country };
}
