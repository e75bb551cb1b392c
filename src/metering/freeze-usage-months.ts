import type { Kysely } from 'kysely';
import type { UsageMonth } from '../domain/usage-month.js';
import type { Dialect } from '../store/dialect.js';
import type { Database } from '../store/schema.js';

/**
 * Locks the counters of the months about to close and answers their active contacts by
 * month start. FOR UPDATE waits for batches that have already counted into these months
 * (they hold the month row until they commit) and makes later ones find the months closed,
 * so they roll back. Months without a row yet (no activity) get one first, so they are
 * locked too. Runs inside the caller's transaction.
 */
export async function lockMonthCounters(
  db: Kysely<Database>,
  dialect: Dialect,
  accountId: string,
  months: readonly Pick<UsageMonth, 'start' | 'end'>[],
): Promise<Map<number, number>> {
  const lock = () =>
    dialect
      .forUpdate(
        db
          .selectFrom('usage_months')
          .select(['period_start', 'active_contacts'])
          .where('account_id', '=', accountId)
          .where(
            'period_start',
            'in',
            months.map((month) => month.start),
          )
          .orderBy('period_start'),
      )
      .execute();
  let counters = await lock();
  if (counters.length < months.length) {
    await db
      .insertInto('usage_months')
      .values(
        months.map((month) => ({
          account_id: accountId,
          period_start: month.start,
          period_end: month.end,
          active_contacts: 0,
          latest_first_at: 0,
        })),
      )
      .onConflict((conflict) => conflict.doNothing())
      .execute();
    counters = await lock();
  }
  return new Map(counters.map((row) => [Number(row.period_start), row.active_contacts]));
}

/** Marks a month closed with its final figures; from then on activities for it are refused. */
export async function freezeUsageMonth(
  db: Kysely<Database>,
  accountId: string,
  periodStart: number,
  figures: { closedAt: number; allowance: number | null; overusage: number },
): Promise<void> {
  await db
    .updateTable('usage_months')
    .set({ closed_at: figures.closedAt, allowance: figures.allowance, overusage: figures.overusage })
    .where('account_id', '=', accountId)
    .where('period_start', '=', periodStart)
    .execute();
}
