import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { recordActivities } from '../../metering/record-activities.js';
import { activitiesOfBatch, problemOfActivityIssues } from '../activity-batch.js';
import type { AppContext } from '../app-context.js';
import { requireAccount } from '../authenticate.js';
import { RecordActivitiesBody, RecordedActivities } from '../schemas/activity-schemas.js';
import { json, problems } from '../schemas/responses.js';

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
        const now = context.clock.now();
        const activities = activitiesOfBatch(request.body.activities, requireAccount(request.caller), now);
        const outcome = await recordActivities(context.store, activities, now);
        if (!outcome.ok) throw problemOfActivityIssues(outcome.issues);
        context.metrics.activitiesRecorded.inc(outcome.recorded);
        context.metrics.contactsNewlyActive.inc(outcome.newlyActive);
        // A replayed batch answers exactly as the first delivery did.
        return { accepted: activities.length };
      },
    );
  };
