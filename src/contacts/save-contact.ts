import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { findUsageCalendar } from '../accounts/account-repository.js';
import type { ActivityKind, Actor } from '../domain/activity.js';
import type { Database } from '../store/schema.js';
import type { Store } from '../store/store.js';
import { inWriteTransaction } from '../store/write-transaction.js';
import { type Contact, type ContactInput, type ContactRefusal, refusal } from './contact.js';
import { canonicalPropertyValue, normaliseEmail, normalisePhone } from './contact-fields.js';
import { findContact, loadPropertyDefinitions } from './contact-repository.js';
import { recordContactActivities } from './record-contact-activity.js';
import { sortName } from './sort-name.js';

export type SaveOutcome = { ok: true; contact: Contact; activities: ActivityKind[] } | ContactRefusal;

/** A contact's fields after normalisation; `undefined` leaves a field as it is, `null` clears it. */
interface Normalised {
  name?: string | null;
  email?: string | null;
  phone?: string | null;
  statusId?: string;
  properties: Record<string, string | null>;
}

/** Creates a contact (in the first column unless told otherwise): one `contact.created`. */
export function createContact(
  store: Store,
  accountId: string,
  input: ContactInput,
  actor: Actor,
  now: number,
) {
  return saveContact(store, accountId, undefined, input, actor, now);
}

/**
 * Updates a contact. A different column is a `contact.status_changed`; any other field or
 * property that really changes is a `property.set`; setting what is already there records
 * nothing (SPEC §1 rule 3).
 */
export function updateContact(
  store: Store,
  accountId: string,
  contactId: string,
  input: ContactInput,
  actor: Actor,
  now: number,
) {
  return saveContact(store, accountId, contactId, input, actor, now);
}

async function saveContact(
  store: Store,
  accountId: string,
  contactId: string | undefined,
  input: ContactInput,
  actor: Actor,
  now: number,
): Promise<SaveOutcome> {
  // Loaded before the transaction: on SQLite the transaction holds the only connection.
  if (!(await findUsageCalendar(store, accountId)))
    return refusal('not_found', 'account', `no account ${accountId}`);
  return inWriteTransaction(store, (db) =>
    saveContactWithin(db, store, accountId, contactId, input, actor, now),
  );
}

/**
 * Saves a contact inside the caller's write transaction (imports save a batch of rows in
 * one); the account's calendar must already be loaded.
 */
export async function saveContactWithin(
  db: Kysely<Database>,
  store: Store,
  accountId: string,
  contactId: string | undefined,
  input: ContactInput,
  actor: Actor,
  now: number,
): Promise<SaveOutcome> {
  const existing = contactId === undefined ? undefined : await findContact(db, accountId, contactId);
  if (contactId !== undefined && !existing) return refusal('not_found', 'id', `no contact ${contactId}`);
  const normalised = await normaliseOrRefuse(db, accountId, input);
  if ('ok' in normalised) return normalised;
  const duplicate = await findDuplicate(db, accountId, contactId, normalised);
  if (duplicate) return duplicate;

  const statusId = normalised.statusId ?? existing?.statusId ?? (await firstStatusId(db, accountId));
  if (statusId === undefined) return refusal('invalid', '/statusId', 'the account has no board columns');
  const id = contactId ?? `con_${randomBytes(10).toString('hex')}`;
  const changedProperties = Object.entries(normalised.properties).filter(
    ([key, value]) => (existing?.properties[key] ?? null) !== value,
  );
  const changedFields = (['name', 'email', 'phone'] as const).filter(
    (field) => normalised[field] !== undefined && (existing?.[field] ?? null) !== normalised[field],
  );
  const statusChanged = existing !== undefined && statusId !== existing.statusId;

  const fields = {
    name: normalised.name === undefined ? (existing?.name ?? null) : normalised.name,
    email: normalised.email === undefined ? (existing?.email ?? null) : normalised.email,
    phone: normalised.phone === undefined ? (existing?.phone ?? null) : normalised.phone,
  };
  if (!existing) {
    await db
      .insertInto('contacts')
      .values({
        account_id: accountId,
        contact_id: id,
        status_id: statusId,
        ...fields,
        sort_name: sortName(fields),
        created_at: now,
        updated_at: now,
        last_activity_at: now,
        deleted_at: null,
        erased_at: null,
      })
      .execute();
  } else if (statusChanged || changedFields.length > 0) {
    await db
      .updateTable('contacts')
      .set({ status_id: statusId, ...fields, sort_name: sortName(fields), updated_at: now })
      .where('account_id', '=', accountId)
      .where('contact_id', '=', id)
      .execute();
  }
  for (const [key, value] of changedProperties) {
    await db
      .deleteFrom('contact_properties')
      .where('account_id', '=', accountId)
      .where('contact_id', '=', id)
      .where('property_key', '=', key)
      .execute();
    if (value !== null) {
      await db
        .insertInto('contact_properties')
        .values({ account_id: accountId, contact_id: id, property_key: key, value })
        .execute();
    }
  }
  const activities: ActivityKind[] = !existing
    ? ['contact.created']
    : [
        ...(statusChanged ? (['contact.status_changed'] as const) : []),
        ...(changedFields.length > 0 || changedProperties.length > 0 ? (['property.set'] as const) : []),
      ];
  await recordContactActivities(db, store, accountId, id, activities, actor, now);
  const contact = await findContact(db, accountId, id);
  return { ok: true, contact: contact as Contact, activities };
}

