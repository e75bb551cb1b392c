import type { Cents } from '../domain/money.js';
import { type AdvisorOption, advise, priceConfiguration } from './advisor.js';
import type { Catalog } from './catalog.js';
import type { Configuration } from './configuration.js';
import { type InvoiceLine, totalOf } from './invoice-line.js';
import { upfrontLines } from './upfront-lines.js';

/** What a configuration costs, and with expected active contacts every option to cover them. */
export interface Quote {
  configuration: Configuration;
  upfrontLines: InvoiceLine[];
  upfrontTotal: Cents;
  monthlyCost: Cents;
  advice: { expectedActiveContacts: number; recommendedPlanId: string; options: AdvisorOption[] } | undefined;
}

/** Prices a configuration (an unknown plan or bad add-ons throw `InvalidConfigurationError`). */
export function quoteConfiguration(
  catalog: Catalog,
  configuration: Configuration,
  expectedActiveContacts: number | undefined,
): Quote {
  const lines = upfrontLines(catalog, configuration);
  const advice =
    expectedActiveContacts === undefined ? undefined : advise(catalog, configuration, expectedActiveContacts);
  return {
    configuration,
    upfrontLines: lines,
    upfrontTotal: totalOf(lines),
    monthlyCost: priceConfiguration(catalog, 'stay', configuration, 0).monthlyCost,
    advice:
      advice && expectedActiveContacts !== undefined ? { expectedActiveContacts, ...advice } : undefined,
  };
}
