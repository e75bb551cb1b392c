import { randomBytes } from 'node:crypto';
import { findUsageCalendar } from '../accounts/account-repository.js';
import type { Catalog } from '../billing/catalog.js';
import type { Actor } from '../domain/activity.js';
import { fanOutActivity } from '../metering/fan-out-activity.js';
import type { Store } from '../store/store.js';
import { inWriteTransaction } from '../store/write-transaction.js';
import { type ContactRefusal, refusal } from './contact.js';
import { type ContactFilter, matchingContactIds } from './contact-filter.js';
import { type Impact, previewImpact } from './impact-preview.js';
import { ClosedMonthError, newActivityKey } from './record-contact-activity.js';
import { sendBulkMessage } from './send-bulk-message.js';
import type { Channel, Message } from './send-message.js';

/** The most contacts one bulk action touches; "all matching" beyond this is refused, not cut. */
export const maxBulkSelection = 1000;

/** Which contacts a bulk action means: the ones the user ticked, or every one matching a filter. */
export type BulkSelection = { contactIds: string[] } | { filter: ContactFilter };

export type BulkAction =
  | { type: 'move'; statusId: string }
  | { type: 'note'; body: string }
  | { type: 'message'; channel: Channel; subject?: string; body: string };

export interface BulkOutcome {
  ok: true;
  /** What the action does (preview) or did to this month's usage: the same figures. */
  impact: Impact;
  applied: boolean;
  /** The contacts the action changed (or would change), in contact-id order. */
  contactIds: string[];
  messages: Message[];
}

/**
 * Moves, notes or messages many contacts as one action, or with `preview` only says what it
 * would do: how many contacts it touches, how many of them become newly active this month
 * and what that adds in overusage. Moves and notes are one set-based fan-out each (one
 * ledger row, like a column rename); messages go through the outbox one by one, like
 * `POST /v1/messages/bulk`, because each provider answers each message.
 */
