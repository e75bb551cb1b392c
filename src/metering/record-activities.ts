import type { Kysely } from 'kysely';
import { cacheUsageCalendars } from '../accounts/account-repository.js';
import type { Activity } from '../domain/activity.js';
import type { Database } from '../store/schema.js';
import type { Store } from '../store/store.js';
import type { AccountMonth, LedgerEntry, WriteSummary } from './ledger-entry.js';
import { type ActivityIssue, validateActivities } from './validate-activities.js';
import { writeActivitiesInTransaction, writeActivitiesPostgres } from './write-activities-postgres.js';
import { writeActivitiesSqlite } from './write-activities-sqlite.js';

export type RecordOutcome = ({ ok: true } & WriteSummary) | { ok: false; issues: ActivityIssue[] };

/**
 * Records a batch of qualifying activities (any mix of accounts) atomically: either every
 * activity is valid and the batch is written in one transaction, or nothing is written and
 * every fault is returned. Replays (a key the account already used) are no-ops.
 */
export async function recordActivities(
  store: Store,
  activities: readonly Activity[],
  recordedAt = Date.now(),
): Promise<RecordOutcome> {
  if (activities.length === 0) return { ok: true, recorded: 0, replayed: 0, newlyActive: 0 };
  await cacheUsageCalendars(store, uncachedAccountIds(store, activities));
  const { entries, issues } = validateActivities(activities, store.calendars);
  if (issues.length > 0) return { ok: false, issues };
  const outcome = await store.dialect.runPerDriver({
    sqliteConnection: (connection) => writeActivitiesSqlite(connection, entries, recordedAt),
    postgresPool: (pool) => writeActivitiesPostgres(pool, entries, recordedAt),
  });
  return outcome.ok ? outcome : closedMonthIssues(entries, outcome.closedMonths);
}

/** Names every activity that falls into a closed month. */
function closedMonthIssues(
  entries: readonly LedgerEntry[],
  closedMonths: readonly AccountMonth[],
): RecordOutcome {
  const closed = new Set(closedMonths.map((month) => `${month.periodStart}\u0000${month.accountId}`));
  return {
    ok: false,
    issues: entries.flatMap((entry, index) =>
      closed.has(`${entry.periodStart}\u0000${entry.accountId}`)
        ? [
            {
              index,
              field: 'occurredAt' as const,
              code: 'period_closed' as const,
              message: 'the usage month of occurredAt is closed',
            },
          ]
        : [],
    ),
  };
}

/** The batch's accounts whose calendars are not cached yet (after the first batches, none). */
function uncachedAccountIds(store: Store, activities: readonly Activity[]): Set<string> {
  const ids = new Set<string>();
  for (const activity of activities) {
    const id = activity.accountId;
    if (typeof id === 'string' && !store.calendars.has(id)) ids.add(id);
  }
  return ids;
}

/**
 * Records activities inside the caller's write transaction (`inWriteTransaction`), so a
 * contact action and its activity commit together or not at all. The accounts' calendars
 * must be loaded first (`findUsageCalendar`): on SQLite the transaction holds the only
 * connection. On `ok: false` the caller must roll back.
 */
export async function recordActivitiesWithin(
  db: Kysely<Database>,
  store: Store,
  activities: readonly Activity[],
  recordedAt: number,
): Promise<RecordOutcome> {
  if (activities.length === 0) return { ok: true, recorded: 0, replayed: 0, newlyActive: 0 };
  const { entries, issues } = validateActivities(activities, store.calendars);
  if (issues.length > 0) return { ok: false, issues };
  const outcome = await store.dialect.runPerDriverWithin(db, {
    sqliteConnection: (connection) => writeActivitiesSqlite(connection, entries, recordedAt),
    postgresStatements: (run) => writeActivitiesInTransaction(run, entries, recordedAt),
  });
  return outcome.ok ? outcome : closedMonthIssues(entries, outcome.closedMonths);
}
