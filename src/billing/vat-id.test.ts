import { describe, expect, it } from 'vitest';
import { checkVatId, compactVatId } from './vat-id.js';

describe('EU VAT ID formats', () => {
  it.each([
    ['DE123456789', 'DE'],
    ['ATU12345678', 'AT'],
    ['EL123456789', 'GR'],
    ['FRXX123456789', 'FR'],
    ['NL123456789B01', 'NL'],
    ['IE1234567WA', 'IE'],
    ['PL5260250274', undefined],
    ['CHE123456789MWST', 'CH'],
    ['GB123456789', 'GB'],
  ])('accepts %s in %s', (vatId, country) => {
    expect(checkVatId(vatId, country)).toEqual({ ok: true });
  });

  it.each([
    ['DE12345678', 'DE', 'format of DE'],
    ['GR123456789', 'GR', 'starts with EL'],
    ['PL5260250274', 'DE', 'starts with DE'],
    ['DE123456789', 'US', 'EU VAT ID prefix'],
    ['ATU1234567', undefined, 'format of AT'],
    ['SE123456789012', 'SE', 'format of SE'],
  ])('refuses %s in %s', (vatId, country, message) => {
    const check = checkVatId(vatId, country);
    expect(check.ok).toBe(false);
    expect(!check.ok && check.message).toContain(message);
  });

  it('drops the spaces, dots and hyphens people type', () => {
    expect(compactVatId('de 123.456-789')).toBe('DE123456789');
  });
});
