import { timeZoneOfAccount } from '../accounts/account-time-zone.js';
import type { Store } from '../store/store.js';
import { findBillingDetails } from './billing-details-repository.js';
import type { BillingCycle, Catalog } from './catalog.js';
import { type ChangeRequest, changeSubscription } from './change-subscription.js';
import { listChanges, type RecordedChange } from './subscription-repository.js';
import { type VatBreakdown, vatBreakdown } from './vat-breakdown.js';

/** A change as a client asks for it: new values, or `cancel`, and whether only to price it. */
export interface SubscriptionChangeInput {
  plan?: string;
  cycle?: BillingCycle;
  addonContacts?: number;
  cancel?: boolean;
  preview?: boolean;
}

/** A change refused as asked (nothing named, cancel with values, an ended subscription); nothing was written. */
export class SubscriptionChangeRefusedError extends Error {
  constructor(
    readonly field: string,
    readonly code: string,
    readonly hint: string,
    message: string,
  ) {
    super(message);
    this.name = 'SubscriptionChangeRefusedError';
  }
}

/**
 * Upgrade (now, pro rata), downgrade (at the cycle end), change add-on contacts or cancel;
 * with `preview`, priced and nothing changed. `applied` says whether it was written.
 */
export async function requestSubscriptionChange(
  store: Store,
  catalog: Catalog,
  accountId: string,
  input: SubscriptionChangeInput,
  now: number,
): Promise<{ change: RecordedChange; applied: boolean; timeZone: string; vat: VatBreakdown }> {
  const wantsCancel = input.cancel === true;
  const hasFields =
    input.plan !== undefined || input.cycle !== undefined || input.addonContacts !== undefined;
  if (wantsCancel && hasFields) {
    throw new SubscriptionChangeRefusedError(
      '/cancel',
      'conflict',
      'send either cancel or new values, not both',
      'cancel cannot be combined with plan, cycle or addonContacts',
    );
  }
  if (!wantsCancel && !hasFields) {
    throw new SubscriptionChangeRefusedError(
      '/',
      'required',
      'nothing to change',
      'name what to change: plan, cycle, addonContacts, or cancel: true',
    );
  }
  const request: ChangeRequest = wantsCancel
    ? { kind: 'cancel' }
    : {
        kind: 'configure',
        ...(input.plan === undefined ? {} : { planId: input.plan }),
        ...(input.cycle === undefined ? {} : { cycle: input.cycle }),
        ...(input.addonContacts === undefined ? {} : { addonContacts: input.addonContacts }),
      };
  const outcome = await changeSubscription(store, catalog, accountId, request, now, {
    preview: input.preview === true,
  });
  if (!outcome.ok)
    throw new SubscriptionChangeRefusedError('/', outcome.code, outcome.message, outcome.message);
  const [timeZone, billingDetails] = await Promise.all([
    timeZoneOfAccount(store, accountId),
    findBillingDetails(store.db, accountId),
  ]);
  return {
    change: outcome.change,
    applied: outcome.applied,
    timeZone,
    // What the change's invoice charges (or will, when previewed): `total` is its net; net,
    // VAT and gross by the invoice's own rule and the billing details in force now.
    vat: vatBreakdown(outcome.change.total, billingDetails),
  };
}

/** Every change of an account's subscription, oldest first, and the zone to show them in. */
export async function subscriptionChangesOf(
  store: Store,
  accountId: string,
): Promise<{ changes: RecordedChange[]; timeZone: string }> {
  const [changes, timeZone] = await Promise.all([
    listChanges(store.db, accountId),
    timeZoneOfAccount(store, accountId),
  ]);
  return { changes, timeZone };
}
