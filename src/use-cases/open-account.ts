import type { Kysely } from 'kysely';
import { type Account, defaultTimeZone } from '../accounts/account.js';
import { buildAccountOrThrow, insertAccounts } from '../accounts/account-repository.js';
import { createApiKey } from '../accounts/api-keys.js';
import { insertBillingState } from '../billing/billing-state-repository.js';
import type { Catalog } from '../billing/catalog.js';
import { type Configuration, planOfOrThrow } from '../billing/configuration.js';
import { totalOf } from '../billing/invoice-line.js';
import { insertChange, insertTerm } from '../billing/subscription-repository.js';
import { upfrontLines } from '../billing/upfront-lines.js';
import { insertDefaultStatuses } from '../contacts/statuses.js';
import { UsageCalendar } from '../domain/usage-calendar.js';
import type { Database } from '../store/schema.js';
import type { Store } from '../store/store.js';
import { inWriteTransaction } from '../store/write-transaction.js';

export interface OpenAccountInput {
  name: string;
  timeZone?: string;
  configuration: Configuration;
  /** The billing anchor; defaults to now. */
  startsAt?: number;
  /** A chosen id (the demo's); generated otherwise. */
  id?: string;
}

export interface OpenedAccount {
  account: Account;
  configuration: Configuration;
  apiKey: string;
}

/**
 * Opens an account: the account, its first subscription term (in force from the anchor),
 * the opening entry of its change history with the first cycle's upfront price, and its
 * first API key commit together, so a failure leaves nothing behind.
 */
export async function openAccount(
  store: Store,
  catalog: Catalog,
  input: OpenAccountInput,
  now: number,
): Promise<OpenedAccount> {
  const account = buildAccountOrThrow(
    {
      name: input.name,
      timeZone: input.timeZone ?? defaultTimeZone,
      ...(input.startsAt === undefined ? {} : { billingAnchor: input.startsAt }),
      ...(input.id === undefined ? {} : { id: input.id }),
    },
    now,
  );
  // Legacy plans can still be opened: operators move existing customers into Tally.
  planOfOrThrow(catalog, input.configuration);
  const lines = upfrontLines(catalog, input.configuration);
  const apiKey = await inWriteTransaction(store, async (trx: Kysely<Database>) => {
    await insertAccounts(trx, [account]);
    await insertTerm(trx, account.id, {
      sequence: 1,
      effectiveFrom: account.billingAnchor,
      configuration: input.configuration,
      cycleStartMonth: 0,
      changeId: 'opening',
    });
    await insertChange(trx, account.id, {
      changeId: 'opening',
      requestedAt: now,
      request: input.configuration,
      immediate: { effectiveAt: account.billingAnchor, configuration: input.configuration },
      scheduled: undefined,
      lines,
      total: totalOf(lines),
    });
    await insertBillingState(trx, account.id, new UsageCalendar(account.billingAnchor, account.timeZone));
    await insertDefaultStatuses(trx, account.id, now);
    return (await createApiKey(trx, account.id, 'first key', now)).token;
  });
  return { account, configuration: input.configuration, apiKey };
}
