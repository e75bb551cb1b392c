import { type Kysely, sql } from 'kysely';
import type { ContactsTable, Database } from '../store/schema.js';
import type { Note } from './add-note.js';
import type { Contact } from './contact.js';
import type { PropertyDefinition, PropertyType } from './contact-fields.js';

export async function findContact(
  db: Kysely<Database>,
  accountId: string,
  contactId: string,
): Promise<Contact | undefined> {
  const row = await db
    .selectFrom('contacts')
    .selectAll()
    .where('account_id', '=', accountId)
    .where('contact_id', '=', contactId)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  if (!row) return undefined;
  const properties = await db
    .selectFrom('contact_properties')
    .select(['property_key', 'value'])
    .where('account_id', '=', accountId)
    .where('contact_id', '=', contactId)
    .execute();
  return toContact(
    row,
    Object.fromEntries(properties.map((property) => [property.property_key, property.value])),
  );
}

export interface ContactQuery {
  statusId?: string;
  /** Matches name, e-mail or phone (case-insensitive, anywhere). */
  search?: string;
  after?: string;
  limit: number;
}

/** Live contacts in contact-id order (a stable cursor), filtered by column and search. */
export async function listContacts(
  db: Kysely<Database>,
  accountId: string,
  query: ContactQuery,
): Promise<Contact[]> {
  let select = db
    .selectFrom('contacts')
    .selectAll()
    .where('account_id', '=', accountId)
    .where('deleted_at', 'is', null)
    .orderBy('contact_id')
    .limit(query.limit);
  if (query.statusId !== undefined) select = select.where('status_id', '=', query.statusId);
  if (query.after !== undefined) select = select.where('contact_id', '>', query.after);
  if (query.search !== undefined && query.search.length > 0) {
    const pattern = `%${query.search.toLowerCase().replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
    // ESCAPE is spelt out: SQLite has no default LIKE escape character.
    select = select.where(
      sql<boolean>`(lower(name) LIKE ${pattern} ESCAPE '\\' OR email LIKE ${pattern} ESCAPE '\\' OR phone LIKE ${pattern} ESCAPE '\\')`,
    );
  }
  const rows = await select.execute();
  if (rows.length === 0) return [];
  const properties = await db
    .selectFrom('contact_properties')
    .select(['contact_id', 'property_key', 'value'])
    .where('account_id', '=', accountId)
    .where(
      'contact_id',
      'in',
      rows.map((row) => row.contact_id),
    )
    .execute();
  const byContact = new Map<string, Record<string, string>>();
  for (const property of properties) {
    const values = byContact.get(property.contact_id) ?? {};
    values[property.property_key] = property.value;
    byContact.set(property.contact_id, values);
  }
  return rows.map((row) => toContact(row, byContact.get(row.contact_id) ?? {}));
}

export async function loadPropertyDefinitions(
  db: Kysely<Database>,
  accountId: string,
): Promise<Map<string, PropertyDefinition>> {
  const rows = await db
    .selectFrom('property_definitions')
    .selectAll()
    .where('account_id', '=', accountId)
    .execute();
  return new Map(
    rows.map((row) => [
      row.property_key,
      {
        key: row.property_key,
        label: row.label,
        type: row.type as PropertyType,
        options: row.options ? (JSON.parse(row.options) as string[]) : undefined,
      },
    ]),
  );
}

/** The live contact holding this e-mail or phone, if any (returning funnel visitors, imports). */
export async function findContactByEmailOrPhone(
  db: Kysely<Database>,
  accountId: string,
  email: string | undefined,
  phone: string | undefined,
): Promise<string | undefined> {
  if (email === undefined && phone === undefined) return undefined;
  const row = await db
    .selectFrom('contacts')
    .select('contact_id')
    .where('account_id', '=', accountId)
    .where('deleted_at', 'is', null)
    .where((eb) =>
      eb.or([
        ...(email === undefined ? [] : [eb('email', '=', email)]),
        ...(phone === undefined ? [] : [eb('phone', '=', phone)]),
      ]),
    )
    .orderBy('contact_id')
    .executeTakeFirst();
  return row?.contact_id;
}

export function toContact(row: ContactsTable, properties: Record<string, string>): Contact {
  return {
    id: row.contact_id,
    statusId: row.status_id,
    name: row.name ?? undefined,
    email: row.email ?? undefined,
    phone: row.phone ?? undefined,
    properties,
    createdAt: Number(row.created_at),
    updatedAt: Number(row.updated_at),
    deletedAt: row.deleted_at === null ? undefined : Number(row.deleted_at),
    erased: row.erased_at !== null,
  };
}

/** A contact's notes, newest first (reading them is not activity). */
export async function listNotes(db: Kysely<Database>, accountId: string, contactId: string): Promise<Note[]> {
  const rows = await db
    .selectFrom('notes')
    .selectAll()
    .where('account_id', '=', accountId)
    .where('contact_id', '=', contactId)
    .orderBy('created_at', 'desc')
    .orderBy('note_id', 'desc')
    .limit(500)
    .execute();
  return rows.map((row) => ({
    id: row.note_id,
    contactId: row.contact_id,
    body: row.body,
    actor: row.actor as Note['actor'],
    createdAt: Number(row.created_at),
  }));
}

/** How the usage list names a contact: its name and e-mail, and whether it was deleted since. */
export interface ContactLabel {
  name: string | undefined;
  email: string | undefined;
  deleted: boolean;
}

/**
 * Labels for many contacts in one query (a page of active contacts). Ids without a contact
 * row — activities posted for a CRM Tally does not host — are simply absent.
 */
export async function findContactLabels(
  db: Kysely<Database>,
  accountId: string,
  contactIds: readonly string[],
): Promise<Map<string, ContactLabel>> {
  const labels = new Map<string, ContactLabel>();
  for (let offset = 0; offset < contactIds.length; offset += 500) {
    const rows = await db
      .selectFrom('contacts')
      .select(['contact_id', 'name', 'email', 'deleted_at'])
      .where('account_id', '=', accountId)
      .where('contact_id', 'in', contactIds.slice(offset, offset + 500))
      .execute();
    for (const row of rows) {
      labels.set(row.contact_id, {
        name: row.name ?? undefined,
        email: row.email ?? undefined,
        deleted: row.deleted_at !== null,
      });
    }
  }
  return labels;
}