export async function runBulkAction(
  store: Store,
  catalog: Catalog,
  accountId: string,
  selection: BulkSelection,
  action: BulkAction,
  actor: Actor,
  now: () => number,
  preview: boolean,
): Promise<BulkOutcome | ContactRefusal> {
  const at = now();
  const calendar = await findUsageCalendar(store, accountId);
  if (!calendar) return refusal('not_found', 'account', `no account ${accountId}`);
  if (action.type === 'note' && (action.body.trim().length === 0 || action.body.trim().length > 10_000)) {
    return refusal('invalid', '/body', 'body must be 1 to 10,000 characters');
  }
  if (action.type === 'move') {
    const column = await store.db
      .selectFrom('statuses')
      .select('status_id')
      .where('account_id', '=', accountId)
      .where('status_id', '=', action.statusId)
      .executeTakeFirst();
    if (!column) return refusal('invalid', '/statusId', `no board column ${action.statusId}`);
  }
  const selected = await resolveSelection(store, accountId, selection, calendar.monthAt(at)?.start);
  if (!selected.ok) return selected;
  // A move touches only the contacts not in the target column yet: moving a contact to
  // where it is records nothing, exactly as a single PATCH does.
  const touched =
    action.type === 'move'
      ? selected.contactIds.length === 0
        ? []
        : (
            await store.db
              .selectFrom('contacts')
              .select('contact_id')
              .where('account_id', '=', accountId)
              .where('contact_id', 'in', selected.contactIds)
              .where('status_id', '!=', action.statusId)
              .orderBy('contact_id')
              .execute()
          ).map((row) => row.contact_id)
      : selected.contactIds;

  if (action.type === 'message') {
    if (touched.length === 0) return refusal('invalid', '/selection', 'the selection holds no contacts');
    const sent = await sendBulkMessage(
      store,
      catalog,
      accountId,
      {
        channel: action.channel,
        body: action.body,
        contactIds: touched,
        ...(action.subject === undefined ? {} : { subject: action.subject }),
      },
      actor,
      now,
      preview,
    );
    if (!sent.ok) return sent;
    return { ok: true, impact: sent.impact, applied: !preview, contactIds: touched, messages: sent.messages };
  }

  const selectionQuery = (db = store.db) =>
    db
      .selectFrom('contacts')
      .select('contact_id')
      .where('account_id', '=', accountId)
      .where('contact_id', 'in', touched)
      .where('deleted_at', 'is', null);
  const impact = await previewImpact(
    store,
    catalog,
    accountId,
    touched.length === 0 ? undefined : selectionQuery(),
    at,
  );
  if (preview || touched.length === 0) {
    return { ok: true, impact, applied: false, contactIds: touched, messages: [] };
  }
  await inWriteTransaction(store, async (db) => {
    const outcome = await fanOutActivity(
      store,
      {
        accountId,
        key: newActivityKey(at),
        kind: action.type === 'move' ? 'contact.status_changed' : 'note.added',
        actor,
        occurredAt: at,
      },
      selectionQuery(db),
      { within: db, recordedAt: at },
    );
    if (!outcome.ok) throw new ClosedMonthError();
    if (action.type === 'move') {
      await db
        .updateTable('contacts')
        .set({ status_id: action.statusId, updated_at: at, last_activity_at: at })
        .where('account_id', '=', accountId)
        .where('contact_id', 'in', touched)
        .execute();
    } else {
      const body = action.body.trim();
      await db
        .insertInto('notes')
        .values(
          touched.map((contactId) => ({
            account_id: accountId,
            note_id: `note_${randomBytes(10).toString('hex')}`,
            contact_id: contactId,
            body,
            actor,
            created_at: at,
          })),
        )
        .execute();
      await db
        .updateTable('contacts')
        .set({ last_activity_at: at })
        .where('account_id', '=', accountId)
        .where('contact_id', 'in', touched)
        .execute();
    }
  });
  return { ok: true, impact, applied: true, contactIds: touched, messages: [] };
}

/** The live contacts a selection means, or a refusal naming what is wrong with it. */
async function resolveSelection(
  store: Store,
  accountId: string,
  selection: BulkSelection,
  monthStart: number | undefined,
): Promise<{ ok: true; contactIds: string[] } | ContactRefusal> {
  if ('contactIds' in selection) {
    const wanted = [...new Set(selection.contactIds)];
    if (wanted.length === 0) return refusal('invalid', '/selection/contactIds', 'name at least one contact');
    if (wanted.length > maxBulkSelection) {
      return refusal('invalid', '/selection/contactIds', `at most ${maxBulkSelection} contacts at once`);
    }
    const found = new Set(
      (
        await store.db
          .selectFrom('contacts')
          .select('contact_id')
          .where('account_id', '=', accountId)
          .where('deleted_at', 'is', null)
          .where('contact_id', 'in', wanted)
          .execute()
      ).map((row) => row.contact_id),
    );
    const missing = selection.contactIds.findIndex((id) => !found.has(id));
    if (missing >= 0) {
      // Another account's contact is as unknown as one that never existed (SPEC §7).
      return refusal(
        'invalid',
        `/selection/contactIds/${missing}`,
        `no contact ${selection.contactIds[missing]}`,
      );
    }
    return { ok: true, contactIds: [...found].sort() };
  }
  const rows = await matchingContactIds(store.db, accountId, {
    ...selection.filter,
    ...(monthStart === undefined ? {} : { monthStart }),
  })
    .orderBy('contacts.contact_id')
    .limit(maxBulkSelection + 1)
    .execute();
  if (rows.length > maxBulkSelection) {
    return refusal(
      'invalid',
      '/selection/filter',
      `more than ${maxBulkSelection} contacts match; narrow the filter or select contacts one by one`,
    );
  }
  return { ok: true, contactIds: rows.map((row) => row.contact_id) };
}
