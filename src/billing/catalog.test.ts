import { describe, expect, it } from 'vitest';
import { CatalogError, loadCatalog, parseCatalogOrThrow } from './catalog.js';

const valid = () => JSON.parse(JSON.stringify(loadCatalogRaw()));
function loadCatalogRaw() {
  return {
    currency: 'EUR',
    overusagePerContact: '0.25',
    plans: [
      {
        id: 'start',
        name: 'Start',
        includedContacts: 50,
        fees: { monthly: '29.00', yearly: '290.00' },
        addonPerContact: { monthly: '0.25', yearly: '0.20' },
      },
      { id: 'volume', name: 'Volume', legacy: true, fees: { monthly: '79', yearly: '790' } },
    ],
  };
}

describe('the catalog', () => {
  it('ships the plans of SPEC §3 with prices in integer cents', () => {
    const catalog = loadCatalog();
    expect(catalog.overusagePerContact).toBe(25);
    expect(catalog.plans.map((plan) => [plan.id, plan.includedContacts, plan.addonPerContact])).toEqual([
      ['start', 50, { monthly: 25, yearly: 20 }],
      ['grow', 250, { monthly: 20, yearly: 16 }],
      ['expand', 500, { monthly: 16, yearly: 13 }],
      ['scale', 2000, undefined],
      ['volume', 0, undefined],
    ]);
    expect(catalog.plans.find((plan) => plan.id === 'volume')?.legacy).toBe(true);
  });

  const broken: [string, (raw: ReturnType<typeof valid>) => void, RegExp][] = [
    [
      'an amount with three decimals',
      (raw) => (raw.plans[0].fees.monthly = '29.001'),
      /fees.monthly must be an exact amount/,
    ],
    [
      'an amount given as a number',
      (raw) => (raw.overusagePerContact = 0.25),
      /overusagePerContact must be an exact amount/,
    ],
    [
      'a plan without a yearly fee',
      (raw) => delete raw.plans[0].fees.yearly,
      /fees.yearly must be an exact amount/,
    ],
    [
      'an add-on dearer than overusage',
      (raw) => (raw.plans[0].addonPerContact.monthly = '0.26'),
      /above the overusage rate/,
    ],
    [
      'a legacy plan selling add-ons',
      (raw) => (raw.plans[1].addonPerContact = raw.plans[0].addonPerContact),
      /legacy/,
    ],
    ['two plans with one id', (raw) => (raw.plans[1].id = 'start'), /unique/],
  ];
  for (const [name, breakIt, message] of broken) {
    it(`refuses ${name} with a clear message`, () => {
      const raw = valid();
      breakIt(raw);
      expect(() => parseCatalogOrThrow(raw)).toThrowError(CatalogError);
      expect(() => parseCatalogOrThrow(raw)).toThrowError(message);
    });
  }
});
