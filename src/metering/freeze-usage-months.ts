import { type Kysely, sql } from 'kysely';
import type { UsageMonth } from '../domain/usage-month.js';
import type { Dialect } from '../store/dialect.js';
import type { Database } from '../store/schema.js';

/**
 * The counters of months about to close, for many accounts at once (a close batch):
 * locked, then frozen with their figures and marked closed. Runs inside the caller's
 * transaction; statements per batch, not per account (decision 0050).
 */

export interface DueMonth {
  accountId: string;
  month: UsageMonth;
}

export interface FrozenMonth {
  accountId: string;
  periodStart: number;
  allowance: number | null;
  overusage: number;
}

export const monthKey = (accountId: string, periodStart: number) => `${accountId}\u0000${periodStart}`;

/** Whether a row is one of the given (account, month) pairs: the statements below touch exactly those. */
function isOneOf(months: readonly { accountId: string; periodStart: number }[]) {
  return sql<boolean>`(${sql.join(
    months.map((month) => sql`(account_id = ${month.accountId} AND period_start = ${month.periodStart})`),
    sql` OR `,
  )})`;
}

/**
 * The due months' counters, locked. FOR UPDATE waits for batches that have already
 * counted into these months (they hold the month row until they commit) and makes later
 * ones find the months closed, so they roll back. Months without a row yet (no activity)
 * get one first, so they are locked too.
 */
export async function lockDueMonthCounters(
  db: Kysely<Database>,
  dialect: Dialect,
  dueMonths: readonly DueMonth[],
): Promise<Map<string, number>> {
  const counters = new Map<string, number>();
  if (dueMonths.length === 0) return counters;
  const months = dueMonths.map((due) => ({ accountId: due.accountId, periodStart: due.month.start }));
  const lock = async () => {
    const query = db
      .selectFrom('usage_months')
      .select(['account_id', 'period_start', 'active_contacts'])
      .where(isOneOf(months))
      .orderBy('account_id')
      .orderBy('period_start');
    for (const row of await dialect.forUpdate(query).execute()) {
      counters.set(monthKey(row.account_id, Number(row.period_start)), Number(row.active_contacts));
    }
  };
  await lock();
  if (counters.size < dueMonths.length) {
    await db
      .insertInto('usage_months')
      .values(
        dueMonths.map((due) => ({
          account_id: due.accountId,
          period_start: due.month.start,
          period_end: due.month.end,
          active_contacts: 0,
          latest_first_at: 0,
        })),
      )
      .onConflict((conflict) => conflict.doNothing())
      .execute();
    await lock();
  }
  return counters;
}

/** Freezes the months' figures and marks them closed, in one statement. */
export async function freezeMonths(
  db: Kysely<Database>,
  frozen: readonly FrozenMonth[],
  now: number,
): Promise<void> {
  if (frozen.length === 0) return;
  const byMonth = (value: (month: FrozenMonth) => number | null) =>
    sql<number>`CASE ${sql.join(
      frozen.map(
        (month) =>
          sql`WHEN account_id = ${month.accountId} AND period_start = ${month.periodStart} THEN CAST(${value(month)} AS bigint)`,
      ),
      sql` `,
    )} END`;
  await db
    .updateTable('usage_months')
    .set({
      closed_at: now,
      allowance: byMonth((month) => month.allowance),
      overusage: byMonth((month) => month.overusage),
    })
    .where(isOneOf(frozen))
    .execute();
}
