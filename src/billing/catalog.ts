import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Cents, parseCents } from '../domain/money.js';
import type { Party } from './invoice.js';

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

function sellerOrThrow(raw: unknown): Party {
  if (raw === undefined) return { name: 'Tally (example seller)' };
  const seller = objectOrThrow(raw, 'seller');
  if (typeof seller.name !== 'string' || seller.name.length === 0)
    throw new CatalogError('seller.name must be a non-empty string');
  const optional = (field: 'address' | 'vatId') => {
    const value = seller[field];
    if (value === undefined) return {};
    if (typeof value !== 'string') throw new CatalogError(`seller.${field} must be a string`);
    return { [field]: value };
  };
  return { name: seller.name, ...optional('address'), ...optional('vatId') };
}

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
