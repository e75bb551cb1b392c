import { randomBytes } from 'node:crypto';
import { findUsageCalendar } from '../accounts/account-repository.js';
import type { Actor } from '../domain/activity.js';
import type { Store } from '../store/store.js';
import { inWriteTransaction } from '../store/write-transaction.js';
import { type ContactRefusal, refusal } from './contact.js';
import { recordContactActivities } from './record-contact-activity.js';

export interface Note {
  id: string;
  contactId: string;
  body: string;
  actor: Actor;
  createdAt: number;
}

/** Adds a note to a contact: a `note.added`, committed with the note. */
export async function addNote(
  store: Store,
  accountId: string,
  contactId: string,
  body: string,
  actor: Actor,
  now: number,
): Promise<{ ok: true; note: Note } | ContactRefusal> {
  const text = body.trim();
  if (text.length === 0 || text.length > 10_000)
    return refusal('invalid', '/body', 'body must be 1 to 10,000 characters');
  if (!(await findUsageCalendar(store, accountId)))
    return refusal('not_found', 'account', `no account ${accountId}`);
  return inWriteTransaction(store, async (db) => {
    const contact = await db
      .selectFrom('contacts')
      .select('contact_id')
      .where('account_id', '=', accountId)
      .where('contact_id', '=', contactId)
      .where('deleted_at', 'is', null)
      .executeTakeFirst();
    if (!contact) return refusal('not_found', 'id', `no contact ${contactId}`);
    const note: Note = {
      id: `note_${randomBytes(10).toString('hex')}`,
      contactId,
      body: text,
      actor,
      createdAt: now,
    };
    await db
      .insertInto('notes')
      .values({
        account_id: accountId,
        note_id: note.id,
        contact_id: contactId,
        body: text,
        actor,
        created_at: now,
      })
      .execute();
    await recordContactActivities(db, store, accountId, contactId, ['note.added'], actor, now);
    return { ok: true, note };
  });
}
