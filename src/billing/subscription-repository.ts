import type { Kysely } from 'kysely';
import type { Database, SubscriptionTermsTable } from '../store/schema.js';
import type { Configuration } from './configuration.js';
import type { InvoiceLine } from './invoice-line.js';
import { configurationOf, type SubscriptionTerm } from './subscription-term.js';

export async function loadTerms(db: Kysely<Database>, accountId: string): Promise<SubscriptionTerm[]> {
  return (await loadTermsOfAccounts(db, [accountId])).get(accountId) ?? [];
}

/** The terms of many accounts in one query (the month close of a batch), each account's in order. */
export async function loadTermsOfAccounts(
  db: Kysely<Database>,
  accountIds: readonly string[],
): Promise<Map<string, SubscriptionTerm[]>> {
  const terms = new Map<string, SubscriptionTerm[]>();
  if (accountIds.length === 0) return terms;
  const rows = await db
    .selectFrom('subscription_terms')
    .selectAll()
    .where('account_id', 'in', accountIds)
    .orderBy('account_id')
    .orderBy('effective_from')
    .orderBy('sequence')
    .execute();
  for (const row of rows) {
    const list = terms.get(row.account_id) ?? [];
    list.push(toSubscriptionTerm(row));
    terms.set(row.account_id, list);
  }
  return terms;
}

export function toSubscriptionTerm(row: SubscriptionTermsTable): SubscriptionTerm {
  return {
    sequence: row.sequence,
    effectiveFrom: row.effective_from,
    configuration: configurationOf(row.plan_id, row.cycle, row.addon_contacts),
    cycleStartMonth: row.cycle_start_month,
    changeId: row.change_id,
  };
}

export async function insertTerm(
  db: Kysely<Database>,
  accountId: string,
  term: SubscriptionTerm,
): Promise<void> {
  await db
    .insertInto('subscription_terms')
    .values({
      account_id: accountId,
      sequence: term.sequence,
      effective_from: term.effectiveFrom,
      plan_id: term.configuration?.planId ?? null,
      cycle: term.configuration?.cycle ?? null,
      addon_contacts: term.configuration?.addonContacts ?? null,
      cycle_start_month: term.cycleStartMonth,
      change_id: term.changeId,
    })
    .execute();
}

/** Drops terms scheduled after `now`: a new change request replaces what was pending. */
export async function deletePendingTerms(
  db: Kysely<Database>,
  accountId: string,
  now: number,
): Promise<void> {
  await db
    .deleteFrom('subscription_terms')
    .where('account_id', '=', accountId)
    .where('effective_from', '>', now)
    .execute();
}

export interface RecordedChange {
  changeId: string;
  requestedAt: number;
  request: unknown;
  immediate: { effectiveAt: number; configuration: Configuration } | undefined;
  scheduled: { effectiveAt: number; configuration: Configuration | undefined } | undefined;
  lines: InvoiceLine[];
  total: number;
}

/** Appends a change to the account's history (the caller holds the account's change lock). */
export async function insertChange(
  db: Kysely<Database>,
  accountId: string,
  change: RecordedChange,
): Promise<void> {
  const last = await db
    .selectFrom('subscription_changes')
    .select((eb) => eb.fn.max('sequence').as('sequence'))
    .where('account_id', '=', accountId)
    .executeTakeFirst();
  await db
    .insertInto('subscription_changes')
    .values({
      account_id: accountId,
      sequence: Number(last?.sequence ?? 0) + 1,
      change_id: change.changeId,
      requested_at: change.requestedAt,
      request: JSON.stringify(change.request),
      immediate: change.immediate ? JSON.stringify(change.immediate) : null,
      scheduled: change.scheduled ? JSON.stringify(change.scheduled) : null,
      lines: JSON.stringify(change.lines),
      total: change.total,
    })
    .execute();
}

export async function listChanges(db: Kysely<Database>, accountId: string): Promise<RecordedChange[]> {
  const rows = await db
    .selectFrom('subscription_changes')
    .selectAll()
    .where('account_id', '=', accountId)
    .orderBy('sequence')
    .execute();
  return rows.map((row) => ({
    changeId: row.change_id,
    requestedAt: row.requested_at,
    request: JSON.parse(row.request),
    immediate: row.immediate ? JSON.parse(row.immediate) : undefined,
    scheduled: row.scheduled ? JSON.parse(row.scheduled) : undefined,
    lines: JSON.parse(row.lines),
    total: row.total,
  }));
}
