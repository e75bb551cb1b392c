import { Temporal } from 'temporal-polyfill';
import type { Account } from '../../src/accounts/account.js';
import { createAccount } from '../../src/accounts/account-repository.js';
import type { Activity, ActivityKind } from '../../src/domain/activity.js';
import type { Store } from '../../src/store/store.js';

/** Epoch milliseconds of a Berlin wall-clock time, e.g. at('2026-03-05T10:00'). */
export function at(localIso: string, timeZone = 'Europe/Berlin'): number {
  return Temporal.ZonedDateTime.from(`${localIso}[${timeZone}]`).epochMilliseconds;
}

/** A fresh account anchored at 1 January 2026, 00:00 Berlin time unless told otherwise. */
export function seedAccount(store: Store, anchor = at('2026-01-01T00:00'), name = 'Acme'): Promise<Account> {
  return createAccount(store, { name, timeZone: 'Europe/Berlin', billingAnchor: anchor });
}

let keySequence = 0;

export function activity(
  accountId: string,
  contactId: string,
  occurredAt: number,
  overrides: Partial<Activity> = {},
): Activity {
  keySequence++;
  return {
    accountId,
    key: `act-${keySequence}`,
    contactId,
    kind: 'note.added' satisfies ActivityKind,
    actor: 'user',
    occurredAt,
    ...overrides,
  };
}
