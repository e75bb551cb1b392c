import type { Store } from '../store/store.js';
import { inWriteTransaction } from '../store/write-transaction.js';
import { type ContactRefusal, refusal } from './contact.js';

/**
 * Deletes a contact (soft: it leaves the workspace). Deleting is not a qualifying
 * activity, and a month in which the contact was active keeps counting it (SPEC §1). With
 * `erase`, its personal data — name, e-mail, phone, notes and property values — is
 * removed for good (GDPR Art. 17); the id stays, so counts and invoices still add up.
 */
export async function deleteContact(
  store: Store,
  accountId: string,
  contactId: string,
  options: { erase: boolean },
  now: number,
): Promise<{ ok: true } | ContactRefusal> {
  return inWriteTransaction(store, async (db) => {
    const contact = await db
      .selectFrom('contacts')
      .select(['deleted_at', 'erased_at'])
      .where('account_id', '=', accountId)
      .where('contact_id', '=', contactId)
      .executeTakeFirst();
    if (!contact || (contact.deleted_at !== null && (!options.erase || contact.erased_at !== null))) {
      return refusal('not_found', 'id', `no contact ${contactId}`);
    }
    await db
      .updateTable('contacts')
      .set({
        deleted_at: contact.deleted_at ?? now,
        updated_at: now,
        ...(options.erase ? { name: null, email: null, phone: null, sort_name: '', erased_at: now } : {}),
      })
      .where('account_id', '=', accountId)
      .where('contact_id', '=', contactId)
      .execute();
    if (options.erase) {
      await db
        .deleteFrom('notes')
        .where('account_id', '=', accountId)
        .where('contact_id', '=', contactId)
        .execute();
      await db
        .deleteFrom('contact_properties')
        .where('account_id', '=', accountId)
        .where('contact_id', '=', contactId)
        .execute();
    }
    return { ok: true };
  });
}
