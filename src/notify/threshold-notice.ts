import type { AdvisorOption } from '../billing/advisor.js';
import type { Catalog } from '../billing/catalog.js';
import { type Cents, formatCents } from '../domain/money.js';

/** The percentages of the allowance at which an account is told (SPEC §6). */
export const thresholdPercents = [80, 100] as const;
export type ThresholdPercent = (typeof thresholdPercents)[number];

/** The thresholds the count has reached: integer arithmetic, so 200 of 250 is exactly 80 %. */
export function reachedThresholds(activeContacts: number, allowance: number): ThresholdPercent[] {
  if (allowance <= 0) return [];
  return thresholdPercents.filter((percent) => activeContacts * 100 >= percent * allowance);
}

export interface ThresholdFigures {
  percent: ThresholdPercent;
  periodStart: string;
  periodEnd: string;
  activeContacts: number;
  allowance: number;
  includedContacts: number;
  addonContacts: number;
  overusage: number;
  overusageCost: Cents;
  forecast: { activeContacts: number; overusage: number; overusageCost: Cents };
  cheapest: AdvisorOption;
  planName: string;
}

const euros = (cents: Cents) => `€${formatCents(cents)}`;

/** The advisor's cheapest option in words. */
export function describeOption(catalog: Catalog, option: AdvisorOption, currentPlanName: string): string {
  const plan = catalog.plans.find((candidate) => candidate.id === option.configuration.planId);
  const name = plan?.name ?? option.configuration.planId;
  const addons = option.configuration.addonContacts;
  switch (option.kind) {
    case 'stay':
      return option.overusage > 0
        ? `stay on ${currentPlanName} and pay overusage: about ${euros(option.monthlyCost)} a month`
        : `stay on ${currentPlanName}: ${euros(option.monthlyCost)} a month, the forecast fits the allowance`;
    case 'add_addons':
      return `buy ${addons} add-on contacts on ${currentPlanName}: about ${euros(option.monthlyCost)} a month`;
    case 'upgrade':
      return `move to ${name}: about ${euros(option.monthlyCost)} a month`;
    case 'upgrade_with_addons':
      return `move to ${name} with ${addons} add-on contacts: about ${euros(option.monthlyCost)} a month`;
  }
}

/** Title, dashboard message and e-mail body of a threshold notice. */
export function thresholdNotice(catalog: Catalog, figures: ThresholdFigures) {
  const title =
    figures.percent === 100
      ? 'You have reached your allowance of active contacts'
      : `You have used ${figures.percent} % of your active contacts`;
  const over =
    figures.overusage > 0
      ? ` ${figures.overusage} contacts over the allowance so far: ${euros(figures.overusageCost)} overusage.`
      : '';
  const projected =
    figures.forecast.overusage > 0
      ? `Projected by the month's end: ${figures.forecast.activeContacts} active contacts, ${euros(figures.forecast.overusageCost)} overusage at ${euros(catalog.overusagePerContact)} per contact.`
      : `Projected by the month's end: ${figures.forecast.activeContacts} active contacts, within the allowance.`;
  const option = `Cheapest option: ${describeOption(catalog, figures.cheapest, figures.planName)}.`;
  const message = `${figures.activeContacts} of ${figures.allowance} active contacts this month (${figures.periodStart.slice(0, 10)} to ${figures.periodEnd.slice(0, 10)}).${over} ${projected} ${option}`;
  const email = [
    'Hello,',
    '',
    `${title}.`,
    '',
    `Active contacts this month: ${figures.activeContacts}`,
    `Allowance: ${figures.allowance} (${figures.includedContacts} included in ${figures.planName}, ${figures.addonContacts} add-on)`,
    `Usage month: ${figures.periodStart} to ${figures.periodEnd}`,
    ...(figures.overusage > 0
      ? [`Overusage so far: ${figures.overusage} contacts, ${euros(figures.overusageCost)}`]
      : []),
    `Projected at the month's end: ${figures.forecast.activeContacts} active contacts, ${euros(figures.forecast.overusageCost)} overusage`,
    '',
    option,
    '',
    'Each contact counts once per month, at its first qualifying activity. Overusage is invoiced when the month closes.',
    '',
    '— Tally',
  ].join('\n');
  return { title, message, email };
}
