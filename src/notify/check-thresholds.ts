import { sql } from 'kysely';
import { findUsageCalendar } from '../accounts/account-repository.js';
import { advise } from '../billing/advisor.js';
import { allowanceOf } from '../billing/allowance.js';
import type { Catalog } from '../billing/catalog.js';
import { readUsageWithDetails } from '../billing/read-usage.js';
import { forecastUsage } from '../billing/usage-forecast.js';
import { formatCents } from '../domain/money.js';
import { formatInstant } from '../domain/usage-month.js';
import type { Store } from '../store/store.js';
import { inWriteTransaction } from '../store/write-transaction.js';
import { listAlertRecipients, thresholdEmailAddresses } from './alert-recipients.js';
import { enqueueEmail } from './email-outbox.js';
import { addNotification } from './notifications.js';
import { reachedThresholds, type ThresholdPercent, thresholdNotice } from './threshold-notice.js';
import { enqueueWebhookEvent } from './webhook-events.js';

/**
 * Notifies the account of every threshold its usage month (the one containing `at`) has
 * reached and not yet been told about: a dashboard notice, an e-mail to the billing
 * address and a `usage.threshold_reached` webhook, all written in one transaction with
 * the threshold row. That row's primary key (account, month, percent) lets exactly one
 * caller win — across retries, restarts and instances — and only the winner notifies.
 * A jump past both thresholds at once (a big rename) records both and sends one notice,
 * the 100 % one. Legacy plans have no allowance and are never notified.
 * Returns the percentages this call notified about.
 */
export async function checkUsageThresholds(
  store: Store,
  catalog: Catalog,
  accountId: string,
  at: number,
  now: number,
): Promise<ThresholdPercent[]> {
  if (!(await mayHaveThresholdsToAnnounce(store, catalog, accountId, at))) return [];
  const read = await readUsageWithDetails(store, catalog, accountId, at);
  const usage = read?.usage;
  if (!read || !usage?.configuration || usage.allowance === undefined) return [];
  const missing = reachedThresholds(usage.activeContacts, usage.allowance).filter(
    (percent) => !usage.thresholdsReached.some((reached) => reached.percent === percent),
  );
  if (missing.length === 0) return [];

  const zone = usage.account.timeZone;
  const forecast = forecastUsage(catalog, usage, read.dayCounts, now);
  const advice = advise(
    catalog,
    usage.configuration,
    Math.max(forecast.activeContacts, usage.activeContacts),
  );
  const recipients = thresholdEmailAddresses(
    read.billingDetails.email,
    await listAlertRecipients(store.db, accountId),
  );
  const cheapest = advice.options[0];
  if (!cheapest) return [];
  const money = (cents: number) => ({ amount: formatCents(cents), currency: catalog.currency });

  return inWriteTransaction(store, async (db) => {
    const won: ThresholdPercent[] = [];
    for (const percent of missing) {
      const inserted = await db
        .insertInto('usage_thresholds')
        .values({
          account_id: accountId,
          period_start: usage.month.start,
          percent,
          reached_at: now,
          active_contacts: usage.activeContacts,
          allowance: usage.allowance as number,
        })
        .onConflict((conflict) => conflict.doNothing())
        .executeTakeFirst();
      if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1) won.push(percent);
    }
    const percent = won.at(-1);
    if (percent === undefined) return [];
    const figures = {
      percent,
      periodStart: formatInstant(usage.month.start, zone),
      periodEnd: formatInstant(usage.month.end, zone),
      activeContacts: usage.activeContacts,
      allowance: usage.allowance as number,
      includedContacts: usage.includedContacts,
      addonContacts: usage.addonContacts,
      overusage: usage.overusage,
      overusageCost: usage.overusageCost,
      forecast: {
        activeContacts: forecast.activeContacts,
        overusage: forecast.overusage,
        overusageCost: forecast.overusageCost,
      },
      cheapest,
      planName: usage.plan?.name ?? usage.configuration?.planId ?? '',
    };
    const notice = thresholdNotice(catalog, figures);
    const data = {
      accountId,
      percent,
      periodStart: figures.periodStart,
      periodEnd: figures.periodEnd,
      activeContacts: figures.activeContacts,
      allowance: figures.allowance,
      includedContacts: figures.includedContacts,
      addonContacts: figures.addonContacts,
      overusage: figures.overusage,
      overusageCost: money(figures.overusageCost),
      forecast: {
        activeContacts: forecast.activeContacts,
        overusage: forecast.overusage,
        overusageCost: money(forecast.overusageCost),
      },
      cheapestOption: {
        kind: cheapest.kind,
        plan: cheapest.configuration.planId,
        cycle: cheapest.configuration.cycle,
        addonContacts: cheapest.configuration.addonContacts,
        monthlyCost: money(cheapest.monthlyCost),
      },
    };
    await addNotification(
      db,
      accountId,
      { type: 'usage.threshold_reached', title: notice.title, message: notice.message, data },
      now,
    );
    for (const to of recipients) {
      await enqueueEmail(db, accountId, { to, subject: notice.title, body: notice.email }, now);
    }
    await enqueueWebhookEvent(db, accountId, 'usage.threshold_reached', data, now);
    return won;
  });
}

