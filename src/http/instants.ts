import { Temporal } from 'temporal-polyfill';

/** Parses an RFC 3339 instant ("2026-03-02T09:00:00Z", with an offset); undefined if it is not one. */
export function parseInstant(text: string): number | undefined {
  try {
    return Temporal.Instant.from(text).epochMilliseconds;
  } catch {
    return undefined;
  }
}

/** Period bounds repeat on every usage read; formatting them with Temporal is not cheap. */
const formatted = new Map<string, string>();
const maxFormatted = 10_000;

/** An instant as RFC 3339 in the account's zone, with its offset: "2026-03-01T00:00:00+01:00". */
export function formatInstantIn(epochMs: number, timeZone: string): string {
  const key = `${epochMs} ${timeZone}`;
  let text = formatted.get(key);
  if (text === undefined) {
    text = Temporal.Instant.fromEpochMilliseconds(epochMs)
      .toZonedDateTimeISO(timeZone)
      .toString({ timeZoneName: 'never' });
    if (formatted.size >= maxFormatted) formatted.clear();
    formatted.set(key, text);
  }
  return text;
}
