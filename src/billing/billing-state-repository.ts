import { type Kysely, sql } from 'kysely';
import type { UsageCalendar } from '../domain/usage-calendar.js';
import type { Dialect } from '../store/dialect.js';
import type { BillingStatesTable, Database } from '../store/schema.js';

/** A new account starts billing at its first usage month (upfront invoice due at the anchor). */
export async function insertBillingState(db: Kysely<Database>, accountId: string, calendar: UsageCalendar) {
  await db
    .insertInto('billing_states')
    .values({
      account_id: accountId,
      next_close_month: 0,
      next_close_due: calendar.month(0).end,
      next_upfront_month: 0,
      next_upfront_due: calendar.month(0).start,
    })
    .execute();
}

/**
 * The account's billing state, locked against other closers until the transaction ends;
 * with whether the account has a live webhook endpoint, so a close of the many accounts
 * without one does not spend a statement on queuing events nobody receives.
 */
export async function lockBillingState(
  db: Kysely<Database>,
  dialect: Dialect,
  accountId: string,
): Promise<(BillingStatesTable & { hasWebhookEndpoints: boolean }) | undefined> {
  const query = db
    .selectFrom('billing_states')
    .selectAll()
    .select((eb) =>
      eb
        .exists(
          eb
            .selectFrom('webhook_endpoints')
            .select('endpoint_id')
            .where('webhook_endpoints.account_id', '=', accountId)
            .where('deleted_at', 'is', null)
            .where('disabled_at', 'is', null),
        )
        .as('has_webhook_endpoints'),
    )
    .where('billing_states.account_id', '=', accountId);
  const row = await dialect.forUpdate(query, 'billing_states').executeTakeFirst();
  if (!row) return undefined;
  const { has_webhook_endpoints, ...state } = row;
  return { ...state, hasWebhookEndpoints: Boolean(has_webhook_endpoints) };
}

export async function updateBillingState(
  db: Kysely<Database>,
  accountId: string,
  changes: Partial<Omit<BillingStatesTable, 'account_id'>>,
): Promise<void> {
  await db.updateTable('billing_states').set(changes).where('account_id', '=', accountId).execute();
}

export type LockedBillingState = BillingStatesTable & { hasWebhookEndpoints: boolean };

/**
 * `lockBillingState` for many accounts in one statement, locked in account order (so
 * closers sharing accounts never wait for each other in a cycle); accounts without a
 * billing state are left out.
 */
export async function lockBillingStates(
  db: Kysely<Database>,
  dialect: Dialect,
  accountIds: readonly string[],
): Promise<Map<string, LockedBillingState>> {
  const states = new Map<string, LockedBillingState>();
  if (accountIds.length === 0) return states;
  const query = db
    .selectFrom('billing_states')
    .selectAll()
    .select((eb) =>
      eb
        .exists(
          eb
            .selectFrom('webhook_endpoints')
            .select('endpoint_id')
            .whereRef('webhook_endpoints.account_id', '=', 'billing_states.account_id')
            .where('deleted_at', 'is', null)
            .where('disabled_at', 'is', null),
        )
        .as('has_webhook_endpoints'),
    )
    .where('billing_states.account_id', 'in', accountIds)
    .orderBy('billing_states.account_id');
  for (const row of await dialect.forUpdate(query, 'billing_states').execute()) {
    const { has_webhook_endpoints, ...state } = row;
    states.set(state.account_id, { ...state, hasWebhookEndpoints: Boolean(has_webhook_endpoints) });
  }
  return states;
}

export type BillingStateChange = { accountId: string } & Omit<BillingStatesTable, 'account_id'>;

/** Moves many accounts' billing states on, in one statement. */
export async function moveBillingStates(
  db: Kysely<Database>,
  changes: readonly BillingStateChange[],
): Promise<void> {
  if (changes.length === 0) return;
  const byAccount = (value: (change: BillingStateChange) => number | null) =>
    sql<number>`CASE account_id ${sql.join(
      changes.map((change) => sql`WHEN ${change.accountId} THEN CAST(${value(change)} AS bigint)`),
      sql` `,
    )} END`;
  await db
    .updateTable('billing_states')
    .set({
      next_close_month: byAccount((change) => change.next_close_month),
      next_close_due: byAccount((change) => change.next_close_due),
      next_upfront_month: byAccount((change) => change.next_upfront_month),
      next_upfront_due: byAccount((change) => change.next_upfront_due),
    })
    .where(
      'account_id',
      'in',
      changes.map((change) => change.accountId),
    )
    .execute();
}

/**
 * The next accounts, in id order after `after`, with a month to close (ended before
 * `closeEndedBy`) or an upfront invoice due (cycle started by `upfrontStartedBy`).
 */
export async function listAccountsDueForClose(
  db: Kysely<Database>,
  due: { closeEndedBy: number; upfrontStartedBy: number },
  page: { after: string; limit: number },
): Promise<string[]> {
  const rows = await db
    .selectFrom('billing_states')
    .select('account_id')
    .where('account_id', '>', page.after)
    .where((eb) =>
      eb.or([
        eb('next_close_due', '<=', due.closeEndedBy),
        eb('next_upfront_due', '<=', due.upfrontStartedBy),
      ]),
    )
    .orderBy('account_id')
    .limit(page.limit)
    .execute();
  return rows.map((row) => row.account_id);
}
