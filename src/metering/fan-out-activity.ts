import { type Expression, type Kysely, sql } from 'kysely';
import { findUsageCalendar } from '../accounts/account-repository.js';
import { type ActivityKind, type Actor, isActivityKind, isActor } from '../domain/activity.js';
import { dayStartAt } from '../domain/local-days.js';
import type { Database } from '../store/schema.js';
import type { Store } from '../store/store.js';
import { inWriteTransaction } from '../store/write-transaction.js';
import { maxKeyLength } from './validate-activities.js';

export interface FanOutActivity {
  accountId: string;
  key: string;
  kind: ActivityKind;
  actor: Actor;
  occurredAt: number;
}

/** A query yielding one `contact_id` column: the contacts the activity touches. */
export type ContactSelection = Expression<{ contact_id: string }>;

export type FanOutOutcome =
  | { ok: true; replayed: boolean; touched: number; newlyActive: number }
  | {
      ok: false;
      code: 'unknown_account' | 'before_subscription_start' | 'period_closed' | 'invalid';
      message: string;
    };

/**
 * Records one activity that touches every contact a query selects (a status rename
 * touches every contact in the column) as a single ledger row plus set-based statements:
 * 100,000 contacts cost a handful of statements, never 100,000 round trips. The touched
 * contacts are kept in `fanout_contacts` so `tally verify` can recount them from the
 * ledger. Pass `within` to run inside the caller's transaction (the action's own change
 * and its activity must commit together).
 */
