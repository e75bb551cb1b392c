import type { FastifyPluginAsync } from 'fastify';
import {
  type Activity,
  type ActivityKind,
  type Actor,
  activityKinds,
  actors,
} from '../../domain/activity.js';
import { recordActivities } from '../../metering/record-activities.js';
import { maxContactIdLength, maxKeyLength } from '../../metering/validate-activities.js';
import type { AppContext } from '../app-context.js';
import { requireAccount } from '../authenticate.js';
import { parseInstant } from '../instants.js';
import { type FieldError, Problem } from '../problem.js';

export const maxBatchSize = 1000;
/** How far ahead of the server's clock an occurrence time may be: senders' clocks drift. */
export const allowedClockSkewMs = 5 * 60_000;

interface ActivityBody {
  activities: { id: string; contactId: string; kind: ActivityKind; occurredAt: string; actor?: Actor }[];
}

export const recordActivitiesSchema = {
  tags: ['activities'],
  summary: 'Record a batch of qualifying activities from another system (all or nothing; replays are no-ops)',
  body: {
    type: 'object',
    additionalProperties: false,
    required: ['activities'],
    properties: {
      activities: {
        type: 'array',
        minItems: 1,
        maxItems: maxBatchSize,
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['id', 'contactId', 'kind', 'occurredAt'],
          properties: {
            id: {
              type: 'string',
              minLength: 1,
              maxLength: maxKeyLength,
              description:
                'idempotency key, unique per account and usage month (a re-delivery, same id and occurrence, is ignored); keys that sort by time (UUIDv7, ULID, a sequence) are the fastest to record',
            },
            contactId: { type: 'string', minLength: 1, maxLength: maxContactIdLength },
            kind: { type: 'string', enum: [...activityKinds] },
            occurredAt: { type: 'string', minLength: 1, maxLength: 64, description: 'RFC 3339 instant' },
            actor: { type: 'string', enum: [...actors], description: 'default api' },
          },
        },
      },
    },
  },
} as const;

export const activityRoutes =
  (context: AppContext): FastifyPluginAsync =>
  async (app) => {
    app.post<{ Body: ActivityBody }>(
      '/v1/activities',
      { schema: recordActivitiesSchema, config: { access: 'account' } },
      async (request) => {
        const accountId = requireAccount(request.caller);
        const now = context.clock.now();
        const errors: FieldError[] = [];
        const activities: Activity[] = request.body.activities.map((item, index) => {
          const occurredAt = parseInstant(item.occurredAt);
          if (occurredAt === undefined) {
            errors.push({
              index,
              field: `/activities/${index}/occurredAt`,
              code: 'invalid_time',
              message: 'must be an RFC 3339 instant with an offset, e.g. 2026-03-02T09:00:00Z',
            });
          } else if (occurredAt > now + allowedClockSkewMs) {
            errors.push({
              index,
              field: `/activities/${index}/occurredAt`,
              code: 'activity_in_future',
              message: 'is more than 5 minutes ahead of the server clock',
            });
          }
          return {
            accountId,
            key: item.id,
            contactId: item.contactId,
            kind: item.kind,
            actor: item.actor ?? 'api',
            occurredAt: occurredAt ?? 0,
          };
        });
        if (errors.length > 0) throw invalidActivities(errors);
        const outcome = await recordActivities(context.store, activities, now);
        if (!outcome.ok) {
          throw invalidActivities(
            outcome.issues.map((issue) => ({
              index: issue.index,
              field: `/activities/${issue.index}/${issue.field === 'key' ? 'id' : issue.field}`,
              code: issue.code,
              message: issue.message,
            })),
          );
        }
        context.metrics.activitiesRecorded.inc(outcome.recorded);
        context.metrics.contactsNewlyActive.inc(outcome.newlyActive);
        // A replayed batch answers exactly as the first delivery did.
        return { accepted: activities.length };
      },
    );
  };

function invalidActivities(errors: FieldError[]): Problem {
  const first = errors[0] as FieldError;
  return new Problem(
    'invalid_activities',
    `${errors.length} of the batch's activities are invalid (first: ${first.field} ${first.message}); nothing was recorded`,
    errors,
  );
}
