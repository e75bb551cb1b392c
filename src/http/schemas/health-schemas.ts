import { Type } from 'typebox';

export const Alive = Type.Object(
  { status: Type.Literal('ok') },
  { additionalProperties: false, examples: [{ status: 'ok' }] },
);

export const Ready = Type.Object(
  { status: Type.Literal('ready'), database: Type.Literal('available') },
  { additionalProperties: false, examples: [{ status: 'ready', database: 'available' }] },
);

/** Not ready is a state the probe reports, not an error: a plain body, not a Problem. */
export const NotReady = Type.Object(
  {
    status: Type.Literal('not_ready'),
    database: Type.Enum(['unavailable', 'storage_full'], {
      description: 'Why: the database cannot be reached, or has no room left for writes',
    }),
  },
  { additionalProperties: false, examples: [{ status: 'not_ready', database: 'unavailable' }] },
);
