import { type Kysely, type SelectQueryBuilder, sql } from 'kysely';
import type { Database } from '../store/schema.js';

/**
 * Which live contacts a board view or a bulk action means: a column, a search, whether they
 * are active this month, a property's value. The same filter pages the board and selects
 * "all matching" for a bulk action, so what the user saw is what the action touches.
 */
export interface ContactFilter {
  statusId?: string;
  /** Name, e-mail, phone or any property value containing it, case-insensitive in every alphabet. */
  search?: string;
  /** Active in the usage month starting at `monthStart` (true) or not (false). */
  active?: boolean;
  /** The start of the current usage month (needed when `active` is given). */
  monthStart?: number;
  /** A property holding exactly this value. */
  property?: { key: string; value: string };
}

type ContactsQuery<O> = SelectQueryBuilder<Database, 'contacts', O>;

/** Narrows a query over `contacts` to the live contacts the filter means. */
export function whereMatches<O>(
  query: ContactsQuery<O>,
  accountId: string,
  filter: ContactFilter,
): ContactsQuery<O> {
  let narrowed = query.where('contacts.account_id', '=', accountId).where('contacts.deleted_at', 'is', null);
  if (filter.statusId !== undefined) narrowed = narrowed.where('contacts.status_id', '=', filter.statusId);
  if (filter.search !== undefined && filter.search.length > 0) {
    const pattern = `%${filter.search.toLowerCase().replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
    // lower() folds every alphabet on both engines (SQLite's is replaced by the store).
    // ESCAPE is spelt out: SQLite has no default LIKE escape character.
    narrowed = narrowed.where(
      sql<boolean>`(lower(contacts.name) LIKE ${pattern} ESCAPE '\\'
        OR lower(contacts.email) LIKE ${pattern} ESCAPE '\\'
        OR contacts.phone LIKE ${pattern} ESCAPE '\\'
        OR EXISTS (SELECT 1 FROM contact_properties p
          WHERE p.account_id = contacts.account_id AND p.contact_id = contacts.contact_id
            AND lower(p.value) LIKE ${pattern} ESCAPE '\\'))`,
    );
  }
  if (filter.active !== undefined && filter.monthStart !== undefined) {
    const activeThisMonth = sql<boolean>`EXISTS (SELECT 1 FROM active_contacts a
      WHERE a.account_id = contacts.account_id AND a.period_start = ${filter.monthStart}
        AND a.contact_id = contacts.contact_id)`;
    narrowed = narrowed.where(filter.active ? activeThisMonth : sql<boolean>`NOT ${activeThisMonth}`);
  }
  if (filter.property !== undefined) {
    narrowed = narrowed.where(
      sql<boolean>`EXISTS (SELECT 1 FROM contact_properties p
        WHERE p.account_id = contacts.account_id AND p.contact_id = contacts.contact_id
          AND p.property_key = ${filter.property.key} AND p.value = ${filter.property.value})`,
    );
  }
  return narrowed;
}

/** The ids of the live contacts the filter means: a selection for a bulk action's fan-out. */
export function matchingContactIds(db: Kysely<Database>, accountId: string, filter: ContactFilter) {
  return whereMatches(db.selectFrom('contacts').select('contacts.contact_id'), accountId, filter);
}
