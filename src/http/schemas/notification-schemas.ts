import { Type } from 'typebox';
import { limitParameter, type PageLimit } from '../page-limit.js';
import { Instant } from './common-schemas.js';

export const NotificationParams = Type.Object(
  { notificationId: Type.String({ maxLength: 64 }) },
  { additionalProperties: false },
);

export const NotificationView = Type.Object(
  {
    id: Type.String({ examples: ['ntf_0m3k9x2a1f3e9c0b7d2a4'] }),
    type: Type.String({ description: 'What the notice is about', examples: ['usage.threshold_reached'] }),
    title: Type.String(),
    message: Type.String(),
    data: Type.Object(
      {},
      {
        additionalProperties: true,
        description:
          'The figures behind the notice, by type; for `usage.threshold_reached` the same as the webhook event’s data',
      },
    ),
    createdAt: Instant,
    readAt: Type.Union([Instant, Type.Null()]),
  },
  {
    additionalProperties: false,
    examples: [
      {
        id: 'ntf_0m3k9x2a1f3e9c0b7d2a4',
        type: 'usage.threshold_reached',
        title: '80 % of your active contacts used',
        message: '2,000 of 2,500 active contacts used in the usage month starting 1 March 2026.',
        data: { percent: 80, activeContacts: 2000, allowance: 2500 },
        createdAt: '2026-03-18T10:42:07+01:00',
        readAt: null,
      },
    ],
  },
);

export const NotificationList = Type.Object(
  { data: Type.Array(NotificationView) },
  { additionalProperties: false },
);

export const notificationPage: PageLimit = { max: 100, fallback: 50 };

export const NotificationQuery = Type.Object(
  {
    unread: Type.Optional(Type.Enum(['true', 'false'], { description: 'true: unread notices only' })),
    limit: Type.Optional(Type.String(limitParameter(notificationPage))),
  },
  { additionalProperties: false },
);
