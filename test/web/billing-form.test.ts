import { describe, expect, it } from 'vitest';
import type { BillingDetails } from '../../web/src/api/types.js';
import { bodyOf, emptyBillingForm, fieldErrorsOf, formOf } from '../../web/src/billing-form.js';
import { countryCodes } from '../../web/src/countries.js';

const loaded: BillingDetails = {
  legalName: 'Beispiel GmbH',
  address: 'Hauptstraße 5, 80331 München',
  vatId: null,
  email: null,
  vatRate: '19.00',
  reverseCharge: true,
  buyerReference: null,
};

describe('the billing details form', () => {
  it('sends back what the page does not edit, so a save never resets the VAT rate or an old address', () => {
    const body = bodyOf({ ...formOf(loaded), vatId: ' DE 123 456 789 ' }, loaded);
    expect(body).toEqual({
      legalName: 'Beispiel GmbH',
      address: 'Hauptstraße 5, 80331 München',
      vatId: 'DE 123 456 789',
      vatRate: '19.00',
      reverseCharge: true,
    });
  });

  it('replaces a free-text address once any part is typed, sending every part for the API to check', () => {
    const body = bodyOf({ ...formOf(loaded), street: 'Hauptstraße 5', country: 'DE' }, loaded);
    expect(body.address).toEqual({ street: 'Hauptstraße 5', postalCode: '', city: '', country: 'DE' });
  });

  it('leaves empty inputs out, as the API reads an absent field as none', () => {
    expect(bodyOf(emptyBillingForm, undefined)).toEqual({});
  });

  it('fills the form from a structured address and from nothing', () => {
    const form = formOf({
      ...loaded,
      address: { street: 'ul. Świętokrzyska 12', postalCode: '00-916', city: 'Warszawa', country: 'PL' },
      buyerReference: '04011000-12345-67',
    });
    expect(form).toMatchObject({ city: 'Warszawa', country: 'PL', buyerReference: '04011000-12345-67' });
    expect(formOf({ ...loaded, legalName: null, address: null })).toMatchObject({
      legalName: '',
      street: '',
    });
  });

  it('puts each API field error beside its input and keeps the rest apart', () => {
    const mapped = fieldErrorsOf([
      { field: '/vatId', message: 'must start with PL' },
      { field: '/address/postalCode', message: 'must NOT have fewer than 1 characters' },
      { field: '/address', message: 'must be object' },
      { field: '/vatRate', message: 'must be a percentage' },
    ]);
    expect(mapped.byField).toEqual({
      vatId: 'must start with PL',
      postalCode: 'must NOT have fewer than 1 characters',
      street: 'must be object',
    });
    expect(mapped.other).toEqual(['/vatRate: must be a percentage']);
  });

  it('offers exactly the assigned ISO 3166-1 codes, without regions like EU', () => {
    expect(countryCodes).toHaveLength(249);
    expect(countryCodes).toContain('DE');
    expect(countryCodes).toContain('PL');
    expect(countryCodes).not.toContain('EU');
    expect(countryCodes).not.toContain('UN');
  });
});
