import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isCountryCode } from '../domain/country-codes.js';
import { isIban } from '../domain/iban.js';
import { type Cents, parseCents } from '../domain/money.js';
import type { Party } from './invoice.js';
import { checkVatId, compactVatId } from './vat-id.js';

export const billingCycles = ['monthly', 'yearly'] as const;
export type BillingCycle = (typeof billingCycles)[number];

export interface Plan {
  id: string;
  name: string;
  /** Active contacts included per usage month; legacy plans have none (no limit). */
  includedContacts: number;
  legacy: boolean;
  fees: Record<BillingCycle, Cents>;
  /** Price per add-on contact and month; undefined where add-ons are not offered (Scale, legacy). */
  addonPerContact: Record<BillingCycle, Cents> | undefined;
}

export interface Catalog {
  currency: 'EUR';
  overusagePerContact: Cents;
  plans: Plan[];
  /** Who issues the invoices. */
  seller: Party;
}

export class CatalogError extends Error {
  constructor(message: string) {
    super(`invalid catalog: ${message}`);
    this.name = 'CatalogError';
  }
}

/** The shipped catalog, found from this module whether it runs from src/ or dist/src/. */
export const defaultCatalogPath = findUpOrThrow(
  dirname(fileURLToPath(import.meta.url)),
  join('catalog', 'default.json'),
);

function findUpOrThrow(directory: string, relativePath: string): string {
  for (let current = directory; ; current = dirname(current)) {
    const candidate = join(current, relativePath);
    if (existsSync(candidate)) return candidate;
    if (dirname(current) === current) throw new CatalogError(`cannot find ${relativePath}`);
  }
}

/** Loads and checks the catalog file (`TALLY_CATALOG`, else the shipped default). */
export function loadCatalog(path = process.env.TALLY_CATALOG ?? defaultCatalogPath): Catalog {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new CatalogError(`cannot read ${path}: ${(error as Error).message}`);
  }
  return parseCatalogOrThrow(raw);
}

/**
 * Checks every rule a catalog must satisfy: exact amounts (at most two decimals, as
 * strings), a fee for each plan and cycle, and no add-on price above the overusage rate —
 * the source article promises that buying contacts upfront is never dearer (SPEC §3).
 */
export function parseCatalogOrThrow(raw: unknown): Catalog {
  const root = objectOrThrow(raw, 'catalog');
  if (root.currency !== 'EUR') throw new CatalogError('currency must be "EUR"');
  const overusagePerContact = amountOrThrow(root.overusagePerContact, 'overusagePerContact');
  if (!Array.isArray(root.plans) || root.plans.length === 0)
    throw new CatalogError('plans must be a non-empty list');
  const plans = root.plans.map((entry: unknown, index: number) => {
    const plan = objectOrThrow(entry, `plans[${index}]`);
    const where = `plan ${typeof plan.id === 'string' ? plan.id : `#${index}`}`;
    if (typeof plan.id !== 'string' || !/^[a-z][a-z0-9-]*$/.test(plan.id)) {
      throw new CatalogError(`plans[${index}].id must be a lower-case identifier`);
    }
    if (typeof plan.name !== 'string' || plan.name.length === 0)
      throw new CatalogError(`${where} lacks a name`);
    const legacy = plan.legacy === true;
    const includedContacts = legacy ? 0 : plan.includedContacts;
    if (!Number.isSafeInteger(includedContacts) || (includedContacts as number) < 0) {
      throw new CatalogError(`${where}: includedContacts must be a whole number ≥ 0`);
    }
    const fees = objectOrThrow(plan.fees, `${where} fees`);
    const addons =
      plan.addonPerContact === null || plan.addonPerContact === undefined
        ? undefined
        : objectOrThrow(plan.addonPerContact, `${where} addonPerContact`);
    if (legacy && addons) throw new CatalogError(`${where} is legacy and cannot sell add-on contacts`);
    const addonPerContact = addons && {
      monthly: amountOrThrow(addons.monthly, `${where} addonPerContact.monthly`),
      yearly: amountOrThrow(addons.yearly, `${where} addonPerContact.yearly`),
    };
    for (const cycle of billingCycles) {
      if (addonPerContact && addonPerContact[cycle] > overusagePerContact) {
        throw new CatalogError(`${where}: the ${cycle} add-on price is above the overusage rate`);
      }
    }
    return {
      id: plan.id,
      name: plan.name,
      legacy,
      includedContacts: includedContacts as number,
      fees: {
        monthly: amountOrThrow(fees.monthly, `${where} fees.monthly`),
        yearly: amountOrThrow(fees.yearly, `${where} fees.yearly`),
      },
      addonPerContact,
    } satisfies Plan;
  });
  const ids = new Set(plans.map((plan: Plan) => plan.id));
  if (ids.size !== plans.length) throw new CatalogError('plan ids must be unique');
  return { currency: 'EUR', overusagePerContact, plans, seller: sellerOrThrow(root.seller) };
}

