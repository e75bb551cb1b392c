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
}

export function newActivityKey(): string {
  return `act_${randomBytes(10).toString('hex')}`;
}
