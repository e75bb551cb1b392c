import { Temporal } from 'temporal-polyfill';

/** Parses an RFC 3339 instant ("2026-03-02T09:00:00Z", with an offset); undefined if it is not one. */
export function parseInstant(text: string): number | undefined {
  try {
    return Temporal.Instant.from(text).epochMilliseconds;
  } catch {
    return undefined;
  }
}

/** An instant as RFC 3339 in the account's zone, with its offset: "2026-03-01T00:00:00+01:00". */
export function formatInstantIn(epochMs: number, timeZone: string): string {
  return Temporal.Instant.fromEpochMilliseconds(epochMs)
    .toZonedDateTimeISO(timeZone)
    .toString({ timeZoneName: 'never' });
}
