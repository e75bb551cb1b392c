import type { Usage } from '../../billing/read-usage.js';
import type { UsageMonthSummary } from '../../billing/usage-history.js';
import { type Cents, formatCents } from '../../domain/money.js';
import type { DailyActivations } from '../../metering/daily-activations.js';
import type { ActiveContact } from '../../metering/list-active-contacts.js';
import { thresholdPercents } from '../../notify/threshold-notice.js';
import type { CurrentUsage, LabelledActiveContacts } from '../../use-cases/read-usage-months.js';
import { type CsvDelimiterName, csvDelimiters, csvTextCell } from '../csv-cell.js';
import { formatInstantIn } from '../instants.js';
import { vatBreakdownView } from '../routes/vat-breakdown-view.js';

/** Money as the API writes it (`Money`): decimal text, never a float. */
export function moneyView(cents: Cents, currency: string) {
  return { amount: formatCents(cents), currency };
}

/** The current month (`UsageView`). */
export function usageView({ usage, forecast, projectedBill }: CurrentUsage, currency: string) {
  const zone = usage.account.timeZone;
  const legacy = usage.plan?.legacy ?? false;
  return {
    periodStart: formatInstantIn(usage.month.start, zone),
    periodEnd: formatInstantIn(usage.month.end, zone),
    timezone: zone,
    plan: usage.configuration?.planId ?? null,
    legacy,
    activeContacts: usage.activeContacts,
    includedContacts: legacy || !usage.configuration ? null : usage.includedContacts,
    addonContacts: legacy || !usage.configuration ? null : usage.addonContacts,
    allowance: usage.allowance ?? null,
    overusage: usage.overusage,
    overusageCost: moneyView(usage.overusageCost, currency),
    forecast: {
      activeContacts: forecast.activeContacts,
      overusage: forecast.overusage,
      overusageCost: moneyView(forecast.overusageCost, currency),
      // The month's cost at this pace, with VAT as the invoices charge it; null once the
      // subscription has ended.
      projectedBill: projectedBill
        ? {
            planCost: moneyView(projectedBill.planCost, currency),
            overusageCost: moneyView(projectedBill.overusageCost, currency),
            ...vatBreakdownView(projectedBill, currency),
          }
        : null,
      method: 'recent pace without spike days, blended with the previous month (docs/forecast.md)',
    },
    thresholds: legacy
      ? []
      : thresholdPercents.map((percent) => {
          const reached = usage.thresholdsReached.find((row) => row.percent === percent);
          return { percent, reachedAt: reached ? formatInstantIn(reached.reachedAt, zone) : null };
        }),
  };
}

/** A month day by day (`DailyUsage`). */
export function dailyUsageView(usage: Usage, days: readonly DailyActivations[]) {
  const zone = usage.account.timeZone;
  return {
    periodStart: formatInstantIn(usage.month.start, zone),
    periodEnd: formatInstantIn(usage.month.end, zone),
    timezone: zone,
    activeContacts: usage.activeContacts,
    allowance: usage.allowance ?? null,
    days: days.map((day) => ({ date: day.date, newlyActive: day.newlyActive, cumulative: day.cumulative })),
  };
}

/** One row of the usage months (`UsageMonthList`). */
export function usageMonthView(summary: UsageMonthSummary, zone: string, currency: string) {
  const periodStart = formatInstantIn(summary.month.start, zone);
  return {
    // The `period` the other usage endpoints take: the local month the usage month starts in.
    period: periodStart.slice(0, 7),
    periodStart,
    periodEnd: formatInstantIn(summary.month.end, zone),
    activeContacts: summary.activeContacts,
    allowance: summary.allowance ?? null,
    overusage: summary.overusage,
    overusageCost: moneyView(summary.overusageCost, currency),
    closed: summary.closed,
  };
}

function firstActivityView(contact: ActiveContact, zone: string) {
  return {
    id: contact.firstActivity.key,
    kind: contact.firstActivity.kind,
    actor: contact.firstActivity.actor,
    occurredAt: formatInstantIn(contact.firstActivity.occurredAt, zone),
  };
}

/** A page of active contacts (`ActiveContactsPage`). */
export function activeContactsPageView(page: LabelledActiveContacts) {
  const zone = page.account.timeZone;
  return {
    periodStart: formatInstantIn(page.month.start, zone),
    periodEnd: formatInstantIn(page.month.end, zone),
    data: page.contacts.map((contact) => {
      const label = page.labels.get(contact.contactId);
      return {
        contactId: contact.contactId,
        firstActivity: firstActivityView(contact, zone),
        // Null for contacts Tally does not host (activities posted from another CRM).
        contact: label
          ? { name: label.name ?? null, email: label.email ?? null, deleted: label.deleted }
          : null,
      };
    }),
    nextCursor: page.nextCursor ?? null,
  };
}

const csvColumns = [
  'contact_id',
  'name',
  'email',
  'first_kind',
  'first_actor',
  'first_occurred_at',
  'first_activity_id',
];

/** Every active contact of a month as a CSV file, and the file's name. */
export function activeContactsCsv(all: LabelledActiveContacts, delimiterName: CsvDelimiterName) {
  const delimiter = csvDelimiters[delimiterName];
  const zone = all.account.timeZone;
  const lines = [csvColumns.join(delimiter)];
  for (const contact of all.contacts) {
    const first = firstActivityView(contact, zone);
    // Empty for contacts Tally does not host (activities posted from another CRM).
    const label = all.labels.get(contact.contactId);
    lines.push(
      [
        contact.contactId,
        label?.name ?? '',
        label?.email ?? '',
        first.kind,
        first.actor,
        first.occurredAt,
        first.id,
      ]
        // Every column of this export is text (ids, names, kinds, timestamps).
        .map((cell) => csvTextCell(cell, delimiter))
        .join(delimiter),
    );
  }
  return {
    fileName: `active-contacts-${formatInstantIn(all.month.start, zone).slice(0, 10)}.csv`,
    // The byte order mark makes Excel read the file as UTF-8, so names such as
    // "Łukasz Żółć" do not turn into mojibake.
    text: `\uFEFF${lines.join('\r\n')}\r\n`,
  };
}
