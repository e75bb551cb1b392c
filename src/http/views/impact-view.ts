import type { Impact } from '../../contacts/impact-preview.js';
import { formatCents } from '../../domain/money.js';

/** What an action touching many contacts does to this month, with its cost in euros. */
export function impactView(impact: Impact) {
  return {
    contactsTouched: impact.contactsTouched,
    newlyActive: impact.newlyActive,
    activeContacts: impact.activeContacts,
    allowance: impact.allowance ?? null,
    extraOverusage: impact.extraOverusage,
    extraOverusageCost: { amount: formatCents(impact.extraOverusageCost), currency: 'EUR' },
  };
}
