import type { AdvisorOption } from '../../billing/advisor.js';
import type { Catalog } from '../../billing/catalog.js';
import type { Configuration } from '../../billing/configuration.js';
import type { Quote } from '../../billing/quote.js';
import type { SubscriptionOverview } from '../../billing/subscription-overview.js';
import type { RecordedChange } from '../../billing/subscription-repository.js';
import { formatInstantIn } from '../instants.js';
import { configurationView } from '../routes/account-view.js';
import { linesView, moneyView } from './money-view.js';

/** A configuration taking effect at an instant, or the cancellation that does. */
function effectiveView(
  catalog: Catalog,
  effectiveAt: number,
  configuration: Configuration | undefined,
  zone: string,
) {
  return {
    effectiveAt: formatInstantIn(effectiveAt, zone),
    ...(configuration ? configurationView(catalog, configuration) : { cancel: true as const }),
  };
}

export function subscriptionView(catalog: Catalog, overview: SubscriptionOverview) {
  const zone = overview.timeZone;
  const period = (span: { start: number; end: number } | undefined) =>
    span && { start: formatInstantIn(span.start, zone), end: formatInstantIn(span.end, zone) };
  return {
    status: overview.status,
    startsAt: formatInstantIn(overview.startsAt, zone),
    ...(overview.configuration ? configurationView(catalog, overview.configuration) : { plan: null }),
    currentCycle: period(overview.currentCycle),
    currentMonth: period(overview.currentMonth),
    allowance: overview.allowance ?? null,
    scheduledChanges: overview.scheduledChanges.map((change) =>
      effectiveView(catalog, change.effectiveAt, change.configuration, zone),
    ),
  };
}

export function subscriptionChangeView(catalog: Catalog, change: RecordedChange, zone: string) {
  return {
    id: change.changeId,
    requestedAt: formatInstantIn(change.requestedAt, zone),
    immediate: change.immediate
      ? {
          effectiveAt: formatInstantIn(change.immediate.effectiveAt, zone),
          ...configurationView(catalog, change.immediate.configuration),
        }
      : null,
    scheduled: change.scheduled
      ? effectiveView(catalog, change.scheduled.effectiveAt, change.scheduled.configuration, zone)
      : null,
    lines: linesView(change.lines, catalog.currency),
    total: moneyView(change.total, catalog.currency),
  };
}

export function planCatalogView(catalog: Catalog) {
  const money = (cents: number) => moneyView(cents, catalog.currency);
  return {
    currency: catalog.currency,
    overusagePerContact: money(catalog.overusagePerContact),
    data: catalog.plans.map((plan) => ({
      id: plan.id,
      name: plan.name,
      legacy: plan.legacy,
      includedContacts: plan.legacy ? null : plan.includedContacts,
      fees: { monthly: money(plan.fees.monthly), yearly: money(plan.fees.yearly) },
      addonPerContact: plan.addonPerContact
        ? { monthly: money(plan.addonPerContact.monthly), yearly: money(plan.addonPerContact.yearly) }
        : null,
    })),
  };
}

export function quoteView(catalog: Catalog, quote: Quote) {
  const money = (cents: number) => moneyView(cents, catalog.currency);
  const optionView = (option: AdvisorOption, rank: number) => ({
    rank: rank + 1,
    kind: option.kind,
    recommended: rank === 0,
    ...configurationView(catalog, option.configuration),
    overusage: option.overusage,
    monthlyCost: money(option.monthlyCost),
    yearlyCost: money(option.yearlyCost),
  });
  return {
    configuration: configurationView(catalog, quote.configuration),
    upfront: { lines: linesView(quote.upfrontLines, catalog.currency), total: money(quote.upfrontTotal) },
    monthlyCost: money(quote.monthlyCost),
    ...(quote.advice && {
      expectedActiveContacts: quote.advice.expectedActiveContacts,
      recommendedPlan: quote.advice.recommendedPlanId,
      options: quote.advice.options.map(optionView),
    }),
  };
}