export async function fanOutActivity(
  store: Store,
  activity: FanOutActivity,
  contacts: ContactSelection,
  options: { within?: Kysely<Database>; recordedAt?: number } = {},
): Promise<FanOutOutcome> {
  const recordedAt = options.recordedAt ?? Date.now();
  if (
    !isActivityKind(activity.kind) ||
    !isActor(activity.actor) ||
    !Number.isSafeInteger(activity.occurredAt)
  ) {
    return { ok: false, code: 'invalid', message: 'kind, actor or occurredAt is invalid' };
  }
  if (activity.key.length === 0 || activity.key.length > maxKeyLength) {
    return { ok: false, code: 'invalid', message: `key must be 1 to ${maxKeyLength} characters` };
  }
  const calendar = await findUsageCalendar(store, activity.accountId);
  if (!calendar) return { ok: false, code: 'unknown_account', message: 'no such account' };
  const month = calendar.monthAt(activity.occurredAt);
  if (!month) {
    return {
      ok: false,
      code: 'before_subscription_start',
      message: 'occurredAt is before the subscription started',
    };
  }
  const { accountId, key } = activity;
  const writeIn = async (trx: Kysely<Database>): Promise<FanOutOutcome> => {
    // The month row exists and is locked against month close before anything is written:
    // KEY SHARE lets batches write alongside, while close's FOR UPDATE waits for it.
    await trx
      .insertInto('usage_months')
      .values({
        account_id: accountId,
        period_start: month.start,
        period_end: month.end,
        active_contacts: 0,
        latest_first_at: 0,
      })
      .onConflict((conflict) => conflict.doNothing())
      .execute();
    const monthRow = trx
      .selectFrom('usage_months')
      .select('closed_at')
      .where('account_id', '=', accountId)
      .where('period_start', '=', month.start);
    const { closed_at } = await store.dialect.forKeyShare(monthRow).executeTakeFirstOrThrow();
    if (closed_at !== null) {
      return { ok: false, code: 'period_closed', message: 'the usage month of occurredAt is closed' };
    }
    const appended = await trx
      .insertInto('activity_ledger')
      .values({
        account_id: accountId,
        activity_key: key,
        period_start: month.start,
        contact_id: null,
        kind: activity.kind,
        actor: activity.actor,
        occurred_at: activity.occurredAt,
        recorded_at: recordedAt,
      })
      .onConflict((conflict) => conflict.doNothing())
      .executeTakeFirst();
    if (Number(appended.numInsertedOrUpdatedRows ?? 0) === 0) {
      return { ok: true as const, replayed: true, touched: 0, newlyActive: 0 };
    }
    // `WHERE true` keeps SQLite from reading ON CONFLICT as part of the SELECT's join.
    const members = await sql`
        INSERT INTO fanout_contacts (account_id, activity_key, contact_id)
        SELECT ${accountId}, ${key}, selected.contact_id FROM (${contacts}) AS selected WHERE true
        ON CONFLICT DO NOTHING`.execute(trx);
    const touched = Number(members.numAffectedRows ?? 0);
    // One ordered pass over the contacts, as the batch writer takes them (contact order):
    // a new contact is inserted, one whose first activity was later is moved to this one,
    // and each row answers the time it replaced (none when new) — two passes, or an
    // unordered one, let a fan-out and a batch wait on each other's rows in a cycle.
    const upserted = await sql<{ previous_first_at: number | string | null }>`
        INSERT INTO active_contacts (account_id, period_start, contact_id, first_activity_key, first_occurred_at)
        SELECT account_id, ${month.start}, contact_id, activity_key, ${activity.occurredAt}
        FROM fanout_contacts WHERE account_id = ${accountId} AND activity_key = ${key}
        ORDER BY contact_id
        ON CONFLICT (account_id, period_start, contact_id) DO UPDATE SET
          previous_first_at = active_contacts.first_occurred_at,
          first_activity_key = excluded.first_activity_key,
          first_occurred_at = excluded.first_occurred_at
          WHERE excluded.first_occurred_at < active_contacts.first_occurred_at
        RETURNING previous_first_at`.execute(trx);
    const moved = upserted.rows.filter((row) => row.previous_first_at !== null);
    const newlyActive = upserted.rows.length - moved.length;
    const dayStarts = calendar.dayStarts(month);
    const dayChanges = new Map<number, number>();
    const changeDay = (at: number, change: number) => {
      const dayStart = dayStartAt(dayStarts, at);
      dayChanges.set(dayStart, (dayChanges.get(dayStart) ?? 0) + change);
    };
    changeDay(activity.occurredAt, newlyActive + moved.length);
    for (const row of moved) changeDay(Number(row.previous_first_at), -1);
    // In day order, as every writer takes day rows, so concurrent writers queue rather than deadlock.
    for (const [dayStart, change] of [...dayChanges].sort(([a], [b]) => a - b)) {
      if (change === 0) continue;
      await trx
        .insertInto('daily_activations')
        .values({
          account_id: accountId,
          period_start: month.start,
          day_start: dayStart,
          newly_active: change,
        })
        .onConflict((conflict) =>
          conflict
            .columns(['account_id', 'period_start', 'day_start'])
            .doUpdateSet({ newly_active: sql`daily_activations.newly_active + ${change}` }),
        )
        .execute();
    }
    // The month is touched only while open: a close that got in after the check above
    // (see write-activities-postgres.ts) makes the whole fan-out roll back.
    const latestFirstAt = newlyActive > 0 ? activity.occurredAt : 0;
    const counted = await trx
      .insertInto('usage_months')
      .values({
        account_id: accountId,
        period_start: month.start,
        period_end: month.end,
        active_contacts: newlyActive,
        latest_first_at: latestFirstAt,
      })
      .onConflict((conflict) =>
        conflict
          .columns(['account_id', 'period_start'])
          .doUpdateSet({
            active_contacts: sql`usage_months.active_contacts + ${newlyActive}`,
            latest_first_at: store.dialect.greatest(sql`usage_months.latest_first_at`, latestFirstAt),
          })
          .where('usage_months.closed_at', 'is', null),
      )
      .executeTakeFirst();
    if (Number(counted.numInsertedOrUpdatedRows ?? 0) === 0) throw new MonthClosedDuringWrite();
    return { ok: true as const, replayed: false, touched, newlyActive };
  };
  const closed = {
    ok: false as const,
    code: 'period_closed' as const,
    message: 'the usage month of occurredAt is closed',
  };
  try {
    if (options.within) return await writeIn(options.within);
    return await store.dialect.retryingConflicts(() => inWriteTransaction(store, writeIn));
  } catch (error) {
    // Within a caller's transaction the caller rolls back on ok: false; our own rolled back already.
    if (error instanceof MonthClosedDuringWrite) return closed;
    throw error;
  }
}

class MonthClosedDuringWrite extends Error {}
