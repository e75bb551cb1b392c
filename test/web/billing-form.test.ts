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
  it('sends back an old free-text address while no part is typed, so a save never drops it', () => {
    const body = bodyOf({ ...formOf(loaded, 'de-DE'), vatId: ' DE 123 456 789 ' }, '19', loaded);
    expect(body).toEqual({
      legalName: 'Beispiel GmbH',
      address: 'Hauptstraße 5, 80331 München',
      vatId: 'DE 123 456 789',
      vatRate: '19',
      reverseCharge: true,
    });
  });

  it('shows the VAT rate as the locale writes it, without trailing zeros', () => {
    expect(formOf({ ...loaded, vatRate: '7.50' }, 'de-DE').vatRate).toBe('7,5');
    expect(formOf({ ...loaded, vatRate: '7.50' }, 'en-GB').vatRate).toBe('7.5');
    expect(formOf({ ...loaded, vatRate: '100.00' }, 'en-GB').vatRate).toBe('100');
    expect(formOf({ ...loaded, vatRate: '0.00' }, 'de-DE').vatRate).toBe('0');
  });

  it('replaces a free-text address once any part is typed, sending every part for the API to check', () => {
    const body = bodyOf({ ...formOf(loaded, 'en-GB'), street: 'Hauptstraße 5', country: 'DE' }, '19', loaded);
    expect(body.address).toEqual({ street: 'Hauptstraße 5', postalCode: '', city: '', country: 'DE' });
  });

  it('leaves empty inputs out, as the API reads an absent field as none', () => {
    expect(bodyOf(emptyBillingForm, '0', undefined)).toEqual({ vatRate: '0', reverseCharge: false });
  });

  it('fills the form from a structured address and from nothing', () => {
    const form = formOf(
      {
        ...loaded,
        address: { street: 'ul. Świętokrzyska 12', postalCode: '00-916', city: 'Warszawa', country: 'PL' },
        buyerReference: '04011000-12345-67',
      },
      'en-GB',
    );
    expect(form).toMatchObject({ city: 'Warszawa', country: 'PL', buyerReference: '04011000-12345-67' });
    expect(formOf({ ...loaded, legalName: null, address: null }, 'en-GB')).toMatchObject({
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
      { field: '/asOf', message: 'must be an instant' },
    ]);
    expect(mapped.byField).toEqual({
      vatId: 'must start with PL',
      postalCode: 'must NOT have fewer than 1 characters',
      street: 'must be object',
      vatRate: 'must be a percentage',
    });
    expect(mapped.other).toEqual(['/asOf: must be an instant']);
  });

  it('offers exactly the assigned ISO 3166-1 codes, without regions like EU', () => {
    expect(countryCodes).toHaveLength(249);
    expect(countryCodes).toContain('DE');
    expect(countryCodes).toContain('PL');
    expect(countryCodes).not.toContain('EU');
    expect(countryCodes).not.toContain('UN');
  });
});
