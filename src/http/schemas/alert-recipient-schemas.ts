import { Type } from 'typebox';
import { Instant } from './common-schemas.js';

export const AlertRecipientView = Type.Object(
  { email: Type.String({ examples: ['ops@acme.example'] }), createdAt: Instant },
  { additionalProperties: false },
);

export const AlertRecipientList = Type.Object(
  {
    billingEmail: Type.Union([Type.String(), Type.Null()], {
      description: 'The billing e-mail, which always receives the threshold e-mails',
    }),
    data: Type.Array(AlertRecipientView),
  },
  { additionalProperties: false },
);

export const AddAlertRecipientBody = Type.Object(
  { email: Type.String({ minLength: 1, maxLength: 320 }) },
  { additionalProperties: false },
);

export const AlertRecipientParams = Type.Object(
  { email: Type.String({ maxLength: 320 }) },
  { additionalProperties: false },
);
