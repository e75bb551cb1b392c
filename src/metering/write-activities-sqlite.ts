import { dayStartAt } from '../domain/local-days.js';
import type { SqliteConnection, SqliteStatement } from '../store/dialect.js';
import type { AccountMonth, LedgerEntry, WriteOutcome } from './ledger-entry.js';

interface Statements {
  monthState: SqliteStatement;
  appendToLedger: SqliteStatement;
  addToActiveSet: SqliteStatement;
  keepEarliestFirst: SqliteStatement;
  addToCounter: SqliteStatement;
  addToDay: SqliteStatement;
}

const statementsByConnection = new WeakMap<SqliteConnection, Statements>();

function prepare(sqlite: SqliteConnection): Statements {
  let statements = statementsByConnection.get(sqlite);
  if (!statements) {
    statements = {
      monthState: sqlite
        .prepare(
          'SELECT closed_at, latest_first_at FROM usage_months WHERE account_id = ? AND period_start = ?',
        )
        .raw(),
      appendToLedger: sqlite.prepare(
        `INSERT INTO activity_ledger (account_id, activity_key, period_start, contact_id, kind, actor, occurred_at, recorded_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
      ),
      addToActiveSet: sqlite.prepare(
        `INSERT INTO active_contacts (account_id, period_start, contact_id, first_activity_key, first_occurred_at)
         VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
      ),
      // Activities can arrive out of order; the explanation must name the earliest one,
      // and the contact moves from the day of the first activity it replaces.
      keepEarliestFirst: sqlite
        .prepare(
          `UPDATE active_contacts SET previous_first_at = first_occurred_at, first_activity_key = ?, first_occurred_at = ?
           WHERE account_id = ? AND period_start = ? AND contact_id = ? AND first_occurred_at > ?
           RETURNING previous_first_at`,
        )
        .raw(),
      addToCounter: sqlite.prepare(
        `INSERT INTO usage_months (account_id, period_start, period_end, active_contacts, latest_first_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (account_id, period_start) DO UPDATE SET active_contacts = active_contacts + excluded.active_contacts,
           latest_first_at = max(latest_first_at, excluded.latest_first_at)`,
      ),
      addToDay: sqlite.prepare(
        `INSERT INTO daily_activations (account_id, period_start, day_start, newly_active) VALUES (?, ?, ?, ?)
         ON CONFLICT (account_id, period_start, day_start) DO UPDATE SET newly_active = newly_active + excluded.newly_active`,
      ),
    };
    statementsByConnection.set(sqlite, statements);
  }
  return statements;
}

interface MonthTally {
  accountId: string;
  periodStart: number;
  periodEnd: number;
  newlyActive: number;
  /** The latest first activity the batch added. */
  latestFirstAt: number;
}

/**
 * Writes a batch in one IMMEDIATE transaction: each activity is appended to the ledger
 * unless its key was seen (a replay), added to the active set unless the contact is
 * already active that month (the primary key decides), and the month's counter grows by
 * the rows the active set actually gained, and each local day's counter by the contacts
 * whose first activity now falls on it (less those whose first activity moved earlier,
 * to another day).
 *
 * The batch is written in (account, month, contact, time) order: neighbouring writes land
 * on the same B-tree pages, and a contact's later activities in the same batch can skip
 * the active set, since its earliest one in the batch has already been placed there.
 * A contact active before the batch needs its first activity compared only when the
 * activity is earlier than the month's `latest_first_at`; in-order streams never do.
 * If any month of the batch is closed, nothing is written: the IMMEDIATE transaction
 * holds the write lock, so no close can slip in between the check and the writes.
 */
