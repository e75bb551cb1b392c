import { Type } from 'typebox';
import { actors } from '../../domain/activity.js';
import { limitParameter, type PageLimit } from '../page-limit.js';
import { Instant } from './common-schemas.js';

/** How the contact list pages: the schema's and the handler's one rule. */
export const contactPage: PageLimit = { max: 500, fallback: 50 };

/** A nullable text field: the raw type list keeps the validator's errors one per field. */
const nullableText = (maxLength: number, examples: string[]) =>
  Type.Unsafe<string | null>({ type: ['string', 'null'], maxLength, examples });

/** Who acts: a contact action made for a person says so, and its activities are the person's. */
export const ActorHeaders = Type.Object({
  'tally-actor': Type.Optional(
    Type.Enum(['user', 'api', 'automation'], {
      description:
        'Who the activity is recorded for: `user` when relaying a person (the dashboard); default `api`',
    }),
  ),
});

export const ContactParams = Type.Object({
  id: Type.String({ maxLength: 64, examples: ['con_5f1c0a9e2b7d4c3e8a10'] }),
});

export const ContactBody = Type.Object(
  {
    name: Type.Optional(nullableText(200, ['Łukasz Żółć'])),
    email: Type.Optional(nullableText(254, ['lukasz@example.pl'])),
    phone: Type.Optional(nullableText(40, ['+48 601 234 567'])),
    statusId: Type.Optional(
      Type.String({ maxLength: 64, description: 'The board column; the first one when absent' }),
    ),
    properties: Type.Optional(
      Type.Unsafe<Record<string, string | number | null>>({
        type: 'object',
        additionalProperties: { type: ['string', 'number', 'null'] },
        maxProperties: 100,
        description: 'Custom property values by key; null clears one',
      }),
    ),
  },
  {
    additionalProperties: false,
    description: 'Fields to set; null clears a field, an absent one is left as it is',
    examples: [
      {
        name: 'Łukasz Żółć',
        email: 'lukasz@example.pl',
        phone: '+48 601 234 567',
        properties: { company: 'Żółć Sp. z o.o.' },
      },
    ],
  },
);

export const ContactView = Type.Object(
  {
    id: Type.String({ examples: ['con_5f1c0a9e2b7d4c3e8a10'] }),
    statusId: Type.String({ examples: ['sta_new'] }),
    name: Type.Union([Type.String(), Type.Null()]),
    email: Type.Union([Type.String(), Type.Null()]),
    phone: Type.Union([Type.String(), Type.Null()]),
    properties: Type.Record(Type.String(), Type.String()),
    createdAt: Instant,
    updatedAt: Instant,
  },
  {
    additionalProperties: false,
    examples: [
      {
        id: 'con_5f1c0a9e2b7d4c3e8a10',
        statusId: 'sta_new',
        name: 'Łukasz Żółć',
        email: 'lukasz@example.pl',
        phone: '+48601234567',
        properties: { company: 'Żółć Sp. z o.o.' },
        createdAt: '2026-03-02T09:15:00.000Z',
        updatedAt: '2026-03-02T09:15:00.000Z',
      },
    ],
  },
);

export const ContactListQuery = Type.Object(
  {
    status: Type.Optional(Type.String({ maxLength: 64, description: 'Only this board column' })),
    q: Type.Optional(Type.String({ maxLength: 200, description: 'Search in name, e-mail and phone' })),
    cursor: Type.Optional(Type.String({ maxLength: 64, description: 'The previous page’s `nextCursor`' })),
    limit: Type.Optional(Type.Unsafe<string>(limitParameter(contactPage))),
  },
  { additionalProperties: false },
);

export const ContactList = Type.Object(
  {
    data: Type.Array(ContactView),
    nextCursor: Type.Union([Type.String(), Type.Null()], {
      description: 'Pass as `cursor` for the next page; null on the last one',
    }),
  },
  { additionalProperties: false },
);

export const DeleteContactQuery = Type.Object(
  { erase: Type.Optional(Type.Enum(['true', 'false'], { description: 'Also erase its personal data' })) },
  { additionalProperties: false },
);

export const NoteBody = Type.Object(
  { body: Type.String({ maxLength: 10_000 }) },
  { additionalProperties: false, examples: [{ body: 'Called back, wants a quote for 40 seats.' }] },
);

export const NoteView = Type.Object(
  {
    id: Type.String({ examples: ['note_8c1d2e3f4a5b6c7d'] }),
    contactId: Type.String(),
    body: Type.String(),
    actor: Type.Enum([...actors]),
    createdAt: Instant,
  },
  { additionalProperties: false },
);

export const NoteList = Type.Object({ data: Type.Array(NoteView) }, { additionalProperties: false });
