import { Type } from 'typebox';
import { boardSorts } from '../../contacts/board-column.js';
import { maxBulkSelection } from '../../contacts/bulk-action.js';
import { activityKinds, actors } from '../../domain/activity.js';
import { limitParameter } from '../page-limit.js';
import { Instant } from './common-schemas.js';
import { contactPage } from './contact-schemas.js';

/** The board's contact list and bulk actions (decision 0051). */

const nullableString = Type.Union([Type.String(), Type.Null()]);

export const BoardListQuery = Type.Object(
  {
    status: Type.Optional(Type.String({ maxLength: 64, description: 'a board column: only its contacts' })),
    q: Type.Optional(
      Type.String({
        maxLength: 200,
        description: 'name, e-mail, phone or a property value containing this, ignoring case',
      }),
    ),
    sort: Type.Optional(
      Type.Enum([...boardSorts], {
        description: 'recent (last activity first, the default), name (A to Z) or created (newest first)',
      }),
    ),
    active: Type.Optional(
      Type.Union([Type.Literal('true'), Type.Literal('false')], {
        description: 'only contacts active (true) or not active (false) in the current usage month',
      }),
    ),
    propertyKey: Type.Optional(
      Type.String({
        maxLength: 50,
        description: 'with propertyValue: a property holding exactly that value',
      }),
    ),
    propertyValue: Type.Optional(Type.String({ maxLength: 500 })),
    cursor: Type.Optional(Type.String({ maxLength: 1000, description: 'nextCursor of the previous page' })),
    limit: Type.Optional(Type.Unsafe<string>(limitParameter(contactPage))),
  },
  { additionalProperties: false },
);

const ContactFields = {
  id: Type.String({ examples: ['con_01JD8Z3Q6V'] }),
  statusId: Type.String(),
  name: nullableString,
  email: nullableString,
  phone: nullableString,
  properties: Type.Record(Type.String(), Type.String()),
  createdAt: Instant,
  updatedAt: Instant,
};

/** A board card: the contact, when Tally last recorded activity for it, and why it counts this month. */
export const BoardCard = Type.Object(
  {
    ...ContactFields,
    lastActivityAt: Instant,
    activeThisMonth: Type.Union(
      [
        Type.Object(
          {
            kind: Type.Enum([...activityKinds]),
            actor: Type.Enum([...actors]),
            occurredAt: Instant,
          },
          { additionalProperties: false },
        ),
        Type.Null(),
      ],
      {
        description: 'the first qualifying activity of the current usage month; null when it does not count',
      },
    ),
  },
  { additionalProperties: false },
);

export const BoardPage = Type.Object(
  {
    data: Type.Array(BoardCard),
    nextCursor: Type.Union([Type.String(), Type.Null()], { description: 'null on the last page' }),
  },
  { additionalProperties: false },
);

export const BulkQuery = Type.Object(
  { preview: Type.Optional(Type.Union([Type.Literal('true'), Type.Literal('false')])) },
  { additionalProperties: false },
);

export const BulkFilter = Type.Object(
  {
    status: Type.Optional(Type.String({ maxLength: 64 })),
    q: Type.Optional(Type.String({ maxLength: 200 })),
    active: Type.Optional(Type.Boolean()),
    propertyKey: Type.Optional(Type.String({ maxLength: 50 })),
    propertyValue: Type.Optional(Type.String({ maxLength: 500 })),
  },
  {
    additionalProperties: false,
    description: 'every contact matching this, as GET /v1/contacts filters them',
  },
);

export const BulkBody = Type.Object(
  {
    selection: Type.Object(
      {
        contactIds: Type.Optional(Type.Array(Type.String({ maxLength: 64 }), { maxItems: maxBulkSelection })),
        filter: Type.Optional(BulkFilter),
      },
      {
        additionalProperties: false,
        description: 'contactIds (the ones ticked) or filter (all matching), one of the two',
      },
    ),
    action: Type.Union([Type.Literal('move'), Type.Literal('note'), Type.Literal('message')]),
    statusId: Type.Optional(Type.String({ maxLength: 64, description: 'move: the column to move to' })),
    channel: Type.Optional(
      Type.Union([Type.Literal('email'), Type.Literal('whatsapp')], { description: 'message' }),
    ),
    subject: Type.Optional(Type.String({ maxLength: 300 })),
    body: Type.Optional(Type.String({ maxLength: 10_000, description: 'note or message: the text' })),
  },
  { additionalProperties: false },
);

export const Impact = Type.Object(
  {
    contactsTouched: Type.Integer(),
    newlyActive: Type.Integer({ description: 'touched contacts not yet active this month' }),
    activeContacts: Type.Integer(),
    allowance: Type.Union([Type.Integer(), Type.Null()]),
    extraOverusage: Type.Integer(),
    extraOverusageCost: Type.Object(
      { amount: Type.String({ examples: ['12.50'] }), currency: Type.String({ examples: ['EUR'] }) },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false },
);

export const BulkOutcome = Type.Object(
  {
    preview: Type.Boolean(),
    applied: Type.Boolean({ description: 'false for a preview, or when the action touches nobody' }),
    impact: Impact,
    contactIds: Type.Array(Type.String(), { description: 'the contacts the action changes (or would)' }),
    sent: Type.Integer({ description: 'message: accepted by the provider' }),
    failed: Type.Integer({ description: 'message: refused or failed' }),
  },
  { additionalProperties: false },
);