async function normaliseOrRefuse(
  db: Kysely<Database>,
  accountId: string,
  input: ContactInput,
): Promise<Normalised | ContactRefusal> {
  const normalised: Normalised = { properties: {} };
  if (input.name !== undefined) {
    const name = input.name === null ? null : input.name.trim();
    if (name !== null && (name.length === 0 || name.length > 200))
      return refusal('invalid', '/name', 'name must be 1 to 200 characters');
    normalised.name = name;
  }
  if (input.email !== undefined) {
    const email = input.email === null ? null : normaliseEmail(input.email);
    if (email === undefined) return refusal('invalid', '/email', 'email is not a valid e-mail address');
    normalised.email = email;
  }
  if (input.phone !== undefined) {
    const phone = input.phone === null ? null : normalisePhone(input.phone);
    if (phone === undefined) {
      return refusal('invalid', '/phone', 'phone must be an international number, e.g. +49 30 1234567');
    }
    normalised.phone = phone;
  }
  if (input.statusId !== undefined) {
    const status = await db
      .selectFrom('statuses')
      .select('status_id')
      .where('account_id', '=', accountId)
      .where('status_id', '=', input.statusId)
      .executeTakeFirst();
    if (!status) return refusal('invalid', '/statusId', `no board column ${input.statusId}`);
    normalised.statusId = input.statusId;
  }
  const entries = Object.entries(input.properties ?? {});
  if (entries.length > 0) {
    const definitions = await loadPropertyDefinitions(db, accountId);
    for (const [key, value] of entries) {
      const definition = definitions.get(key);
      if (!definition) return refusal('invalid', `/properties/${key}`, `no property ${key}; define it first`);
      if (value === null) {
        normalised.properties[key] = null;
        continue;
      }
      const canonical = canonicalPropertyValue(definition, value);
      if (!canonical.ok)
        return refusal('invalid', `/properties/${key}`, `${definition.label} ${canonical.message}`);
      normalised.properties[key] = canonical.value;
    }
  }
  return normalised;
}

/** E-mail and phone are unique among an account's live contacts. */
async function findDuplicate(
  db: Kysely<Database>,
  accountId: string,
  contactId: string | undefined,
  normalised: Normalised,
): Promise<ContactRefusal | undefined> {
  for (const field of ['email', 'phone'] as const) {
    const value = normalised[field];
    if (value === undefined || value === null) continue;
    let query = db
      .selectFrom('contacts')
      .select('contact_id')
      .where('account_id', '=', accountId)
      .where('deleted_at', 'is', null)
      .where(field, '=', value);
    if (contactId !== undefined) query = query.where('contact_id', '<>', contactId);
    const other = await query.executeTakeFirst();
    if (other)
      return refusal(
        'duplicate',
        `/${field}`,
        `another contact (${other.contact_id}) already has this ${field}`,
      );
  }
  return undefined;
}

async function firstStatusId(db: Kysely<Database>, accountId: string): Promise<string | undefined> {
  const first = await db
    .selectFrom('statuses')
    .select('status_id')
    .where('account_id', '=', accountId)
    .orderBy('position')
    .executeTakeFirst();
  return first?.status_id;
}