/**
 * The seller: a name, and optionally the free-text address and VAT ID printed on the PDF and
 * the structured details an e-invoice needs (decision 0042). Catalogs written before those
 * existed still load; their invoices get no e-invoice until the details are added.
 */
function sellerOrThrow(raw: unknown): Party {
  if (raw === undefined) return { name: 'Tally (example seller)' };
  const seller = objectOrThrow(raw, 'seller');
  const text = (value: unknown, where: string) => {
    if (typeof value !== 'string' || value.trim().length === 0)
      throw new CatalogError(`${where} must be a non-empty string`);
    return value;
  };
  const optionalText = (value: unknown, where: string) =>
    value === undefined ? undefined : text(value, where);
  const name = text(seller.name, 'seller.name');
  const address = optionalText(seller.address, 'seller.address');
  const postalAddress =
    seller.postalAddress === undefined
      ? undefined
      : (() => {
          const parts = objectOrThrow(seller.postalAddress, 'seller.postalAddress');
          const country = text(parts.country, 'seller.postalAddress.country');
          if (!isCountryCode(country))
            throw new CatalogError('seller.postalAddress.country must be an ISO 3166-1 alpha-2 code');
          return {
            street: text(parts.street, 'seller.postalAddress.street'),
            postalCode: text(parts.postalCode, 'seller.postalAddress.postalCode'),
            city: text(parts.city, 'seller.postalAddress.city'),
            country,
          };
        })();
  const vatId = optionalText(seller.vatId, 'seller.vatId');
  if (vatId !== undefined) {
    const check = checkVatId(compactVatId(vatId), postalAddress?.country);
    if (!check.ok) throw new CatalogError(`seller.vatId: ${check.message}`);
  }
  const contact =
    seller.contact === undefined
      ? undefined
      : (() => {
          const person = objectOrThrow(seller.contact, 'seller.contact');
          return {
            name: text(person.name, 'seller.contact.name'),
            phone: text(person.phone, 'seller.contact.phone'),
            email: text(person.email, 'seller.contact.email'),
          };
        })();
  const bankAccount =
    seller.bankAccount === undefined
      ? undefined
      : (() => {
          const account = objectOrThrow(seller.bankAccount, 'seller.bankAccount');
          const iban = text(account.iban, 'seller.bankAccount.iban').replace(/\s/g, '');
          if (!isIban(iban)) throw new CatalogError('seller.bankAccount.iban is not a valid IBAN');
          const bic = optionalText(account.bic, 'seller.bankAccount.bic');
          const accountName = optionalText(account.accountName, 'seller.bankAccount.accountName');
          return { iban, ...(bic ? { bic } : {}), ...(accountName ? { accountName } : {}) };
        })();
  const paymentTermsDays = seller.paymentTermsDays ?? defaultPaymentTermsDays;
  if (!Number.isSafeInteger(paymentTermsDays) || (paymentTermsDays as number) < 0)
    throw new CatalogError('seller.paymentTermsDays must be a whole number of days ≥ 0');
  const electronicAddress = optionalText(seller.electronicAddress, 'seller.electronicAddress');
  const legalRegistrationId = optionalText(seller.legalRegistrationId, 'seller.legalRegistrationId');
  const taxNumber = optionalText(seller.taxNumber, 'seller.taxNumber');
  return {
    name,
    ...(address ? { address } : {}),
    ...(vatId ? { vatId } : {}),
    ...(postalAddress ? { postalAddress } : {}),
    ...(electronicAddress ? { electronicAddress } : {}),
    ...(legalRegistrationId ? { legalRegistrationId } : {}),
    ...(taxNumber ? { taxNumber } : {}),
    ...(contact ? { contact } : {}),
    ...(bankAccount ? { bankAccount } : {}),
    paymentTermsDays: paymentTermsDays as number,
  };
}

/** Days from the issue date to the due date where the catalog names none. */
export const defaultPaymentTermsDays = 14;

export function findPlan(catalog: Catalog, planId: string): Plan | undefined {
  return catalog.plans.find((plan) => plan.id === planId);
}

function objectOrThrow(value: unknown, where: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new CatalogError(`${where} must be an object`);
  }
  return value as Record<string, unknown>;
}

function amountOrThrow(value: unknown, where: string): Cents {
  const cents = typeof value === 'string' ? parseCents(value) : undefined;
  if (cents === undefined) {
    throw new CatalogError(
      `${where} must be an exact amount in euros with at most two decimals, as a string`,
    );
  }
  return cents;
}
