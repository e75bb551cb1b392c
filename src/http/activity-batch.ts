import type { Activity, ActivityKind, Actor } from '../domain/activity.js';
import type { ActivityIssue } from '../metering/validate-activities.js';
import { parseInstant } from './instants.js';
import { type FieldError, Problem } from './problem.js';

/** How far ahead of the server's clock an occurrence time may be: senders' clocks drift. */
export const allowedClockSkewMs = 5 * 60_000;

interface BatchItem {
  id: string;
  contactId: string;
  kind: ActivityKind;
  occurredAt: string;
  actor?: Actor;
}

/**
 * The activities a request's batch names, for the calling account; 422
 * `invalid_activities` naming every item whose time is not an instant or lies ahead of
 * the server clock by more than the allowed skew (then nothing is recorded).
 */
export function activitiesOfBatch(items: readonly BatchItem[], accountId: string, now: number): Activity[] {
  const errors: FieldError[] = [];
  const activities = items.map((item, index): Activity => {
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
  return activities;
}

/** The metering module's refusal of a batch, in the API's field names. */
export function problemOfActivityIssues(issues: readonly ActivityIssue[]): Problem {
  return invalidActivities(
    issues.map((issue) => ({
      index: issue.index,
      field: `/activities/${issue.index}/${issue.field === 'key' ? 'id' : issue.field}`,
      code: issue.code,
      message: issue.message,
    })),
  );
}

function invalidActivities(errors: FieldError[]): Problem {
  const first = errors[0] as FieldError;
  return new Problem(
    'invalid_activities',
    `${errors.length} of the batch's activities are invalid (first: ${first.field} ${first.message}); nothing was recorded`,
    errors,
  );
}
