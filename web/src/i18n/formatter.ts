import type { Money } from '../api/types.js';
import type { Locale } from './locales.js';

/** Every figure the dashboard shows, in one locale and the account's time zone. */
export interface Formatter {
  money(money: Money): string;
  count(value: number): string;
  /** A decimal string from the API (a VAT rate, "19.00") without float arithmetic. */
  decimal(value: string): string;
  /** An instant (any offset) as a date and time in the account's time zone. */
  dateTime(iso: string): string;
  /** A calendar date ("2026-03-20") as is, or an instant's date in the account's time zone. */
  date(iso: string): string;
  /** A usage month from its start to its exclusive end, e.g. "1 Mar 2026 – 31 Mar 2026". */
  period(start: string, end: string): string;
  /** The day of the month of a calendar date, for chart ticks. */
  dayOfMonth(date: string): string;
  /** A country's name from its ISO 3166-1 alpha-2 code ("DE" → "Deutschland"), else the code. */
  country(code: string): string;
  /** Items joined as the locale lists them ("a, b and c", „a, b und c“). */
  list(items: string[]): string;
}

const calendarDate = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Builds the formatter for a locale and time zone. Money goes to Intl as the API's decimal
 * string (Intl.NumberFormat formats strings exactly), so no amount passes through binary
 * floating point; instants are shown in the account's zone, never the browser's.
 */
export function createFormatter(locale: Locale, timeZone: string): Formatter {
  const moneyFormats = new Map<string, Intl.NumberFormat>();
  const counts = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const decimals = new Intl.NumberFormat(locale, { maximumFractionDigits: 20 });
  const dateTimes = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone });
  const dateOptions: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric' };
  const zonedDates = new Intl.DateTimeFormat(locale, { ...dateOptions, timeZone });
  const calendarDates = new Intl.DateTimeFormat(locale, { ...dateOptions, timeZone: 'UTC' });
  const isoDates = new Intl.DateTimeFormat('en-CA', { timeZone });
  const lists = new Intl.ListFormat(locale, { type: 'conjunction' });
  const regions = new Intl.DisplayNames(locale, { type: 'region', fallback: 'code' });

  /** The calendar date an instant falls on in the account's time zone, as YYYY-MM-DD. */
  const localDate = (iso: string): string =>
    calendarDate.test(iso) ? iso : isoDates.format(new Date(iso)).slice(0, 10);
  const date = (iso: string): string => {
    if (calendarDate.test(iso)) return calendarDates.format(new Date(`${iso}T00:00:00Z`));
    const instant = new Date(iso);
    return Number.isNaN(instant.getTime()) ? iso : zonedDates.format(instant);
  };

  return {
    money(money) {
      let format = moneyFormats.get(money.currency);
      if (!format) {
        format = new Intl.NumberFormat(locale, { style: 'currency', currency: money.currency });
        moneyFormats.set(money.currency, format);
      }
      return format.format(money.amount as `${number}`);
    },
    count: (value) => counts.format(value),
    decimal: (value) => decimals.format(value as `${number}`),
    dateTime(iso) {
      const instant = new Date(iso);
      return Number.isNaN(instant.getTime()) ? iso : dateTimes.format(instant);
    },
    date,
    period: (start, end) => `${date(localDate(start))} – ${date(previousDay(localDate(end)))}`,
    dayOfMonth: (value) => String(Number(value.slice(8, 10))),
    country(code) {
      try {
        return regions.of(code) ?? code;
      } catch {
        // DisplayNames throws on a malformed code; the code itself is still the best label.
        return code;
      }
    },
    list: (items) => lists.format(items),
  };
}

/** The calendar day before a YYYY-MM-DD date (UTC arithmetic on a date has no time zone). */
function previousDay(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - 1);
  return day.toISOString().slice(0, 10);
}
