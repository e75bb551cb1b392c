import { sha256 } from '../src/accounts/api-keys.js';
import { loadCatalog } from '../src/billing/catalog.js';
import { UsageCalendar } from '../src/domain/usage-calendar.js';
import { type Store, sql } from '../src/store/store.js';

/** Every benchmark account lives in Berlin time on the Start plan, billed monthly. */
export const benchTimeZone = 'Europe/Berlin';

/** The API key of the index-th benchmark account: deterministic, so any phase can rebuild it. */
export function benchToken(index: number): string {
  return `tally_${index.toString(16).padStart(16, '0')}_${'b'.repeat(24)}${index.toString(36).padStart(8, '0')}`;
}

/**
 * Opens `accountIds` accounts directly in the database, as the API would have left them:
 * the account, its Start-monthly subscription from `anchor`, a billing state whose next
 * close is the usage month starting at `monthStart` (earlier months count as closed and
 * invoiced), and one API key each (`benchToken`). 1,000 rows a statement.
 */
export async function seedBenchAccounts(
  store: Store,
  accountIds: readonly string[],
  anchor: number,
  monthStart: number,
): Promise<void> {
  const calendar = new UsageCalendar(anchor, benchTimeZone);
  let month = 0;
  while (calendar.month(month).start < monthStart) month++;
  const db = store.db;
  for (let offset = 0; offset < accountIds.length; offset += 1000) {
    const slice = accountIds.slice(offset, offset + 1000).map((id, index) => ({ id, index: offset + index }));
    await db
      .insertInto('accounts')
      .values(
        slice.map(({ id }) => ({
          account_id: id,
          name: id,
          time_zone: benchTimeZone,
          billing_anchor: anchor,
          created_at: anchor,
        })),
      )
      .execute();
    await db
      .insertInto('subscription_terms')
      .values(
        slice.map(({ id }) => ({
          account_id: id,
          sequence: 1,
          effective_from: anchor,
          plan_id: 'start',
          cycle: 'monthly',
          addon_contacts: 0,
          cycle_start_month: 0,
          change_id: 'opening',
        })),
      )
      .execute();
    await db
      .insertInto('billing_states')
      .values(
        slice.map(({ id }) => ({
          account_id: id,
          next_close_month: month,
          next_close_due: calendar.month(month).end,
          next_upfront_month: month + 1,
          next_upfront_due: calendar.month(month + 1).start,
        })),
      )
      .execute();
    await db
      .insertInto('api_keys')
      .values(
        slice.map(({ id, index }) => {
          const [, keyId, secret] = benchToken(index).split('_') as [string, string, string];
          return {
            account_id: id,
            key_id: keyId,
            secret_sha256: sha256(secret),
            label: 'bench',
            created_at: anchor,
            revoked_at: null,
          };
        }),
      )
      .execute();
  }
}

/**
 * Records the month's 80 % and 100 % thresholds as already announced wherever the count is
 * past them, as they would be in a server that had watched the month grow. Without this a
 * server started on a bulk-loaded month spends its first minutes announcing 10,000
 * accounts' thresholds at once, which is catch-up work, not the steady state being measured.
 */
export async function recordThresholdsReached(store: Store, monthStart: number, now: number): Promise<void> {
  const allowance = loadCatalog().plans.find((plan) => plan.id === 'start')?.includedContacts ?? 0;
  for (const percent of [80, 100] as const) {
    await sql`INSERT INTO usage_thresholds (account_id, period_start, percent, reached_at, active_contacts, allowance)
      SELECT account_id, period_start, ${percent}, ${now}, active_contacts, ${allowance} FROM usage_months
      WHERE period_start = ${monthStart} AND active_contacts * 100 >= ${percent * allowance}`.execute(
      store.db,
    );
  }
}
