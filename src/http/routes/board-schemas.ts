import { activityKinds, actors } from '../../domain/activity.js';

/**
 * Plain JSON Schemas of the board's answers, declared on its routes so the API document
 * says what each status holds (issue 16's contract work moves these to TypeBox).
 */
export const problemSchema = {
  type: 'object',
  required: ['type', 'title', 'status', 'code'],
  properties: {
    type: { type: 'string' },
    title: { type: 'string' },
    status: { type: 'integer' },
    code: { type: 'string' },
    detail: { type: 'string' },
    instance: { type: 'string' },
    errors: {
      type: 'array',
      items: {
        type: 'object',
        properties: { field: { type: 'string' }, code: { type: 'string' }, message: { type: 'string' } },
      },
    },
  },
  additionalProperties: true,
} as const;

const nullableString = { type: ['string', 'null'] } as const;

export const contactSchema = {
  type: 'object',
  required: ['id', 'statusId', 'name', 'email', 'phone', 'properties', 'createdAt', 'updatedAt'],
  properties: {
    id: { type: 'string' },
    statusId: { type: 'string' },
    name: nullableString,
    email: nullableString,
    phone: nullableString,
    properties: { type: 'object', additionalProperties: { type: 'string' } },
    createdAt: { type: 'string', format: 'date-time' },
    updatedAt: { type: 'string', format: 'date-time' },
  },
} as const;

/** A board card: the contact, when Tally last recorded activity for it, and why it counts this month. */
export const boardCardSchema = {
  type: 'object',
  required: [...contactSchema.required, 'lastActivityAt', 'activeThisMonth'],
  properties: {
    ...contactSchema.properties,
    lastActivityAt: { type: 'string', format: 'date-time' },
    activeThisMonth: {
      description: 'null when the contact does not count this month; else its first qualifying activity',
      oneOf: [
        { type: 'null' },
        {
          type: 'object',
          required: ['kind', 'actor', 'occurredAt'],
          properties: {
            kind: { type: 'string', enum: [...activityKinds] },
            actor: { type: 'string', enum: [...actors] },
            occurredAt: { type: 'string', format: 'date-time' },
          },
        },
      ],
    },
  },
} as const;

export const impactSchema = {
  type: 'object',
  required: [
    'contactsTouched',
    'newlyActive',
    'activeContacts',
    'allowance',
    'extraOverusage',
    'extraOverusageCost',
  ],
  properties: {
    contactsTouched: { type: 'integer' },
    newlyActive: { type: 'integer' },
    activeContacts: { type: 'integer' },
    allowance: { type: ['integer', 'null'] },
    extraOverusage: { type: 'integer' },
    extraOverusageCost: {
      type: 'object',
      required: ['amount', 'currency'],
      properties: { amount: { type: 'string' }, currency: { type: 'string' } },
    },
  },
} as const;

/** The error answers every board route can give. */
export const problemResponses = {
  400: problemSchema,
  401: problemSchema,
  404: problemSchema,
} as const;
