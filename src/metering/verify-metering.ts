import { sql } from 'kysely';
import { dayStartAt, localDayStarts } from '../domain/local-days.js';
import type { Store } from '../store/store.js';

/** One account and usage month whose stored figures disagree with the ledger. */
export interface MonthDifference {
  accountId: string;
  periodStart: number;
  /** Distinct contacts with a qualifying activity in the month, recounted from the ledger. */
  ledgerContacts: number;
  activeSetContacts: number;
  counter: number;
  /** Contacts the ledger says were touched but the active set lacks. */
  missingFromActiveSet: number;
  /** Active-set rows with no ledger activity behind them. */
  unexplained: number;
  /** Active-set rows whose first activity is not the earliest one in the ledger. */
  wrongFirstActivity: number;
  /** Ledger activities whose time lies outside the month they were filed under. */
  activitiesOutsideMonth: number;
  /**
   * Active-set rows whose first activity is later than the month's `latest_first_at`:
   * recording could then miss an earlier first activity for them.
   */
  firstsAfterBound: number;
  /**
   * Retention removed the month's ledger (decision 0049): only the counter against the
   * active set, and the active set against its bound, can still be checked.
   */
  ledgerPruned: boolean;
  /** Local days whose activation counter differs from the active set's first activities that day. */
  wrongDayCounters: number;
}

export interface VerifyReport {
  monthsChecked: number;
  /** Of those, months whose ledger was pruned. */
  prunedMonthsChecked: number;
  differences: MonthDifference[];
}

interface MonthFigures {
  ledger_contacts: number;
  active_set_contacts: number;
  missing_from_active_set: number;
  unexplained: number;
  wrong_first_activity: number;
}

/**
 * Recounts every usage month from the activity ledger (direct activities and the contacts
 * of fan-out activities) and compares the result with the active set and the counters.
 * This is the one place that counts distinct contacts over the ledger: it is the audit,
 * not the read path.
 */
export async function verifyMetering(store: Store): Promise<VerifyReport> {
  const figures = await sql<MonthFigures & { account_id: string; period_start: number }>`
    WITH touched AS (
      SELECT account_id, period_start, contact_id, occurred_at FROM activity_ledger WHERE contact_id IS NOT NULL
      UNION ALL
      SELECT l.account_id, l.period_start, f.contact_id, l.occurred_at
      FROM fanout_contacts f JOIN activity_ledger l ON l.account_id = f.account_id AND l.activity_key = f.activity_key
    ),
    recounted AS (
      SELECT account_id, period_start, contact_id, min(occurred_at) AS first_at
      FROM touched GROUP BY account_id, period_start, contact_id
    )
    SELECT coalesce(r.account_id, a.account_id) AS account_id,
      coalesce(r.period_start, a.period_start) AS period_start,
      count(r.contact_id) AS ledger_contacts,
      count(a.contact_id) AS active_set_contacts,
      sum(CASE WHEN a.contact_id IS NULL THEN 1 ELSE 0 END) AS missing_from_active_set,
      sum(CASE WHEN r.contact_id IS NULL THEN 1 ELSE 0 END) AS unexplained,
      sum(CASE WHEN r.first_at <> a.first_occurred_at THEN 1 ELSE 0 END) AS wrong_first_activity
    FROM recounted r FULL OUTER JOIN active_contacts a
      ON a.account_id = r.account_id AND a.period_start = r.period_start AND a.contact_id = r.contact_id
    GROUP BY coalesce(r.account_id, a.account_id), coalesce(r.period_start, a.period_start)`.execute(
    store.db,
  );

  const outside = await sql<{ account_id: string; period_start: number; activities: number }>`
    SELECT l.account_id, l.period_start, count(*) AS activities
    FROM activity_ledger l JOIN usage_months m ON m.account_id = l.account_id AND m.period_start = l.period_start
    WHERE l.occurred_at < m.period_start OR l.occurred_at >= m.period_end
    GROUP BY l.account_id, l.period_start`.execute(store.db);

  const counters = await store.db
    .selectFrom('usage_months')
    .select(['account_id', 'period_start', 'active_contacts', 'ledger_pruned_at'])
    .execute();

  const beyondBound = await sql<{ account_id: string; period_start: number; contacts: number }>`
    SELECT a.account_id, a.period_start, count(*) AS contacts
    FROM active_contacts a JOIN usage_months m ON m.account_id = a.account_id AND m.period_start = a.period_start
    WHERE a.first_occurred_at > m.latest_first_at
    GROUP BY a.account_id, a.period_start`.execute(store.db);

  const months = new Map<string, MonthDifference>();
  const monthOf = (accountId: string, periodStart: number): MonthDifference => {
    const key = `${accountId}\u0000${periodStart}`;
    let month = months.get(key);
    if (!month) {
      month = {
        accountId,
        periodStart,
        ledgerContacts: 0,
        activeSetContacts: 0,
        counter: 0,
        missingFromActiveSet: 0,
        unexplained: 0,
        wrongFirstActivity: 0,
        activitiesOutsideMonth: 0,
        firstsAfterBound: 0,
        ledgerPruned: false,
        wrongDayCounters: 0,
      };
      months.set(key, month);
    }
    return month;
  };
  for (const row of figures.rows) {
    const month = monthOf(row.account_id, Number(row.period_start));
    month.ledgerContacts = Number(row.ledger_contacts);
    month.activeSetContacts = Number(row.active_set_contacts);
    month.missingFromActiveSet = Number(row.missing_from_active_set);
    month.unexplained = Number(row.unexplained);
    month.wrongFirstActivity = Number(row.wrong_first_activity);
  }
  for (const row of counters) {
    const month = monthOf(row.account_id, Number(row.period_start));
    month.counter = Number(row.active_contacts);
    month.ledgerPruned = row.ledger_pruned_at !== null;
  }
  for (const row of outside.rows) {
    monthOf(row.account_id, Number(row.period_start)).activitiesOutsideMonth = Number(row.activities);
  }
  for (const row of beyondBound.rows) {
    monthOf(row.account_id, Number(row.period_start)).firstsAfterBound = Number(row.contacts);
  }

  for (const wrong of await wrongDayCounters(store)) {
    monthOf(wrong.accountId, wrong.periodStart).wrongDayCounters = wrong.days;
  }

  const differences = [...months.values()].filter(isDifferent);
  differences.sort((a, b) => a.accountId.localeCompare(b.accountId) || a.periodStart - b.periodStart);
  const prunedMonthsChecked = [...months.values()].filter((month) => month.ledgerPruned).length;
  return { monthsChecked: months.size, prunedMonthsChecked, differences };
}

