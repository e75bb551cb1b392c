import { Type } from 'typebox';
import { activityKinds, actors } from '../../domain/activity.js';
import { maxContactIdLength, maxKeyLength } from '../../metering/validate-activities.js';

export const maxBatchSize = 1000;

export const ActivityItem = Type.Object(
  {
    id: Type.String({
      minLength: 1,
      maxLength: maxKeyLength,
      description:
        'idempotency key, unique per account and usage month (a re-delivery, same id and occurrence, is ignored); keys that sort by time (UUIDv7, ULID, a sequence) are the fastest to record',
    }),
    contactId: Type.String({ minLength: 1, maxLength: maxContactIdLength }),
    kind: Type.Enum(activityKinds),
    occurredAt: Type.String({
      minLength: 1,
      maxLength: 64,
      description: 'RFC 3339 instant with an offset; at most 5 minutes ahead of the server clock',
    }),
    actor: Type.Optional(Type.Enum(actors, { description: 'default api' })),
  },
  { additionalProperties: false },
);

export const RecordActivitiesBody = Type.Object(
  { activities: Type.Array(ActivityItem, { minItems: 1, maxItems: maxBatchSize }) },
  {
    additionalProperties: false,
    examples: [
      {
        activities: [
          {
            id: '01JD8Z3Q6V4K2M7N9P0R1S2T3U',
            contactId: 'crm-contact-4711',
            kind: 'message.sent',
            occurredAt: '2026-03-02T09:00:00+01:00',
            actor: 'api',
          },
        ],
      },
    ],
  },
);

export const RecordedActivities = Type.Object(
  {
    accepted: Type.Integer({
      minimum: 1,
      description: 'How many activities the batch held; a replayed batch answers as its first delivery did',
    }),
  },
  { additionalProperties: false, examples: [{ accepted: 1 }] },
);
