import { Type } from 'typebox';
import { Instant } from './common-schemas.js';
import { ContactView } from './contact-schemas.js';

export const CreateFunnelBody = Type.Object(
  { name: Type.String({ maxLength: 100, description: '1 to 100 characters once trimmed' }) },
  { additionalProperties: false, examples: [{ name: 'Website contact form' }] },
);

export const FunnelView = Type.Object(
  {
    id: Type.String({ examples: ['fnl_3f9c2a1b0d4e5f67'] }),
    name: Type.String(),
    key: Type.String({
      description: 'The public key of the lead endpoint; it goes into the form, so it is no secret',
      examples: ['fk_Vq3J8n0cX2mQ9rT1aZ5kLw7e'],
    }),
    createdAt: Instant,
  },
  {
    additionalProperties: false,
    examples: [
      {
        id: 'fnl_3f9c2a1b0d4e5f67',
        name: 'Website contact form',
        key: 'fk_Vq3J8n0cX2mQ9rT1aZ5kLw7e',
        createdAt: '2026-03-02T09:00:00+01:00',
      },
    ],
  },
);

export const FunnelList = Type.Object({ data: Type.Array(FunnelView) }, { additionalProperties: false });

export const FunnelKeyParams = Type.Object(
  { funnelKey: Type.String({ maxLength: 64 }) },
  { additionalProperties: false },
);

export const LeadBody = Type.Object(
  {
    name: Type.Optional(Type.String({ maxLength: 200 })),
    email: Type.Optional(
      Type.String({ maxLength: 254, description: 'An e-mail address or a phone is needed' }),
    ),
    phone: Type.Optional(Type.String({ maxLength: 40, description: 'International, e.g. +49 30 1234567' })),
    answers: Type.Optional(
      // Keys are checked by name, so a bad key answers `propertyNames` naming it.
      Type.Unsafe<Record<string, string | number>>(
        Type.Object(
          {},
          {
            maxProperties: 50,
            propertyNames: { pattern: '^[a-z][a-z0-9_]{0,49}$' },
            additionalProperties: Type.Union([Type.String({ maxLength: 2000 }), Type.Number()]),
            description: 'Form answers, kept as contact properties (new keys are defined as text)',
          },
        ),
      ),
    ),
  },
  {
    additionalProperties: false,
    examples: [
      {
        name: 'Łukasz Żółć',
        email: 'lukasz@example.com',
        answers: { company_size: '11-50', budget: 5000 },
      },
    ],
  },
);

export const LeadOutcome = Type.Object(
  {
    returning: Type.Boolean({ description: 'True when a contact with the same e-mail or phone was updated' }),
    contact: ContactView,
  },
  { additionalProperties: false },
);
