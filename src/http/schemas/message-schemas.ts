import { Type } from 'typebox';
import { maxBulkRecipients } from '../../contacts/send-bulk-message.js';
import { Instant } from './common-schemas.js';
import { ImpactView } from './impact-schemas.js';

const channel = Type.Enum(['email', 'whatsapp'], {
  description: 'E-mail goes to the e-mail address, WhatsApp to the phone',
});

export const MessageBody = Type.Object(
  {
    channel,
    subject: Type.Optional(Type.String({ maxLength: 300, description: 'E-mail only' })),
    body: Type.String({ maxLength: 10_000 }),
  },
  {
    additionalProperties: false,
    examples: [
      { channel: 'email', subject: 'Your quote', body: 'Dzień dobry, here is the quote we discussed.' },
    ],
  },
);

export const MessageView = Type.Object(
  {
    id: Type.String({ examples: ['msg_2d4f6a8c0e1b3d5f'] }),
    contactId: Type.String({ examples: ['con_5f1c0a9e2b7d4c3e8a10'] }),
    channel,
    direction: Type.Enum(['outbound', 'inbound']),
    recipient: Type.String({ examples: ['lukasz@example.pl'] }),
    subject: Type.Union([Type.String(), Type.Null()]),
    body: Type.String(),
    status: Type.Enum(['queued', 'sending', 'sent', 'failed', 'unknown', 'received'], {
      description: 'Only `sent` (accepted by the provider) is a message.sent activity',
    }),
    error: Type.Union([Type.String(), Type.Null()], { description: 'Why the provider refused it' }),
    providerMessageId: Type.Union([Type.String(), Type.Null()]),
    createdAt: Instant,
  },
  {
    additionalProperties: false,
    examples: [
      {
        id: 'msg_2d4f6a8c0e1b3d5f',
        contactId: 'con_5f1c0a9e2b7d4c3e8a10',
        channel: 'email',
        direction: 'outbound',
        recipient: 'lukasz@example.pl',
        subject: 'Your quote',
        body: 'Dzień dobry, here is the quote we discussed.',
        status: 'sent',
        error: null,
        providerMessageId: '<20260302091500.1@mail.example.com>',
        createdAt: '2026-03-02T09:15:00.000Z',
      },
    ],
  },
);

export const MessageList = Type.Object({ data: Type.Array(MessageView) }, { additionalProperties: false });

export const BulkMessageBody = Type.Object(
  {
    ...MessageBody.properties,
    statusId: Type.Optional(Type.String({ maxLength: 64, description: 'Everyone in this column…' })),
    contactIds: Type.Optional(
      Type.Array(Type.String({ maxLength: 64 }), {
        maxItems: maxBulkRecipients,
        description: '…or these contacts (name one of the two)',
      }),
    ),
  },
  {
    additionalProperties: false,
    examples: [
      {
        channel: 'email',
        subject: 'Spring offer',
        body: 'Our spring prices are out.',
        statusId: 'sta_3b9e0c1d',
      },
    ],
  },
);

export const BulkMessageResult = Type.Object(
  {
    preview: Type.Boolean({ description: 'true: nothing was sent' }),
    impact: ImpactView,
    sent: Type.Integer({ minimum: 0, examples: [118] }),
    failed: Type.Integer({ minimum: 0, examples: [2] }),
    messages: Type.Array(MessageView),
  },
  { additionalProperties: false },
);

export const MessageSettingsBody = Type.Object(
  {
    smtp: Type.Optional(
      Type.Object(
        {
          host: Type.String({ minLength: 1, maxLength: 255 }),
          port: Type.Integer({ minimum: 1, maximum: 65_535 }),
          secure: Type.Optional(Type.Boolean()),
          user: Type.Optional(Type.String({ maxLength: 255 })),
          password: Type.Optional(Type.String({ maxLength: 255 })),
          from: Type.String({ minLength: 3, maxLength: 320 }),
        },
        { additionalProperties: false },
      ),
    ),
    whatsapp: Type.Optional(
      Type.Object(
        {
          baseUrl: Type.String({ pattern: '^https?://', maxLength: 500 }),
          token: Type.String({ minLength: 1, maxLength: 1000 }),
          phoneNumberId: Type.String({ minLength: 1, maxLength: 64 }),
        },
        { additionalProperties: false },
      ),
    ),
  },
  {
    additionalProperties: false,
    description: 'A channel left out is switched off',
    examples: [
      {
        smtp: {
          host: 'smtp.example.com',
          port: 587,
          user: 'sales@example.com',
          password: 's3cret',
          from: 'Sales <sales@example.com>',
        },
      },
    ],
  },
);

export const MessageSettingsResult = Type.Object(
  { email: Type.Boolean(), whatsapp: Type.Boolean() },
  {
    additionalProperties: false,
    description: 'Which channels are set up',
    examples: [{ email: true, whatsapp: false }],
  },
);