/**
 * Months with nothing left to announce, ever: closed, or told about 100 %. Both facts are
 * final, so each instance remembers them and an account over its allowance costs no
 * read per request for the rest of the month.
 */
const settledMonths = new WeakMap<Store, Set<string>>();
const maxSettledMonths = 100_000;

/**
 * One primary-key read that settles most checks without loading the account's terms:
 * nothing to announce when the month has no usage, is closed (it has been invoiced; a
 * warning would come too late to act on), has had its 100 % notice (a jump past both
 * thresholds records both), or is below 80 % of the smallest allowance any plan grants.
 */
async function mayHaveThresholdsToAnnounce(
  store: Store,
  catalog: Catalog,
  accountId: string,
  at: number,
): Promise<boolean> {
  const month = (await findUsageCalendar(store, accountId))?.monthAt(at);
  const smallestMark = smallestAnnouncedCount(catalog);
  if (!month || smallestMark === undefined) return false;
  let settled = settledMonths.get(store);
  if (!settled) {
    settled = new Set();
    settledMonths.set(store, settled);
  }
  const monthKey = `${month.start}\u0000${accountId}`;
  if (settled.has(monthKey)) return false;
  const row = await store.db
    .selectFrom('usage_months as months')
    .select(['months.active_contacts', 'months.closed_at'])
    .select((query) =>
      query
        .selectFrom('usage_thresholds as reached')
        .select((reached) => reached.fn.max('reached.percent').as('percent'))
        .whereRef('reached.account_id', '=', 'months.account_id')
        .whereRef('reached.period_start', '=', 'months.period_start')
        .as('announced'),
    )
    .where('months.account_id', '=', accountId)
    .where('months.period_start', '=', month.start)
    .executeTakeFirst();
  if (row && (row.closed_at !== null || Number(row.announced ?? 0) >= 100)) {
    if (settled.size >= maxSettledMonths) settled.clear();
    settled.add(monthKey);
    return false;
  }
  return row !== undefined && row.active_contacts >= smallestMark;
}

/**
 * The fewest active contacts that can reach a threshold: 80 % of the smallest allowance any
 * plan grants (without add-ons, which only raise it).
 */
function smallestAnnouncedCount(catalog: Catalog): number | undefined {
  const allowances = catalog.plans.flatMap((plan) => allowanceOf(plan, 0) ?? []);
  return allowances.length === 0 ? undefined : Math.ceil((Math.min(...allowances) * 80) / 100);
}

/**
 * Catches what the per-request check could not see: activities recorded outside the
 * HTTP API (the CLI import, the library) and a process that died between committing an
 * activity and checking. Looks only at open months with at least the smallest 80 % mark
 * that have not yet reached 100 %.
 */
const sweepBatch = 100;

export async function sweepUsageThresholds(store: Store, catalog: Catalog, now: number): Promise<number> {
  const smallestMark = smallestAnnouncedCount(catalog);
  if (smallestMark === undefined) return 0;
  const candidates = await store.db
    .selectFrom('usage_months as months')
    .select(['months.account_id', 'months.period_start'])
    .where('months.closed_at', 'is', null)
    .where('months.active_contacts', '>=', smallestMark)
    .where('months.period_start', '<=', now)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('usage_thresholds as reached')
            .select(sql`1`.as('one'))
            .whereRef('reached.account_id', '=', 'months.account_id')
            .whereRef('reached.period_start', '=', 'months.period_start')
            .where('reached.percent', '=', 100),
        ),
      ),
    )
    // A bounded share per pass: a database full of bulk-loaded usage is announced over a
    // few minutes instead of one pass that keeps the server busy.
    .limit(sweepBatch)
    .execute();
  let notified = 0;
  for (const candidate of candidates) {
    const sent = await checkUsageThresholds(
      store,
      catalog,
      candidate.account_id,
      Number(candidate.period_start),
      now,
    );
    notified += sent.length;
  }
  return notified;
}
