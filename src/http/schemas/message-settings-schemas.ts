import { type Static, type TObject, Type } from 'typebox';

/**
 * An object or null as one schema (`type: ["object", "null"]`) rather than `anyOf`: a wrong
 * field inside is then reported once, at its own pointer, not again for each branch.
 */
function nullable<T extends TObject>(schema: T) {
  return Type.Unsafe<Static<T> | null>({ ...schema, type: ['object', 'null'] });
}

const Channel = Type.Enum(['email', 'whatsapp']);

const SmtpView = Type.Object(
  {
    host: Type.String(),
    port: Type.Integer(),
    secure: Type.Boolean(),
    user: Type.Union([Type.String(), Type.Null()]),
    from: Type.String({ examples: ['Acme GmbH <hello@acme.example>'] }),
    hasPassword: Type.Boolean({ description: 'Whether a password is kept (it is never returned)' }),
  },
  { additionalProperties: false },
);

const WhatsAppView = Type.Object(
  {
    baseUrl: Type.String({ examples: ['https://graph.facebook.com/v21.0'] }),
    phoneNumberId: Type.String(),
    hasToken: Type.Boolean({ description: 'Whether an access token is kept (it is never returned)' }),
  },
  { additionalProperties: false },
);

export const MessageSettingsView = Type.Object(
  {
    smtp: Type.Union([SmtpView, Type.Null()], { description: 'null: e-mail is not set up' }),
    whatsapp: Type.Union([WhatsAppView, Type.Null()], { description: 'null: WhatsApp is not set up' }),
  },
  { additionalProperties: false },
);

export const MessageSettingsChangeBody = Type.Object(
  {
    smtp: Type.Optional(
      nullable(
        Type.Object(
          {
            host: Type.String({ minLength: 1, maxLength: 255 }),
            port: Type.Integer({ minimum: 1, maximum: 65_535 }),
            secure: Type.Optional(Type.Boolean()),
            user: Type.Optional(Type.String({ maxLength: 255 })),
            password: Type.Optional(
              Type.String({ maxLength: 255, description: 'Left out: the stored password is kept' }),
            ),
            from: Type.String({ minLength: 3, maxLength: 320 }),
          },
          { additionalProperties: false },
        ),
      ),
    ),
    whatsapp: Type.Optional(
      nullable(
        Type.Object(
          {
            baseUrl: Type.String({ pattern: '^https?://', maxLength: 500 }),
            token: Type.Optional(
              Type.String({
                minLength: 1,
                maxLength: 1000,
                description: 'Left out: the stored token is kept',
              }),
            ),
            phoneNumberId: Type.String({ minLength: 1, maxLength: 64 }),
          },
          { additionalProperties: false },
        ),
      ),
    ),
  },
  { additionalProperties: false, minProperties: 1 },
);

export const TestMessageBody = Type.Object(
  {
    channel: Channel,
    to: Type.String({
      minLength: 1,
      maxLength: 320,
      description: 'An e-mail address, or an international phone number for WhatsApp',
      examples: ['ops@acme.example'],
    }),
  },
  { additionalProperties: false },
);

export const TestMessageResult = Type.Object(
  {
    channel: Channel,
    to: Type.String({ description: 'The recipient as it was sent to (normalised)' }),
    sent: Type.Boolean({ description: 'Whether the SMTP server or the WhatsApp API took the message' }),
    providerMessageId: Type.Union([Type.String(), Type.Null()]),
    error: Type.Union([Type.String(), Type.Null()], {
      description: 'What the provider answered when it did not',
    }),
  },
  { additionalProperties: false },
);
