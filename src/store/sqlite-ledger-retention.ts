import { type Kysely, sql } from 'kysely';
import type { LedgerMonth, LedgerRemoval } from './dialect.js';
import type { Database } from './schema.js';

/**
 * Retention on SQLite's one ledger table: the months' rows are deleted, with the fan-out
 * members of their fan-out activities. SQLite reuses the freed pages for later writes;
 * the file itself shrinks only with VACUUM, which an operator may run in a quiet hour.
 */
export async function removeSqliteLedgerMonths(
  db: Kysely<Database>,
  months: readonly LedgerMonth[],
): Promise<LedgerRemoval> {
  let ledgerRows = 0;
  for (const month of months) {
    await sql`
      DELETE FROM fanout_contacts WHERE account_id = ${month.accountId} AND activity_key IN (
        SELECT activity_key FROM activity_ledger
        WHERE account_id = ${month.accountId} AND period_start = ${month.periodStart} AND contact_id IS NULL)`.execute(
      db,
    );
    const deleted = await db
      .deleteFrom('activity_ledger')
      .where('account_id', '=', month.accountId)
      .where('period_start', '=', month.periodStart)
      .executeTakeFirst();
    ledgerRows += Number(deleted.numDeletedRows);
  }
  return { ledgerRows, partitionsDropped: [] };
}
