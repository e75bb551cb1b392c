import { formatCents } from '../domain/money.js';
import type { Catalog } from './catalog.js';
import { type Configuration, planOfOrThrow } from './configuration.js';
import type { InvoiceLine } from './invoice-line.js';

export interface MonthCloseFigures {
  /** Null when nothing limits the month: a legacy plan or an ended subscription. */
  allowance: number | null;
  overusage: number;
  /** The overusage invoice's lines; empty when there is nothing to bill. */
  lines: InvoiceLine[];
}

/**
 * SPEC §5: overusage = max(0, active − allowance), billed at the flat rate on one line;
 * legacy plans and ended subscriptions are counted for information and never billed.
 */
export function computeMonthClose(
  catalog: Catalog,
  configuration: Configuration | undefined,
  activeContacts: number,
  monthLabel: string,
): MonthCloseFigures {
  if (!configuration) return { allowance: null, overusage: 0, lines: [] };
  const plan = planOfOrThrow(catalog, configuration);
  if (plan.legacy) return { allowance: null, overusage: 0, lines: [] };
  const allowance = plan.includedContacts + configuration.addonContacts;
  const overusage = Math.max(0, activeContacts - allowance);
  const lines: InvoiceLine[] =
    overusage === 0
      ? []
      : [
          {
            description: `Overusage ${monthLabel}: ${activeContacts} active contacts, allowance ${allowance}, ${overusage} over at €${formatCents(catalog.overusagePerContact)}`,
            quantity: overusage,
            unitPrice: catalog.overusagePerContact,
            amount: overusage * catalog.overusagePerContact,
          },
        ];
  return { allowance, overusage, lines };
}