export function writeActivitiesSqlite(
  sqlite: SqliteConnection,
  entries: readonly LedgerEntry[],
  recordedAt: number,
): WriteOutcome {
  const statements = prepare(sqlite);
  const write = sqlite.transaction((): WriteOutcome => {
    const sorted = [...entries].sort(byAccountMonthContactTime);
    const closedMonths: AccountMonth[] = [];
    /** Per entry of `sorted` that starts a month: the month's `latest_first_at` before the batch. */
    const latestFirstBefore = new Map<LedgerEntry, number>();
    let checked: LedgerEntry | undefined;
    for (const entry of sorted) {
      if (checked && checked.accountId === entry.accountId && checked.periodStart === entry.periodStart)
        continue;
      checked = entry;
      const state = statements.monthState.get(entry.accountId, entry.periodStart) as
        | [number | null, number]
        | undefined;
      if (state?.[0] != null)
        closedMonths.push({ accountId: entry.accountId, periodStart: entry.periodStart });
      latestFirstBefore.set(entry, state ? state[1] : Number.NEGATIVE_INFINITY);
    }
    if (closedMonths.length > 0) return { ok: false, closedMonths };
    const tallies: MonthTally[] = [];
    let tally: MonthTally | undefined;
    let latestFirst = Number.NEGATIVE_INFINITY;
    let recorded = 0;
    let newlyActive = 0;
    let previous: LedgerEntry | undefined;
    /** Per month of the batch (entries come month by month): how many contacts each day gained or lost. */
    const dayChanges: { entry: LedgerEntry; changes: Map<number, number> }[] = [];
    let monthDays: { entry: LedgerEntry; changes: Map<number, number> } | undefined;
    const changeDay = (entry: LedgerEntry, at: number, change: number) => {
      if (
        !monthDays ||
        monthDays.entry.accountId !== entry.accountId ||
        monthDays.entry.periodStart !== entry.periodStart
      ) {
        monthDays = { entry, changes: new Map() };
        dayChanges.push(monthDays);
      }
      const dayStart = dayStartAt(entry.dayStarts, at);
      monthDays.changes.set(dayStart, (monthDays.changes.get(dayStart) ?? 0) + change);
    };
    for (const entry of sorted) {
      // Entering the next month of the batch: its bound, and a tally of its own.
      const nextMonthBound = latestFirstBefore.get(entry);
      if (nextMonthBound !== undefined) {
        latestFirst = nextMonthBound;
        tally = undefined;
      }
      const appended = statements.appendToLedger.run(
        entry.accountId,
        entry.key,
        entry.periodStart,
        entry.contactId,
        entry.kind,
        entry.actor,
        entry.occurredAt,
        recordedAt,
      );
      if (appended.changes === 0) continue;
      recorded++;
      const sameContactAsPrevious =
        previous !== undefined &&
        previous.contactId === entry.contactId &&
        previous.accountId === entry.accountId &&
        previous.periodStart === entry.periodStart;
      previous = entry;
      if (sameContactAsPrevious) continue;
      const added = statements.addToActiveSet.run(
        entry.accountId,
        entry.periodStart,
        entry.contactId,
        entry.key,
        entry.occurredAt,
      );
      if (added.changes === 0) {
        if (entry.occurredAt < latestFirst) {
          const moved = statements.keepEarliestFirst.get(
            entry.key,
            entry.occurredAt,
            entry.accountId,
            entry.periodStart,
            entry.contactId,
            entry.occurredAt,
          ) as [number] | undefined;
          if (moved) {
            changeDay(entry, moved[0], -1);
            changeDay(entry, entry.occurredAt, 1);
          }
        }
        continue;
      }
      newlyActive++;
      changeDay(entry, entry.occurredAt, 1);
      if (tally) {
        tally.newlyActive++;
        tally.latestFirstAt = Math.max(tally.latestFirstAt, entry.occurredAt);
      } else {
        tally = {
          accountId: entry.accountId,
          periodStart: entry.periodStart,
          periodEnd: entry.periodEnd,
          newlyActive: 1,
          latestFirstAt: entry.occurredAt,
        };
        tallies.push(tally);
      }
    }
    for (const month of tallies) {
      statements.addToCounter.run(
        month.accountId,
        month.periodStart,
        month.periodEnd,
        month.newlyActive,
        month.latestFirstAt,
      );
    }
    for (const { entry, changes } of dayChanges) {
      for (const [dayStart, change] of changes) {
        if (change !== 0) statements.addToDay.run(entry.accountId, entry.periodStart, dayStart, change);
      }
    }
    return { ok: true, recorded, replayed: entries.length - recorded, newlyActive };
  });
  return write.immediate();
}

function byAccountMonthContactTime(a: LedgerEntry, b: LedgerEntry): number {
  if (a.accountId !== b.accountId) return a.accountId < b.accountId ? -1 : 1;
  if (a.periodStart !== b.periodStart) return a.periodStart - b.periodStart;
  if (a.contactId !== b.contactId) return a.contactId < b.contactId ? -1 : 1;
  return a.occurredAt - b.occurredAt;
}
