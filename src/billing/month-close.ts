import { formatCents } from '../domain/money.js';
import { allowanceOfConfiguration, overusageOf } from './allowance.js';
import type { Catalog } from './catalog.js';
import type { Configuration } from './configuration.js';
import type { InvoiceLine } from './invoice-line.js';

export interface MonthCloseFigures {
  /** Null when nothing limits the month: a legacy plan or an ended subscription. */
  allowance: number | null;
  overusage: number;
  /** The overusage invoice's lines; empty when there is nothing to bill. */
  lines: InvoiceLine[];
}

/**
 * SPEC §5: the overusage (allowance.ts) is billed at the flat rate on one line;
 * legacy plans and ended subscriptions are counted for information and never billed.
 */
export function computeMonthClose(
  catalog: Catalog,
  configuration: Configuration | undefined,
  activeContacts: number,
  monthLabel: string,
): MonthCloseFigures {
  const allowance = allowanceOfConfiguration(catalog, configuration);
  if (allowance === undefined) return { allowance: null, overusage: 0, lines: [] };
  const overusage = overusageOf(activeContacts, allowance);
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
