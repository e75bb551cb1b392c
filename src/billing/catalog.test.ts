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

/** A seller as catalogs wrote it before the e-invoice's structured details (decision 0042). */
const sellerBefore0042 = {
  name: 'Seller GmbH',
  address: 'Musterstraße 1, 10115 Berlin',
  vatId: 'DE123456789',
};
const sellerAddress = { street: 'Musterstraße 1', postalCode: '10115', city: 'Berlin', country: 'DE' };

describe('the catalog', () => {
  it('still loads a seller without structured details, with payment terms of 14 days', () => {
    const raw = valid();
    raw.seller = sellerBefore0042;
    expect(parseCatalogOrThrow(raw).seller).toEqual({ ...sellerBefore0042, paymentTermsDays: 14 });
  });

  it('ships a seller with everything an e-invoice needs', () => {
    expect(loadCatalog().seller).toMatchObject({
      postalAddress: { country: 'DE' },
      electronicAddress: expect.any(String),
      contact: { name: expect.any(String), phone: expect.any(String), email: expect.any(String) },
      bankAccount: { iban: expect.any(String) },
      paymentTermsDays: 14,
    });
  });

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
    [
      'a seller address in an unknown country',
      (raw) => (raw.seller = { ...sellerBefore0042, postalAddress: { ...sellerAddress, country: 'XX' } }),
      /seller.postalAddress.country must be an ISO 3166-1/,
    ],
    [
      'a seller IBAN with a wrong check sum',
      (raw) => (raw.seller = { ...sellerBefore0042, bankAccount: { iban: 'DE02120300000000202052' } }),
      /seller.bankAccount.iban is not a valid IBAN/,
    ],
    [
      'a seller VAT ID malformed for its country',
      (raw) => (raw.seller = { ...sellerBefore0042, vatId: 'DE12345', postalAddress: sellerAddress }),
      /seller.vatId/,
    ],
    [
      'payment terms in fractions of a day',
      (raw) => (raw.seller = { ...sellerBefore0042, paymentTermsDays: 7.5 }),
      /paymentTermsDays/,
    ],
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
