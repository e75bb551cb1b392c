import { Type } from 'typebox';

/** `?preview=true` answers what an action would do and changes nothing. */
export const PreviewQuery = Type.Object(
  {
    preview: Type.Optional(
      Type.Enum(['true', 'false'], { description: 'true: answer the impact only, change nothing' }),
    ),
  },
  { additionalProperties: false },
);

/** What an action touching many contacts does to this month's usage and bill (SPEC §6). */
export const ImpactView = Type.Object(
  {
    contactsTouched: Type.Integer({ minimum: 0, examples: [120] }),
    newlyActive: Type.Integer({
      minimum: 0,
      description: 'Touched contacts not yet active this month: the ones that start to count',
      examples: [35],
    }),
    activeContacts: Type.Integer({ minimum: 0, examples: [980] }),
    allowance: Type.Union([Type.Integer({ minimum: 0 }), Type.Null()], {
      description: 'The plan’s included contacts; null on a legacy plan',
      examples: [1000],
    }),
    extraOverusage: Type.Integer({ minimum: 0, examples: [15] }),
    extraOverusageCost: Type.Object(
      {
        amount: Type.String({ pattern: '^-?[0-9]+\\.[0-9]{2}$', examples: ['3.75'] }),
        currency: Type.String({ pattern: '^[A-Z]{3}$', examples: ['EUR'] }),
      },
      { additionalProperties: false, description: 'What the extra overusage costs at the overusage rate' },
    ),
  },
  { additionalProperties: false },
);
