/**
 * The qualifying activities of SPEC §1: the only things that make a contact active.
 * Anything not in this list (viewing, searching, exporting, deleting, inbound messages,
 * renaming a property definition) is not an activity and never reaches the meter.
 */
export const activityKinds = [
  'contact.created',
  'contact.status_changed',
  'message.sent',
  'note.added',
  'property.set',
  'status.renamed',
] as const;

export type ActivityKind = (typeof activityKinds)[number];

/** Who caused the activity; kept so that "why is this contact counted?" has an answer. */
export const actors = ['user', 'funnel', 'import', 'api', 'automation'] as const;

export type Actor = (typeof actors)[number];

export function isActivityKind(value: unknown): value is ActivityKind {
  return typeof value === 'string' && (activityKinds as readonly string[]).includes(value);
}

export function isActor(value: unknown): value is Actor {
  return typeof value === 'string' && (actors as readonly string[]).includes(value);
}

/** A qualifying activity as recorded in the ledger. Times are epoch milliseconds (UTC). */
export interface Activity {
  accountId: string;
  /** Idempotency key, unique per account: a second activity with the same key is a replay. */
  key: string;
  contactId: string;
  kind: ActivityKind;
  actor: Actor;
  occurredAt: number;
}
