import { Type } from 'typebox';

/** An instant as RFC 3339 with seconds and an offset. */
export const Instant = Type.String({ format: 'date-time', examples: ['2026-03-01T00:00:00+01:00'] });