function isDifferent(month: MonthDifference): boolean {
  if (month.ledgerPruned) {
    // The active set stays, so its days can still be checked against the day counters.
    return (
      month.activeSetContacts !== month.counter || month.firstsAfterBound > 0 || month.wrongDayCounters > 0
    );
  }
  return (
    month.ledgerContacts !== month.activeSetContacts ||
    month.ledgerContacts !== month.counter ||
    month.missingFromActiveSet > 0 ||
    month.unexplained > 0 ||
    month.wrongFirstActivity > 0 ||
    month.activitiesOutsideMonth > 0 ||
    month.firstsAfterBound > 0 ||
    month.wrongDayCounters > 0
  );
}

/** Time zone offsets are whole quarter hours, so a quarter-hour bucket never straddles a local midnight. */
const bucketMs = 15 * 60_000;

/**
 * Recounts each month's active set by the local day of its first activities (grouped
 * into quarter-hour buckets by the database) and compares the result with the day
 * counters: the months with days that differ, and how many days.
 */
async function wrongDayCounters(
  store: Store,
): Promise<{ accountId: string; periodStart: number; days: number }[]> {
  const months = await store.db
    .selectFrom('usage_months as m')
    .innerJoin('accounts as a', 'a.account_id', 'm.account_id')
    .select(['m.account_id', 'm.period_start', 'm.period_end', 'a.time_zone'])
    .execute();
  const buckets = await sql<{ account_id: string; period_start: number; bucket: number; contacts: number }>`
    SELECT account_id, period_start, first_occurred_at / ${sql.lit(bucketMs)} AS bucket, count(*) AS contacts
    FROM active_contacts GROUP BY account_id, period_start, first_occurred_at / ${sql.lit(bucketMs)}`.execute(
    store.db,
  );
  const counters = await store.db
    .selectFrom('daily_activations')
    .select(['account_id', 'period_start', 'day_start', 'newly_active'])
    .execute();
  /** Per month, per day start: recounted minus counted; every day left non-zero is wrong. */
  const balances = new Map<string, Map<number, number>>();
  const balanceOf = (accountId: string, periodStart: number) => {
    const key = `${accountId}\u0000${periodStart}`;
    let days = balances.get(key);
    if (!days) {
      days = new Map();
      balances.set(key, days);
    }
    return days;
  };
  const dayStartsByMonth = new Map(
    months.map((month) => [
      `${month.account_id}\u0000${Number(month.period_start)}`,
      localDayStarts(
        { index: 0, start: Number(month.period_start), end: Number(month.period_end) },
        month.time_zone,
      ),
    ]),
  );
  for (const row of buckets.rows) {
    const periodStart = Number(row.period_start);
    const dayStarts = dayStartsByMonth.get(`${row.account_id}\u0000${periodStart}`);
    // A bucket of a month without a month row: its counter is checked with the month's figures above.
    const dayStart = dayStarts ? dayStartAt(dayStarts, Number(row.bucket) * bucketMs) : Number.NaN;
    const days = balanceOf(row.account_id, periodStart);
    days.set(dayStart, (days.get(dayStart) ?? 0) + Number(row.contacts));
  }
  for (const row of counters) {
    const days = balanceOf(row.account_id, Number(row.period_start));
    const dayStart = Number(row.day_start);
    days.set(dayStart, (days.get(dayStart) ?? 0) - Number(row.newly_active));
  }
  const wrong: { accountId: string; periodStart: number; days: number }[] = [];
  for (const [key, days] of balances) {
    const count = [...days.values()].filter((balance) => balance !== 0).length;
    if (count === 0) continue;
    const [accountId, periodStart] = key.split('\u0000') as [string, string];
    wrong.push({ accountId, periodStart: Number(periodStart), days: count });
  }
  return wrong;
}
