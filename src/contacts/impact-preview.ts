import { sql } from 'kysely';
import { findUsageCalendar } from '../accounts/account-repository.js';
import { overusageOf } from '../billing/allowance.js';
import type { Catalog } from '../billing/catalog.js';
import { readUsage } from '../billing/read-usage.js';
import type { Cents } from '../domain/money.js';
import type { ContactSelection } from '../metering/fan-out-activity.js';
import type { Store } from '../store/store.js';

/** What an action touching many contacts would do to this month's usage and bill (SPEC §6). */
export interface Impact {
  contactsTouched: number;
  /** Touched contacts not yet active this month: the ones that would start to count. */
  newlyActive: number;
  activeContacts: number;
  allowance: number | undefined;
  /** Overusage the action adds this month, and what it costs at the overusage rate. */
  extraOverusage: number;
  extraOverusageCost: Cents;
}

/** Counts the selected contacts and those of them not yet active in the current month. */
export async function previewImpact(
  store: Store,
  catalog: Catalog,
  accountId: string,
  selection: ContactSelection | undefined,
  now: number,
): Promise<Impact> {
  const month = (await findUsageCalendar(store, accountId))?.monthAt(now);
  const usage = await readUsage(store, catalog, accountId, now);
  let contactsTouched = 0;
  let newlyActive = 0;
  if (selection && month) {
    const counted = await sql<{ touched: number; newly: number }>`
      SELECT count(*) AS touched,
        sum(CASE WHEN a.contact_id IS NULL THEN 1 ELSE 0 END) AS newly
      FROM (${selection}) AS s
      LEFT JOIN active_contacts a
        ON a.account_id = ${accountId} AND a.period_start = ${month.start} AND a.contact_id = s.contact_id`.execute(
      store.db,
    );
    contactsTouched = Number(counted.rows[0]?.touched ?? 0);
    newlyActive = Number(counted.rows[0]?.newly ?? 0);
  }
  const activeContacts = usage?.activeContacts ?? 0;
  const allowance = usage?.allowance;
  const extraOverusage =
    overusageOf(activeContacts + newlyActive, allowance) - overusageOf(activeContacts, allowance);
  return {
    contactsTouched,
    newlyActive,
    activeContacts,
    allowance,
    extraOverusage,
    extraOverusageCost: extraOverusage * catalog.overusagePerContact,
  };
}
