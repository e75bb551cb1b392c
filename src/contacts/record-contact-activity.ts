import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { ActivityKind, Actor } from '../domain/activity.js';
import { recordActivitiesWithin } from '../metering/record-activities.js';
import type { Database } from '../store/schema.js';
import type { Store } from '../store/store.js';

export class ClosedMonthError extends Error {
  constructor() {
    super('the current usage month is already closed');
    this.name = 'ClosedMonthError';
  }
}

/**
 * Records the qualifying activities a contact action caused, inside the action's own
 * transaction, so the change and its activities commit together. Throws (rolling the
 * action back) if the month is closed, which only a skewed clock can cause.
 */
export async function recordContactActivities(
  db: Kysely<Database>,
  store: Store,
  accountId: string,
  contactId: string,
  kinds: readonly ActivityKind[],
  actor: Actor,
  now: number,
): Promise<void> {
  if (kinds.length === 0) return;
  const outcome = await recordActivitiesWithin(
    db,
    store,
    kinds.map((kind) => ({ accountId, key: newActivityKey(), contactId, kind, actor, occurredAt: now })),
    now,
  );
  if (!outcome.ok) throw new ClosedMonthError();
  // The board's "recently active" order follows what Tally recorded, in the same transaction.
  await db
    .updateTable('contacts')
    .set({ last_activity_at: now })
    .where('account_id', '=', accountId)
    .where('contact_id', '=', contactId)
    .execute();
}

/**
 * A key that sorts by creation time (the millisecond in 12 hex digits, then 64 random
 * bits): the ledger's unique index leads with the key, so time-ordered keys are appended
 * to its right edge instead of scattered over it (decision 0031).
 */
export function newActivityKey(now = Date.now()): string {
  return `act_${now.toString(16).padStart(12, '0')}${randomBytes(8).toString('hex')}`;
}
