import { Type } from 'typebox';
import { Instant } from './common-schemas.js';

export const SetClockBody = Type.Object(
  {
    now: Type.String({
      maxLength: 64,
      description: 'RFC 3339 instant with an offset',
      examples: ['2026-04-01T00:00:00+02:00'],
    }),
  },
  { additionalProperties: false, examples: [{ now: '2026-04-01T00:00:00+02:00' }] },
);

export const ClockView = Type.Object(
  { now: { ...Instant, description: 'The server’s current time now, in UTC' } },
  { additionalProperties: false, examples: [{ now: '2026-03-31T22:00:00.000Z' }] },
);
