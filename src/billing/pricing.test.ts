import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { UsageCalendar } from '../domain/usage-calendar.js';
import { advise } from './advisor.js';
import { type Catalog, loadCatalog, parseCatalogOrThrow } from './catalog.js';
import { changeTiming } from './change-timing.js';
import type { Configuration } from './configuration.js';
import { InvalidConfigurationError } from './configuration.js';
import { totalOf } from './invoice-line.js';
import { computePlanChange } from './plan-change.js';
import { upfrontLines } from './upfront-lines.js';

// Worked examples of docs/pricing.md, on the shipped catalog (base fees are example prices).
const catalog = loadCatalog();
const zone = 'Europe/Berlin';
const at = (iso: string) => Temporal.ZonedDateTime.from(`${iso}[${zone}]`).epochMilliseconds;
/** An account anchored on 1 January 2026, 00:00 Berlin time. */
const calendar = new UsageCalendar(at('2026-01-01T00:00'), zone);
const config = (planId: string, cycle: 'monthly' | 'yearly', addonContacts = 0): Configuration => ({
  planId,
  cycle,
  addonContacts,
});

describe('upfront prices of a billing cycle', () => {
  it.each([
    ['Grow yearly + 100 add-on contacts', config('grow', 'yearly', 100), 59_000 + 100 * 12 * 16],
    ['Start monthly', config('start', 'monthly'), 2900],
    ['Start monthly + 30 add-on contacts', config('start', 'monthly', 30), 2900 + 750],
    ['Expand yearly + 40 add-on contacts', config('expand', 'yearly', 40), 99_000 + 40 * 12 * 13],
    ['Scale monthly', config('scale', 'monthly'), 24_900],
  ])('%s', (_, configuration, expected) => {
    expect(totalOf(upfrontLines(catalog, configuration))).toBe(expected);
  });

  it('writes the add-on line with quantity, unit price and amount', () => {
    expect(upfrontLines(catalog, config('grow', 'yearly', 100))).toEqual([
      { description: 'Grow plan, yearly fee', quantity: 1, unitPrice: 59_000, amount: 59_000 },
      {
        description: '100 add-on contacts × 12 months at €0.16',
        quantity: 1200,
        unitPrice: 16,
        amount: 19_200,
      },
    ]);
  });
});

