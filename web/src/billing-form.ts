import type { BillingDetails, PostalAddress } from './api/types.js';
import type { Locale } from './i18n/locales.js';
import { decimalForInput } from './i18n/parse-decimal.js';

/** The settings form's inputs, as typed: every text field a string, empty when not given. */
export interface BillingForm {
  legalName: string;
  street: string;
  postalCode: string;
  city: string;
  country: string;
  vatId: string;
  email: string;
  buyerReference: string;
  /** The VAT rate in percent as typed in the user's locale ("19" or "7,5"). */
  vatRate: string;
  reverseCharge: boolean;
}

export type BillingField = keyof BillingForm;

export const emptyBillingForm: BillingForm = {
  legalName: '',
  street: '',
  postalCode: '',
  city: '',
  country: '',
  vatId: '',
  email: '',
  buyerReference: '',
  vatRate: '0',
  reverseCharge: false,
};

/** The form filled from `GET /v1/billing-details`; an old free-text address fills no part. */
export function formOf(details: BillingDetails, locale: Locale): BillingForm {
  const address =
    typeof details.address === 'object' && details.address !== null ? details.address : undefined;
  return {
    legalName: details.legalName ?? '',
    street: address?.street ?? '',
    postalCode: address?.postalCode ?? '',
    city: address?.city ?? '',
    country: address?.country ?? '',
    vatId: details.vatId ?? '',
    email: details.email ?? '',
    buyerReference: details.buyerReference ?? '',
    // "19.00" from the API reads "19" in the input; "7.50" reads "7,5" in German.
    vatRate: decimalForInput(details.vatRate.replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, ''), locale),
    reverseCharge: details.reverseCharge,
  };
}

/**
 * The `PUT /v1/billing-details` body, with `vatRate` the canonical decimal read from the
 * input. PUT replaces every detail, so an old free-text address is sent back as loaded while
 * no part of a structured one is typed, never silently dropped. Empty inputs are left out:
 * the API takes an absent field as "none" and refuses an empty string. An address with only
 * some parts typed is sent as it is, so the API names each missing part beside its input.
 */
export function bodyOf(
  form: BillingForm,
  vatRate: string,
  loaded: BillingDetails | undefined,
): Record<string, unknown> {
  const text = (value: string) => {
    const trimmed = value.trim();
    return trimmed === '' ? undefined : trimmed;
  };
  const parts: PostalAddress = {
    street: form.street.trim(),
    postalCode: form.postalCode.trim(),
    city: form.city.trim(),
    country: form.country,
  };
  const anyPart = Object.values(parts).some((part) => part !== '');
  const address = anyPart ? parts : typeof loaded?.address === 'string' ? loaded.address : undefined;
  const body: Record<string, unknown> = {
    legalName: text(form.legalName),
    address,
    vatId: text(form.vatId),
    email: text(form.email),
    buyerReference: text(form.buyerReference),
    vatRate,
    reverseCharge: form.reverseCharge,
  };
  return Object.fromEntries(Object.entries(body).filter(([, value]) => value !== undefined));
}

const fieldOfPointer: Record<string, BillingField> = {
  '/legalName': 'legalName',
  '/address/street': 'street',
  '/address/postalCode': 'postalCode',
  '/address/city': 'city',
  '/address/country': 'country',
  '/vatId': 'vatId',
  '/email': 'email',
  '/buyerReference': 'buyerReference',
  '/vatRate': 'vatRate',
  '/reverseCharge': 'reverseCharge',
};

/**
 * The API's field errors (JSON pointers into the body) by the input they belong to. An error
 * at `/address` itself (the whole address) goes to the street, the address's first input;
 * errors the form has no input for are returned apart, to be shown above the form.
 */
export function fieldErrorsOf<Error extends { field: string; message: string }>(
  errors: readonly Error[],
  /** The sentence for an error in the user's language; the server's English by default. */
  textOf: (error: Error) => string = (error) => error.message,
): {
  byField: Partial<Record<BillingField, string>>;
  other: string[];
} {
  const byField: Partial<Record<BillingField, string>> = {};
  const other: string[] = [];
  for (const error of errors) {
    const field = fieldOfPointer[error.field] ?? (error.field === '/address' ? 'street' : undefined);
    if (field === undefined) other.push(`${error.field}: ${textOf(error)}`);
    else byField[field] ??= textOf(error);
  }
  return { byField, other };
}
