import { findUsageCalendar } from '../accounts/account-repository.js';
import type { UsageMonth } from '../domain/usage-month.js';
import type { Store } from '../store/store.js';

export interface UsageCount {
  month: UsageMonth;
  activeContacts: number;
}

/**
 * The exact active count of the usage month containing `at`: one primary-key read of the
 * month's counter, never a count over the ledger. Undefined for an unknown account or an
 * instant before the subscription started.
 */
export async function readUsageCount(
  store: Store,
  accountId: string,
  at: number,
): Promise<UsageCount | undefined> {
  const calendar = await findUsageCalendar(store, accountId);
  const month = calendar?.monthAt(at);
  if (!month) return undefined;
  const row = await store.db
    .selectFrom('usage_months')
    .select('active_contacts')
    .where('account_id', '=', accountId)
    .where('period_start', '=', month.start)
    .executeTakeFirst();
  return { month, activeContacts: row?.active_contacts ?? 0 };
}
