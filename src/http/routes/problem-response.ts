/**
 * The problem+json body (RFC 9457) as a response schema, for the routes that declare their
 * answers. Every property the error handler writes is listed, so serializing through it
 * drops nothing.
 */
export const problemResponse = {
  type: 'object',
  required: ['type', 'title', 'status', 'code', 'detail'],
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
        required: ['field', 'code', 'message'],
        properties: {
          field: { type: 'string' },
          code: { type: 'string' },
          message: { type: 'string' },
          index: { type: 'integer' },
        },
      },
    },
  },
} as const;

/** The error answers every authenticated account route can give. */
export const accountProblems = {
  400: problemResponse,
  401: problemResponse,
  403: problemResponse,
} as const;

/** An instant as RFC 3339 text, or null while it has not happened. */
export const nullableInstant = { type: ['string', 'null'], format: 'date-time' } as const;
