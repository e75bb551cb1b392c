import type { Money } from './api/types.js';

const moneyFormats = new Map<string, Intl.NumberFormat>();
const counts = new Intl.NumberFormat('en-GB');

/**
 * Money as the API sends it (a decimal string) in the user's notation. Intl formats the
 * decimal string itself, so no amount ever passes through binary floating point.
 */
export function formatMoney(money: Money): string {
  let format = moneyFormats.get(money.currency);
  if (!format) {
    format = new Intl.NumberFormat('en-IE', { style: 'currency', currency: money.currency });
    moneyFormats.set(money.currency, format);
  }
  return format.format(money.amount as `${number}`);
}

export function formatCount(value: number): string {
  return counts.format(value);
}

/** An instant as the API gives it (with the account's offset), shown as that local date and time. */
export function formatDateTime(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(iso);
  if (!match) return iso;
  const [, year, month, day, hour, minute] = match;
  return `${day} ${monthName(Number(month))} ${year}, ${hour}:${minute}`;
}

export function formatDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return iso;
  const [, year, month, day] = match;
  return `${Number(day)} ${monthName(Number(month))} ${year}`;
}

/** A usage month by its local start and end dates, e.g. "1 Nov – 30 Nov 2026". */
export function formatPeriod(start: string, end: string): string {
  const last = previousDay(end.slice(0, 10));
  return `${formatDate(start)} – ${formatDate(last)}`;
}

export function monthName(month: number): string {
  return (
    ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][month - 1] ?? ''
  );
}

const kindLabels: Record<string, string> = {
  'contact.created': 'Created',
  'contact.status_changed': 'Status changed',
  'message.sent': 'Message sent',
  'note.added': 'Note added',
  'property.set': 'Property set',
  'status.renamed': 'Column renamed',
};

export function kindLabel(kind: string): string {
  return kindLabels[kind] ?? kind;
}

/** The calendar day before a YYYY-MM-DD date (UTC arithmetic on a date has no time zone). */
function previousDay(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - 1);
  return day.toISOString().slice(0, 10);
}

/** Saves a blob under a file name through a temporary link. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
