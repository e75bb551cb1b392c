import { type Activity, activityKinds, actors, isActivityKind, isActor } from '../domain/activity.js';
import type { UsageCalendar } from '../domain/usage-calendar.js';
import type { LedgerEntry } from './ledger-entry.js';

/** Why one activity of a batch was refused; the batch is refused as a whole. */
export interface ActivityIssue {
  index: number;
  field: keyof Activity;
  code: 'invalid' | 'unknown_account' | 'before_subscription_start' | 'period_closed';
  message: string;
}

export const maxKeyLength = 200;
export const maxContactIdLength = 200;

/**
 * Checks every activity of a batch and places each in its usage month. Returns all the
 * issues found, so a caller can report every fault at once and write nothing.
 */
export function validateActivities(
  activities: readonly Activity[],
  calendars: ReadonlyMap<string, UsageCalendar>,
): { entries: LedgerEntry[]; issues: ActivityIssue[] } {
  const entries: LedgerEntry[] = [];
  const issues: ActivityIssue[] = [];
  for (let index = 0; index < activities.length; index++) {
    const activity = activities[index] as Activity;
    const issue = findIssue(activity, index, calendars);
    if (issue) {
      issues.push(issue);
      continue;
    }
    const calendar = calendars.get(activity.accountId);
    const month = calendar?.monthAt(activity.occurredAt);
    if (!calendar || !month) {
      issues.push({
        index,
        field: 'occurredAt',
        code: 'before_subscription_start',
        message: 'occurredAt is before the account’s subscription started',
      });
      continue;
    }
    entries.push({
      accountId: activity.accountId,
      key: activity.key,
      contactId: activity.contactId,
      kind: activity.kind,
      actor: activity.actor,
      occurredAt: activity.occurredAt,
      periodStart: month.start,
      periodEnd: month.end,
      dayStarts: calendar.dayStarts(month),
    });
  }
  return { entries, issues };
}

function findIssue(
  activity: Activity,
  index: number,
  calendars: ReadonlyMap<string, UsageCalendar>,
): ActivityIssue | undefined {
  if (typeof activity.accountId !== 'string' || !calendars.has(activity.accountId)) {
    return { index, field: 'accountId', code: 'unknown_account', message: 'no such account' };
  }
  if (!isBoundedString(activity.key, maxKeyLength)) {
    return invalid(index, 'key', `key must be a string of 1 to ${maxKeyLength} characters`);
  }
  if (!isBoundedString(activity.contactId, maxContactIdLength)) {
    return invalid(index, 'contactId', `contactId must be a string of 1 to ${maxContactIdLength} characters`);
  }
  if (!isActivityKind(activity.kind))
    return invalid(index, 'kind', `kind must be one of ${activityKinds.join(', ')}`);
  if (!isActor(activity.actor)) return invalid(index, 'actor', `actor must be one of ${actors.join(', ')}`);
  if (!Number.isSafeInteger(activity.occurredAt)) {
    return invalid(index, 'occurredAt', 'occurredAt must be an instant in epoch milliseconds');
  }
  return undefined;
}

function invalid(index: number, field: keyof Activity, message: string): ActivityIssue {
  return { index, field, code: 'invalid', message };
}

function isBoundedString(value: unknown, maxLength: number): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= maxLength;
}
