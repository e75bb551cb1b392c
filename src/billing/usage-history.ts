import { findAccount, findUsageCalendar } from '../accounts/account-repository.js';
import type { Cents } from '../domain/money.js';
import type { UsageMonth } from '../domain/usage-month.js';
import type { Store } from '../store/store.js';
import { computeUsageFigures } from './allowance.js';
import type { Catalog } from './catalog.js';
import { loadTerms } from './subscription-repository.js';
import { termInForce } from './subscription-term.js';

export interface UsageMonthSummary {
  month: UsageMonth;
  activeContacts: number;
  /** Undefined when the month has no limit (legacy plan, or no subscription at its end). */
  allowance: number | undefined;
  overusage: number;
  overusageCost: Cents;
  closed: boolean;
}

/**
 * The account's usage months, newest first, up to `limit`: the current month and those before
 * it. A closed month answers its frozen figures (its allowance and overusage never change
 * once invoiced); an open one is computed from the terms in force at its end, as `readUsage`
 * does. One query reads every counter, so the dashboard's "past months" costs one round trip.
 */
export async function listUsageMonths(
  store: Store,
  catalog: Catalog,
  accountId: string,
  now: number,
  limit: number,
): Promise<UsageMonthSummary[] | undefined> {
  const calendar = await findUsageCalendar(store, accountId);
  const account = calendar && (await findAccount(store.db, accountId));
  if (!calendar || !account) return undefined;
  const current = calendar.monthAt(now);
  if (!current) return [];
  const months: UsageMonth[] = [];
  for (let index = current.index; index >= 0 && months.length < limit; index--) {
    months.push(calendar.month(index));
  }
  const oldest = months.at(-1)?.start ?? current.start;
  const [terms, rows] = await Promise.all([
    loadTerms(store.db, accountId),
    store.db
      .selectFrom('usage_months')
      .select(['period_start', 'active_contacts', 'closed_at', 'allowance', 'overusage'])
      .where('account_id', '=', accountId)
      .where('period_start', '>=', oldest)
      .execute(),
  ]);
  const byStart = new Map(rows.map((row) => [Number(row.period_start), row]));
  return months.map((month) => {
    const row = byStart.get(month.start);
    const activeContacts = Number(row?.active_contacts ?? 0);
    if (row && row.closed_at !== null) {
      const overusage = Number(row.overusage ?? 0);
      return {
        month,
        activeContacts,
        allowance: row.allowance === null ? undefined : Number(row.allowance),
        overusage,
        overusageCost: overusage * catalog.overusagePerContact,
        closed: true,
      };
    }
    const configuration = termInForce(terms, month.end, 'before')?.configuration;
    const figures = computeUsageFigures(catalog, configuration, activeContacts);
    return {
      month,
      activeContacts,
      allowance: figures.allowance,
      overusage: figures.overusage,
      overusageCost: figures.overusageCost,
      closed: false,
    };
  });
}
