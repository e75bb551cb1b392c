import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { advise, priceConfiguration } from './advisor.js';
import { allowanceOf, allowanceOfConfiguration, computeUsageFigures, overusageOf } from './allowance.js';
import { loadCatalog } from './catalog.js';
import type { Configuration } from './configuration.js';
import { computeMonthClose } from './month-close.js';

// The shipped catalog: Grow includes 250 contacts, overusage is €0.25 a contact.
const catalog = loadCatalog();
const grow = (addonContacts: number): Configuration => ({ planId: 'grow', cycle: 'monthly', addonContacts });
const legacy: Configuration = { planId: 'volume', cycle: 'monthly', addonContacts: 0 };

describe('the allowance rule (SPEC §4, §5)', () => {
  it('is included plus add-on contacts, and overusage is what is active beyond it', () => {
    expect(allowanceOfConfiguration(catalog, grow(100))).toBe(350);
    expect(overusageOf(349, 350)).toBe(0);
    expect(overusageOf(350, 350)).toBe(0);
    expect(overusageOf(351, 350)).toBe(1);
    expect(computeUsageFigures(catalog, grow(100), 420)).toEqual({
      includedContacts: 250,
      addonContacts: 100,
      allowance: 350,
      overusage: 70,
      overusageCost: 70 * 25,
    });
  });

  it('sets no limit on a legacy plan or an ended subscription', () => {
    expect(allowanceOfConfiguration(catalog, legacy)).toBeUndefined();
    expect(allowanceOfConfiguration(catalog, undefined)).toBeUndefined();
    expect(overusageOf(1_000_000, undefined)).toBe(0);
    expect(computeMonthClose(catalog, legacy, 1_000_000, 'March')).toEqual({
      allowance: null,
      overusage: 0,
      lines: [],
    });
  });

  it('gives the usage read, the month close and the advisor the same figures for any month', () => {
    const plans = catalog.plans.map((plan) => plan.id);
    fc.assert(
      fc.property(
        fc.constantFrom(...plans),
        fc.integer({ min: 0, max: 5_000 }),
        fc.integer({ min: 0, max: 20_000 }),
        (planId, addons, active) => {
          const plan = catalog.plans.find((candidate) => candidate.id === planId);
          if (!plan) return;
          const addonContacts = plan.addonPerContact ? addons : 0;
          const configuration: Configuration = { planId, cycle: 'monthly', addonContacts };
          const allowance = allowanceOf(plan, addonContacts);
          const usage = computeUsageFigures(catalog, configuration, active);
          const close = computeMonthClose(catalog, configuration, active, 'a month');
          const priced = priceConfiguration(catalog, 'stay', configuration, active);
          expect(usage.allowance).toBe(allowance);
          expect(close.allowance).toBe(allowance ?? null);
          expect(priced.allowance).toBe(allowance);
          expect(usage.overusage).toBe(overusageOf(active, allowance));
          expect(close.overusage).toBe(usage.overusage);
          expect(priced.overusage).toBe(usage.overusage);
          expect(close.lines.reduce((sum, line) => sum + line.amount, 0)).toBe(usage.overusageCost);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('lets the advisor recommend options whose allowance covers the expected contacts or prices the rest', () => {
    const advice = advise(catalog, grow(0), 400);
    for (const option of advice.options) {
      expect(option.overusage).toBe(overusageOf(400, option.allowance));
    }
  });
});
