import { Type } from 'typebox';
import { importRejectionCodes, maxImportRows } from '../../contacts/import-contacts.js';
import { ImpactView } from './impact-schemas.js';

/** The request body: CSV text, a header row then one contact a row. */
export const ImportBody = {
  content: {
    'text/csv': {
      schema: Type.String({
        description: `A header row (name, email, phone, status, any other column a property), then up to ${maxImportRows} rows`,
        examples: [
          'name,email,phone,status,company\nŁukasz Żółć,lukasz@example.pl,+48601234567,New,Żółć Sp. z o.o.\n',
        ],
      }),
    },
  },
} as const;

/** Why a row was rejected, stable for clients to translate. */
export const ImportRejectionCode = Type.Enum([...importRejectionCodes], {
  description: 'Why the row was rejected, stable for clients to translate',
  examples: ['email_format'],
});

export const ImportReport = Type.Object(
  {
    preview: Type.Boolean({ description: 'true: nothing was written' }),
    rows: Type.Integer({ minimum: 0, examples: [250] }),
    imported: Type.Integer({ minimum: 0, description: 'Contacts created', examples: [240] }),
    updated: Type.Integer({
      minimum: 0,
      description: 'Existing contacts (same e-mail or phone) changed',
      examples: [6],
    }),
    unchanged: Type.Integer({ minimum: 0, examples: [2] }),
    rejected: Type.Array(
      Type.Object(
        {
          row: Type.Integer({
            minimum: 0,
            description: 'The row’s number in the file; 0 for the file as a whole',
            examples: [17],
          }),
          code: ImportRejectionCode,
          reason: Type.String({
            description: 'The reason in English; show `code` in the user’s language',
            examples: ['email "ann@" is not a valid e-mail address'],
          }),
        },
        { additionalProperties: false },
      ),
    ),
    impact: Type.Optional(ImpactView),
  },
  { additionalProperties: false },
);
