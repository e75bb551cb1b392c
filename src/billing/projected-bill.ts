import type { Cents } from '../domain/money.js';
import { priceConfiguration } from './advisor.js';
import type { Catalog } from './catalog.js';
import type { Configuration } from './configuration.js';
import { type VatBreakdown, type VatTerms, vatBreakdown } from './vat-breakdown.js';

export interface ProjectedBill extends VatBreakdown {
  /** The plan's price for one month: fee and add-on contacts, a yearly cycle spread over twelve. */
  planCost: Cents;
  overusageCost: Cents;
}

/**
 * What a month is heading to cost: the plan's monthly price as the advisor prices it plus the
 * projected overusage, with VAT by the same rule as the invoices. VAT is taken on the sum, not
 * per invoice: a projection names one figure for the month, and the fee and the overusage are
 * invoiced apart, so the invoices' VAT can differ from it by a cent of rounding.
 */
export function projectedBill(
  catalog: Catalog,
  configuration: Configuration,
  overusageCost: Cents,
  terms: VatTerms,
): ProjectedBill {
  const planCost = priceConfiguration(catalog, 'stay', configuration, 0).monthlyCost;
  return { planCost, overusageCost, ...vatBreakdown(planCost + overusageCost, terms) };
}