describe('plan changes', () => {
  const cases: {
    name: string;
    from: Configuration;
    to: Configuration;
    cycleStartMonth: number;
    when: string;
    lines: [string, number][];
    immediate?: Configuration;
    scheduled?: Configuration;
  }[] = [
    {
      name: 'an upgrade on day 10 of 30: the new fee for 21 days against a credit for 21 unused days',
      from: config('start', 'monthly'),
      to: config('grow', 'monthly'),
      cycleStartMonth: 0,
      when: '2026-04-10T15:00',
      lines: [
        ['Grow plan, monthly fee for 21 of 30 days', 4130],
        ['Credit: unused Start plan, monthly fee for 21 of 30 days', -2030],
      ],
      immediate: config('grow', 'monthly'),
    },
    {
      name: 'an upgrade on the first day of the month credits the whole fee',
      from: config('start', 'monthly', 20),
      to: config('expand', 'monthly', 20),
      cycleStartMonth: 0,
      when: '2026-04-01T00:00',
      lines: [
        ['Expand plan, monthly fee for 30 of 30 days', 9900],
        ['Credit: unused Start plan, monthly fee for 30 of 30 days', -2900],
      ],
      immediate: config('expand', 'monthly', 20),
    },
    {
      name: 'buying 50 add-on contacts in month 4 of a yearly cycle: the current month in full and 8 months upfront',
      from: config('grow', 'yearly', 100),
      to: config('grow', 'yearly', 150),
      cycleStartMonth: 0,
      when: '2026-04-28T09:00',
      lines: [
        ['50 added add-on contacts, current month at €0.16', 800],
        ['150 add-on contacts × 8 remaining months at €0.16', 19_200],
        ['Credit: 100 add-on contacts × 8 remaining months at €0.16', -12_800],
      ],
      immediate: config('grow', 'yearly', 150),
    },
    {
      name: 'buying add-on contacts on the last day of a monthly cycle costs the full month',
      from: config('start', 'monthly'),
      to: config('start', 'monthly', 30),
      cycleStartMonth: 0,
      when: '2026-04-30T23:00',
      lines: [['30 added add-on contacts, current month at €0.25', 750]],
      immediate: config('start', 'monthly', 30),
    },
    {
      name: 'monthly → yearly on day 10: the yearly fee for the rest of a year from this month, against the unused monthly fee',
      from: config('start', 'monthly'),
      to: config('start', 'yearly'),
      cycleStartMonth: 0,
      when: '2026-04-10T08:00',
      lines: [
        ['Start plan, yearly fee for 356 of 365 days', 28_285],
        ['Credit: unused Start plan, monthly fee for 21 of 30 days', -2030],
      ],
      immediate: config('start', 'yearly'),
    },
    {
      name: 'an upgrade with fewer add-on contacts keeps them until the cycle ends, then drops them',
      from: config('start', 'yearly', 40),
      to: config('grow', 'yearly', 0),
      cycleStartMonth: 0,
      when: '2026-07-01T00:00',
      lines: [
        ['Grow plan, yearly fee for 184 of 365 days', 29_742],
        ['Credit: unused Start plan, yearly fee for 184 of 365 days', -14_619],
        ['40 add-on contacts × 5 remaining months at €0.16', 3200],
        ['Credit: 40 add-on contacts × 5 remaining months at €0.20', -4000],
      ],
      immediate: config('grow', 'yearly', 40),
      scheduled: config('grow', 'yearly', 0),
    },
    {
      name: 'a downgrade waits for the end of the billing cycle and costs nothing now',
      from: config('expand', 'yearly', 50),
      to: config('start', 'monthly', 0),
      cycleStartMonth: 0,
      when: '2026-05-20T12:00',
      lines: [],
      scheduled: config('start', 'monthly', 0),
    },
    {
      name: 'moving up to Scale ends the add-on contacts Scale does not sell, crediting their remaining months',
      from: config('expand', 'yearly', 100),
      to: config('scale', 'yearly', 0),
      cycleStartMonth: 0,
      when: '2026-12-01T00:00',
      lines: [
        ['Scale plan, yearly fee for 31 of 365 days', 21_148],
        ['Credit: unused Expand plan, yearly fee for 31 of 365 days', -8408],
      ],
      immediate: config('scale', 'yearly', 0),
    },
  ];

  for (const example of cases) {
    it(example.name, () => {
      const timing = changeTiming(
        calendar,
        zone,
        example.cycleStartMonth,
        example.from.cycle,
        at(example.when),
      );
      const change = computePlanChange(catalog, example.from, example.to, timing);
      expect(change.lines.map((line) => [line.description, line.amount])).toEqual(example.lines);
      expect(change.immediate).toEqual(example.immediate);
      expect(change.scheduled).toEqual(example.scheduled);
    });
  }

  it('refuses moving onto a legacy plan, add-ons on Scale and negative add-ons', () => {
    const timing = changeTiming(calendar, zone, 0, 'monthly', at('2026-04-10T00:00'));
    const refuse = (to: Configuration, field: string) => {
      try {
        computePlanChange(catalog, config('grow', 'monthly'), to, timing);
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(InvalidConfigurationError);
        expect((error as InvalidConfigurationError).field).toBe(field);
      }
    };
    refuse(config('volume', 'monthly'), 'plan');
    refuse(config('scale', 'monthly', 10), 'addonContacts');
    refuse(config('grow', 'monthly', -1), 'addonContacts');
    refuse(config('platinum', 'monthly'), 'plan');
  });
});

