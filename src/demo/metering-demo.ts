import { sql } from 'kysely';
import { Temporal } from 'temporal-polyfill';
import type { Account } from '../accounts/account.js';
import { findAccount, findUsageCalendar } from '../accounts/account-repository.js';
import { openAccount } from '../accounts/open-account.js';
import { loadCatalog } from '../billing/catalog.js';
import type { Activity, ActivityKind, Actor } from '../domain/activity.js';
import type { UsageMonth } from '../domain/usage-month.js';
import { fanOutActivity } from '../metering/fan-out-activity.js';
import { recordActivities } from '../metering/record-activities.js';
import type { Store } from '../store/store.js';
import { SeededRandom } from '../support/seeded-random.js';

export const demoAccountId = 'acc_demo';
const timeZone = 'Europe/Berlin';
const day = 24 * 3600_000;

export interface DemoResult {
  account: Account;
  month: UsageMonth;
  activitiesRecorded: number;
  /** The demo account's API key, when this run created the account (it is shown only once). */
  apiKey: string | undefined;
}

/**
 * Seeds a demo account whose usage month before the current one holds a realistic month
 * of work: funnel leads and an import creating contacts, a sales team moving them across
 * the board, notes, automated e-mails to older contacts, and one column rename. Keys are
 * deterministic, so running the demo again records nothing twice.
 */
export async function seedMeteringDemo(store: Store, now = Date.now()): Promise<DemoResult> {
  const today = Temporal.Instant.fromEpochMilliseconds(now).toZonedDateTimeISO(timeZone);
  const anchor = today.with({ day: 1 }).startOfDay().subtract({ months: 2 });
  let apiKey: string | undefined;
  let account = await findAccount(store.db, demoAccountId);
  if (!account) {
    const opened = await openAccount(
      store,
      loadCatalog(),
      {
        id: demoAccountId,
        name: 'Demo GmbH',
        timeZone,
        configuration: { planId: 'grow', cycle: 'monthly', addonContacts: 0 },
        startsAt: anchor.epochMilliseconds,
      },
      now,
    );
    account = opened.account;
    apiKey = opened.apiKey;
  }
  const calendar = await findUsageCalendar(store, account.id);
  const previousMonth = calendar?.monthAt(now - 31 * day) ?? {
    index: 0,
    start: anchor.epochMilliseconds,
    end: now,
  };
  const random = new SeededRandom(20_260_101);
  const activities: Activity[] = [];
  const add = (key: string, contactId: string, kind: ActivityKind, actor: Actor, occurredAt: number) =>
    activities.push({
      accountId: account.id,
      key: `demo-${previousMonth.start}-${key}`,
      contactId,
      kind,
      actor,
      occurredAt,
    });
  const monthLength = previousMonth.end - previousMonth.start;
  const sometime = () => previousMonth.start + random.below(monthLength);

  for (let lead = 0; lead < 180; lead++) {
    const createdAt = sometime();
    const contactId = `lead-${previousMonth.index}-${lead}`;
    add(`created-${lead}`, contactId, 'contact.created', 'funnel', createdAt);
    add(`answers-${lead}`, contactId, 'property.set', 'funnel', createdAt + 1000);
    if (random.next() < 0.6)
      add(`status-${lead}`, contactId, 'contact.status_changed', 'user', createdAt + random.below(3 * day));
    if (random.next() < 0.4)
      add(`note-${lead}`, contactId, 'note.added', 'user', createdAt + random.below(5 * day));
  }
  const importedAt = previousMonth.start + 9 * day + 10 * 3600_000;
  for (let row = 0; row < 80; row++) {
    add(
      `import-${row}`,
      `imported-${previousMonth.index}-${row}`,
      'contact.created',
      'import',
      importedAt + row,
    );
  }
  for (let customer = 0; customer < 60; customer++) {
    add(`newsletter-${customer}`, `customer-${customer}`, 'message.sent', 'automation', sometime());
  }
  const outcome = await recordActivities(store, activities, now);
  if (!outcome.ok)
    throw new Error(`demo activities were refused: ${JSON.stringify(outcome.issues.slice(0, 3))}`);

  // Renaming a column touches every contact in it: here the leads moved before the rename.
  const renamedAt = previousMonth.start + 20 * day;
  const renamed = await fanOutActivity(
    store,
    {
      accountId: account.id,
      key: `demo-${previousMonth.start}-rename-qualified`,
      kind: 'status.renamed',
      actor: 'user',
      occurredAt: renamedAt,
    },
    store.db
      .selectFrom('activity_ledger')
      .select(sql<string>`contact_id`.as('contact_id'))
      .distinct()
      .where('account_id', '=', account.id)
      .where('kind', '=', 'contact.status_changed')
      .where('period_start', '=', previousMonth.start)
      .where('occurred_at', '<', renamedAt),
    { recordedAt: now },
  );
  if (!renamed.ok) throw new Error(`demo rename was refused: ${renamed.message}`);
  return {
    account,
    month: previousMonth,
    activitiesRecorded: outcome.recorded + (renamed.replayed ? 0 : 1),
    apiKey,
  };
}
