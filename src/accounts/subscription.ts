import type { BillingCycle } from '../billing/catalog.js';

/** What an account is subscribed to now. */
export interface Subscription {
  planId: string;
  cycle: BillingCycle;
  addonContacts: number;
}