describe('the advisor', () => {
  it('Start monthly with 80 active contacts: overusage 30 × €0.25 = €7.50 equals 30 add-on contacts, never more', () => {
    const advice = advise(catalog, config('start', 'monthly'), 80);
    expect(
      advice.options.map((option) => [option.kind, option.configuration.planId, option.monthlyCost]),
    ).toEqual([
      ['stay', 'start', 3650],
      ['add_addons', 'start', 3650],
      ['upgrade', 'grow', 5900],
      ['upgrade', 'expand', 9900],
      ['upgrade', 'scale', 24_900],
    ]);
    expect(advice.recommendedPlanId).toBe('start');
  });

  it('recommends a higher plan once it is cheaper than add-on contacts', () => {
    const advice = advise(catalog, config('start', 'monthly'), 300);
    // Start: 29 + 250 × 0.25 = 91.50; Grow: 59 + 50 × 0.20 = 69.00.
    expect(advice.options[0]).toMatchObject({
      kind: 'upgrade_with_addons',
      configuration: config('grow', 'monthly', 50),
      monthlyCost: 6900,
    });
    expect(advice.recommendedPlanId).toBe('grow');
  });

  it('prices yearly options per month exactly', () => {
    const advice = advise(catalog, config('grow', 'yearly', 100), 350);
    expect(advice.options[0]).toMatchObject({
      kind: 'stay',
      yearlyCost: 59_000 + 100 * 12 * 16,
      monthlyCost: 6517,
    });
  });

  /** Random catalogs that pass the catalog check, and random expectations. */
  const randomCatalog = fc
    .record({
      overusage: fc.integer({ min: 1, max: 500 }),
      plans: fc.array(
        fc.record({
          included: fc.integer({ min: 0, max: 5000 }),
          monthly: fc.integer({ min: 0, max: 100_000 }),
          yearly: fc.integer({ min: 0, max: 1_000_000 }),
          addons: fc.option(fc.record({ monthly: fc.nat(), yearly: fc.nat() }), { nil: undefined }),
        }),
        { minLength: 1, maxLength: 5 },
      ),
    })
    .map(({ overusage, plans }): Catalog => {
      const cents = (value: number) => `${Math.trunc(value / 100)}.${String(value % 100).padStart(2, '0')}`;
      return parseCatalogOrThrow({
        currency: 'EUR',
        overusagePerContact: cents(overusage),
        plans: plans.map((plan, index) => ({
          id: `plan-${index}`,
          name: `Plan ${index}`,
          includedContacts: plan.included,
          fees: { monthly: cents(plan.monthly), yearly: cents(plan.yearly) },
          addonPerContact: plan.addons && {
            monthly: cents(plan.addons.monthly % (overusage + 1)),
            yearly: cents(plan.addons.yearly % (overusage + 1)),
          },
        })),
      });
    });

  it('never ranks first an option that costs more than another', () => {
    fc.assert(
      fc.property(
        randomCatalog,
        fc.nat({ max: 20_000 }),
        fc.constantFrom('monthly', 'yearly'),
        (random, expected, cycle) => {
          for (const plan of random.plans) {
            const advice = advise(
              random,
              { planId: plan.id, cycle: cycle as 'monthly' | 'yearly', addonContacts: 0 },
              expected,
            );
            const cheapest = Math.min(...advice.options.map((option) => option.yearlyCost));
            expect(advice.options[0]?.yearlyCost).toBe(cheapest);
            expect(advice.recommendedPlanId).toBe(advice.options[0]?.configuration.planId);
          }
        },
      ),
    );
  });

  it('never lets add-on contacts cost more per month than the overusage of the same contacts', () => {
    fc.assert(
      fc.property(
        randomCatalog,
        fc.nat({ max: 20_000 }),
        fc.constantFrom('monthly', 'yearly'),
        (random, contacts, cycle) => {
          for (const plan of random.plans) {
            if (!plan.addonPerContact) continue;
            const price = plan.addonPerContact[cycle as 'monthly' | 'yearly'];
            expect(contacts * price).toBeLessThanOrEqual(contacts * random.overusagePerContact);
            const stay = advise(
              random,
              { planId: plan.id, cycle: cycle as 'monthly' | 'yearly', addonContacts: 0 },
              plan.includedContacts + contacts,
            );
            const withAddons = stay.options.find((option) => option.kind === 'add_addons');
            const stayOption = stay.options.find((option) => option.kind === 'stay');
            if (withAddons && stayOption)
              expect(withAddons.yearlyCost).toBeLessThanOrEqual(stayOption.yearlyCost);
          }
        },
      ),
    );
  });
});
