import { Type } from 'typebox';
import { maxImportRows } from '../../contacts/import-contacts.js';
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
          reason: Type.String({ examples: ['email is not an e-mail address'] }),
        },
        { additionalProperties: false },
      ),
    ),
    impact: Type.Optional(ImpactView),
  },
  { additionalProperties: false },
);
