import { Type } from 'typebox';
import { Instant } from './common-schemas.js';
import { ImportRejectionCode } from './import-schemas.js';

export const ImportJobParams = Type.Object(
  { jobId: Type.String({ maxLength: 64 }) },
  { additionalProperties: false },
);

const ImportReport = Type.Object(
  {
    rows: Type.Integer(),
    imported: Type.Integer(),
    updated: Type.Integer(),
    unchanged: Type.Integer(),
    rejected: Type.Array(
      Type.Object(
        // Optional: jobs that finished before codes existed have stored reports without one.
        { row: Type.Integer(), code: Type.Optional(ImportRejectionCode), reason: Type.String() },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);

export const ImportJobView = Type.Object(
  {
    id: Type.String({ examples: ['imp_5d1c0e9a2b7f4c3e8a10'] }),
    status: Type.Union(
      [
        Type.Literal('running'),
        Type.Literal('succeeded'),
        Type.Literal('failed'),
        Type.Literal('interrupted'),
      ],
      { description: 'interrupted: the process running it stopped; the rows written so far stay' },
    ),
    rowsTotal: Type.Integer(),
    rowsDone: Type.Integer(),
    report: Type.Union([ImportReport, Type.Null()], { description: 'Once it has finished' }),
    error: Type.Union([Type.String(), Type.Null()]),
    createdAt: Instant,
    finishedAt: Type.Union([Instant, Type.Null()]),
  },
  { additionalProperties: false },
);
