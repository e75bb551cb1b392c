import { describe, expect, it } from 'vitest';
import { vatCategoryOf } from './vat-category.js';

const withVatId = { name: 'Buyer', vatId: 'XX123' };
const withoutVatId = { name: 'Buyer' };

describe('the VAT category of a Tally invoice', () => {
  it.each([
    ['19 % to a German buyer', 1900, false, withVatId, 'DE', 'S'],
    ['19 % to a buyer outside the EU, as invoiced', 1900, false, withoutVatId, 'US', 'S'],
    ['reverse charge to a Polish business', 1900, true, withVatId, 'PL', 'AE'],
    ['reverse charge to a Greek business (ISO code GR)', 1900, true, withVatId, 'GR', 'AE'],
    ['no VAT to a US business', 0, false, withoutVatId, 'US', 'O'],
    [
      'reverse-charge flag on a Swiss business: outside the EU all the same',
      1900,
      true,
      withVatId,
      'CH',
      'O',
    ],
    ['no VAT to a British business (the UK left the EU)', 0, false, withoutVatId, 'GB', 'O'],
  ])('%s is %s', (_, rate, reverseCharge, buyer, country, expected) => {
    const outcome = vatCategoryOf({ vat: 0, vatRateBasisPoints: rate, reverseCharge, buyer }, 'DE', country);
    expect(outcome.ok && outcome.category.code).toBe(expected);
  });

  it('keeps the rate of a standard-rated invoice', () => {
    const outcome = vatCategoryOf(
      { vat: 95, vatRateBasisPoints: 1900, reverseCharge: false, buyer: withVatId },
      'DE',
      'DE',
    );
    expect(outcome).toEqual({ ok: true, category: { code: 'S', rateBasisPoints: 1900 } });
  });

  it.each([
    ['reverse charge without the buyer’s VAT ID', 1900, true, withoutVatId, 'FR', 'buyer_vat_id_missing'],
    ['reverse charge at home', 1900, true, withVatId, 'DE', 'vat_category_undetermined'],
    [
      '0 % to a buyer in the EU without reverse charge',
      0,
      false,
      withVatId,
      'FR',
      'vat_category_undetermined',
    ],
  ])('refuses %s', (_, rate, reverseCharge, buyer, country, code) => {
    const outcome = vatCategoryOf({ vat: 0, vatRateBasisPoints: rate, reverseCharge, buyer }, 'DE', country);
    expect(outcome).toMatchObject({ ok: false, code });
  });
});
