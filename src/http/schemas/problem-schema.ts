import { Type } from 'typebox';
import { problemCodes } from '../problem.js';

/** One fault in a request, as `problemBody` writes it. */
const FieldError = Type.Object(
  {
    field: Type.String({ description: 'A JSON pointer into the body, or `query.name` / `params.name`' }),
    code: Type.String({ description: 'What is wrong, e.g. `required`, `pattern`, `unknown_field`' }),
    message: Type.String(),
    index: Type.Optional(Type.Integer({ minimum: 0, description: 'For batch items: the item’s position' })),
  },
  { additionalProperties: false },
);

/**
 * Every error answer (RFC 9457), registered once as a shared schema so the document names
 * it `Problem` and every error response points at it.
 */
export const ProblemSchema = Type.Object(
  {
    type: Type.String({ examples: ['urn:tally:problem:validation_failed'] }),
    title: Type.String(),
    status: Type.Integer({ minimum: 400, maximum: 599 }),
    code: Type.Union(
      problemCodes.map((code) => Type.Literal(code)),
      { description: 'Stable machine-readable code; the status follows from it' },
    ),
    detail: Type.String(),
    instance: Type.String({ description: 'The request path' }),
    errors: Type.Optional(Type.Array(FieldError, { maxItems: 100 })),
  },
  { $id: 'Problem', additionalProperties: false },
);

export const problemMediaType = 'application/problem+json';
