import { formatCents } from '../domain/money.js';
import type { Catalog } from './catalog.js';
import { type Configuration, monthsPerCycle, planOfOrThrow } from './configuration.js';
import type { InvoiceLine } from './invoice-line.js';

/** What a full billing cycle of a configuration costs upfront: the plan fee and the add-on contacts. */
export function upfrontLines(catalog: Catalog, configuration: Configuration): InvoiceLine[] {
  const plan = planOfOrThrow(catalog, configuration);
  const fee = plan.fees[configuration.cycle];
  const lines: InvoiceLine[] = [
    {
      description: `${plan.name} plan, ${configuration.cycle} fee`,
      quantity: 1,
      unitPrice: fee,
      amount: fee,
    },
  ];
  if (configuration.addonContacts > 0 && plan.addonPerContact) {
    const price = plan.addonPerContact[configuration.cycle];
    const months = monthsPerCycle(configuration.cycle);
    lines.push({
      description: `${configuration.addonContacts} add-on contacts × ${months} month${months === 1 ? '' : 's'} at €${formatCents(price)}`,
      quantity: configuration.addonContacts * months,
      unitPrice: price,
      amount: configuration.addonContacts * months * price,
    });
  }
  return lines;
}
