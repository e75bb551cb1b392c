import type { Account } from '../accounts/account.js';
import { findAccount, findUsageCalendar } from '../accounts/account-repository.js';
import type { Catalog } from '../billing/catalog.js';
import { type ProjectedBill, projectedBill } from '../billing/projected-bill.js';
import { readUsageWithDetails, type Usage } from '../billing/read-usage.js';
import { forecastUsage, type UsageForecast } from '../billing/usage-forecast.js';
import { listUsageMonths, type UsageMonthSummary } from '../billing/usage-history.js';
import { type ContactLabel, findContactLabels } from '../contacts/contact-repository.js';
import type { ActivityKind } from '../domain/activity.js';
import type { UsageMonth } from '../domain/usage-month.js';
import { zonedAnchor } from '../domain/usage-month.js';
import { type DailyActivations, dailyActivationsFrom } from '../metering/daily-activations.js';
import { type ActiveContact, listActiveContacts, maxPageSize } from '../metering/list-active-contacts.js';
import type { Store } from '../store/store.js';

/**
 * A usage month is named by a period: "current", or the local YYYY-MM it starts in. A
 * period before the account's first month, or one that is not a month, names none.
 */
export class UnknownPeriodError extends Error {
  constructor(readonly period: string) {
    super(`no usage month starts in ${period}`);
    this.name = 'UnknownPeriodError';
  }
}

/** The current month's usage, its month-end forecast and what the month is heading to cost. */
export interface CurrentUsage {
  usage: Usage;
  forecast: UsageForecast;
  /** With VAT as the invoices charge it; undefined once the subscription has ended. */
  projectedBill: ProjectedBill | undefined;
}

/** The current month's usage and forecast; undefined before the subscription starts. */
export async function readCurrentUsage(
  store: Store,
  catalog: Catalog,
  accountId: string,
  now: number,
): Promise<CurrentUsage | undefined> {
  const read = await readUsageWithDetails(store, catalog, accountId, now);
  if (!read) return undefined;
  const { usage, dayCounts, billingDetails } = read;
  const forecast = forecastUsage(catalog, usage, dayCounts, now);
  const bill = usage.configuration
    ? projectedBill(catalog, usage.configuration, forecast.overusageCost, billingDetails)
    : undefined;
  return { usage, forecast, projectedBill: bill };
}

/** A period's usage day by day (up to now); undefined when its subscription had not started. */
export async function readDailyUsage(
  store: Store,
  catalog: Catalog,
  accountId: string,
  period: string,
  now: number,
): Promise<{ usage: Usage; days: DailyActivations[] } | undefined> {
  const read = await readUsageWithDetails(
    store,
    catalog,
    accountId,
    await instantOfPeriod(store, accountId, period, now),
  );
  if (!read) return undefined;
  const { usage } = read;
  const until = Math.min(Math.max(now, usage.month.start), usage.month.end);
  return { usage, days: dailyActivationsFrom(read.dayCounts, usage.month, usage.account.timeZone, until) };
}

/** The usage months so far, newest first, with the account whose zone shows them. */
export async function readUsageMonths(
  store: Store,
  catalog: Catalog,
  accountId: string,
  now: number,
  limit: number,
): Promise<{ account: Account; months: UsageMonthSummary[] } | undefined> {
  const account = await findAccount(store.db, accountId);
  const months = await listUsageMonths(store, catalog, accountId, now, limit);
  return account && months ? { account, months } : undefined;
}

/** Active contacts with the names Tally knows for them (none for contacts another CRM hosts). */
export interface LabelledActiveContacts {
  account: Account;
  month: UsageMonth;
  contacts: ActiveContact[];
  labels: Map<string, ContactLabel>;
  nextCursor: string | undefined;
}

export interface ActiveContactsQuery {
  period: string;
  kind?: ActivityKind;
}

/** One page of a period's active contacts; undefined when its subscription had not started. */
export async function readActiveContacts(
  store: Store,
  accountId: string,
  query: ActiveContactsQuery & { limit: number; cursor?: string },
  now: number,
): Promise<LabelledActiveContacts | undefined> {
  const account = await findAccount(store.db, accountId);
  if (!account) return undefined;
  const at = await instantOfPeriod(store, accountId, query.period, now);
  const page = await listActiveContacts(store, accountId, {
    at,
    limit: query.limit,
    ...(query.cursor === undefined ? {} : { after: query.cursor }),
    ...(query.kind === undefined ? {} : { kind: query.kind }),
  });
  if (!page) return undefined;
  const labels = await findContactLabels(
    store.db,
    accountId,
    page.contacts.map((contact) => contact.contactId),
  );
  return { account, month: page.month, contacts: page.contacts, labels, nextCursor: page.nextCursor };
}

/** Every active contact of a period (the export), read page by page. */
export async function readAllActiveContacts(
  store: Store,
  accountId: string,
  query: ActiveContactsQuery,
  now: number,
): Promise<LabelledActiveContacts | undefined> {
  let all: LabelledActiveContacts | undefined;
  let cursor: string | undefined;
  do {
    const page = await readActiveContacts(
      store,
      accountId,
      { ...query, limit: maxPageSize, ...(cursor === undefined ? {} : { cursor }) },
      now,
    );
    if (!page) return undefined;
    if (all) {
      all.contacts.push(...page.contacts);
      for (const [id, label] of page.labels) all.labels.set(id, label);
    } else {
      all = page;
    }
    cursor = page.nextCursor;
  } while (cursor);
  return all && { ...all, nextCursor: undefined };
}

/** An instant inside the usage month a period names. */
async function instantOfPeriod(
  store: Store,
  accountId: string,
  period: string,
  now: number,
): Promise<number> {
  if (period === 'current') return now;
  const account = await findAccount(store.db, accountId);
  const calendar = await findUsageCalendar(store, accountId);
  if (!account || !calendar) throw new UnknownPeriodError(period);
  const [year, month] = period.split('-').map(Number) as [number, number];
  const anchor = zonedAnchor(account.billingAnchor, account.timeZone);
  const index = (year - anchor.year) * 12 + (month - anchor.month);
  if (index < 0 || month < 1 || month > 12) throw new UnknownPeriodError(period);
  return calendar.month(index).start;
}
