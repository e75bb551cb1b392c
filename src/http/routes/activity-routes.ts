import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Activity } from '../../domain/activity.js';
import { recordActivities } from '../../metering/record-activities.js';
import type { AppContext } from '../app-context.js';
import { requireAccount } from '../authenticate.js';
import { parseInstant } from '../instants.js';
import { type FieldError, Problem } from '../problem.js';
import { RecordActivitiesBody, RecordedActivities } from '../schemas/activity-schemas.js';
import { json, problems } from '../schemas/responses.js';

/** How far ahead of the server's clock an occurrence time may be: senders' clocks drift. */
export const allowedClockSkewMs = 5 * 60_000;

export const activityRoutes =
  (context: AppContext): FastifyPluginAsyncTypebox =>
  async (app) => {
    app.post(
      '/v1/activities',
      {
        schema: {
          operationId: 'recordActivities',
          tags: ['activities'],
          summary:
            'Record a batch of qualifying activities from another system (all or nothing; replays are no-ops)',
          body: RecordActivitiesBody,
          response: {
            200: json('Recorded, or a replay of a batch already recorded', RecordedActivities),
            ...problems('invalid_activities'),
          },
        },
        config: { access: 'account' },
      },
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
