import { describe, expect, it } from 'vitest';
import { createFormatter } from '../../web/src/i18n/formatter.js';
import { localeFromLanguages } from '../../web/src/i18n/locales.js';

const euros = (amount: string) => ({ amount, currency: 'EUR' });

describe('figures in the user’s locale and the account’s time zone', () => {
  const german = createFormatter('de-DE', 'Europe/Berlin');
  const english = createFormatter('en-GB', 'Europe/Berlin');

  it('formats money from the decimal string, exactly', () => {
    expect(german.money(euros('59.00'))).toBe('59,00\u00a0€');
    expect(english.money(euros('59.00'))).toBe('€59.00');
    expect(german.money(euros('-2.50'))).toBe('-2,50\u00a0€');
    // Beyond 2^53 a float would lose the cents.
    expect(english.money(euros('12345678901234567.89'))).toBe('€12,345,678,901,234,567.89');
  });

  it('formats counts with the locale’s grouping', () => {
    expect(german.count(1240)).toBe('1.240');
    expect(english.count(1240)).toBe('1,240');
  });

  it('shows instants in the account’s time zone, whatever offset the API sent', () => {
    expect(german.dateTime('2026-03-20T12:00:00Z')).toBe('20.03.2026, 13:00');
    expect(english.dateTime('2026-03-20T13:00:00+01:00')).toBe('20 Mar 2026, 13:00');
    // Summer time: UTC+2.
    expect(english.dateTime('2026-07-01T08:15:00Z')).toBe('1 Jul 2026, 10:15');
    const newYork = createFormatter('en-GB', 'America/New_York');
    expect(newYork.dateTime('2026-03-20T12:00:00Z')).toBe('20 Mar 2026, 08:00');
  });

  it('keeps calendar dates as they are and gives instants the account’s date', () => {
    expect(english.date('2026-03-20')).toBe('20 Mar 2026');
    expect(german.date('2026-03-20')).toBe('20. März 2026');
    // 23:30 UTC on 31 March is already 1 April in Berlin.
    expect(english.date('2026-03-31T23:30:00Z')).toBe('1 Apr 2026');
  });

  it('names a usage month by its first and last local day', () => {
    expect(english.period('2026-03-01T00:00:00+01:00', '2026-04-01T00:00:00+02:00')).toBe(
      '1 Mar 2026 – 31 Mar 2026',
    );
    expect(german.period('2026-02-28T23:00:00Z', '2026-03-31T22:00:00Z')).toBe(
      '1. März 2026 – 31. März 2026',
    );
  });

  it('defaults to the browser’s first language it speaks', () => {
    expect(localeFromLanguages(['de-AT', 'en'])).toBe('de-DE');
    expect(localeFromLanguages(['fr-FR', 'en-US'])).toBe('en-GB');
    expect(localeFromLanguages(['fr-FR'])).toBe('en-GB');
    expect(localeFromLanguages(['DE'])).toBe('de-DE');
  });

  it('names countries and lists in the locale', () => {
    expect(german.country('DE')).toBe('Deutschland');
    expect(english.country('DE')).toBe('Germany');
    expect(german.country('PL')).toBe('Polen');
    expect(german.list(['Straße', 'Ort', 'Land'])).toBe('Straße, Ort und Land');
    expect(english.list(['the street', 'the city'])).toBe('the street and the city');
  });
});
