import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.js';
import type { Store } from '../store/store.js';
import { type ContactRefusal, refusal } from './contact.js';
import { type PropertyDefinition, type PropertyType, propertyTypes } from './contact-fields.js';
import { loadPropertyDefinitions } from './contact-repository.js';

/**
 * Defines a custom property. Definitions are not contact activity (SPEC §1 rule 4):
 * creating or relabelling one touches no contact and records nothing.
 */
export async function defineProperty(
  store: Store,
  accountId: string,
  input: { key: string; label: string; type: PropertyType; options?: string[] },
  now: number,
): Promise<{ ok: true; definition: PropertyDefinition } | ContactRefusal> {
  if (!/^[a-z][a-z0-9_]{0,49}$/.test(input.key)) {
    return refusal('invalid', '/key', 'key must start with a letter and use a–z, 0–9 and _ (at most 50)');
  }
  if (!propertyTypes.includes(input.type))
    return refusal('invalid', '/type', `type must be one of ${propertyTypes.join(', ')}`);
  const label = input.label.trim();
  if (label.length === 0 || label.length > 100)
    return refusal('invalid', '/label', 'label must be 1 to 100 characters');
  const options = input.type === 'single_select' ? [...new Set(input.options ?? [])] : undefined;
  if (
    input.type === 'single_select' &&
    (!options || options.length === 0 || options.some((option) => option.length === 0 || option.length > 100))
  ) {
    return refusal(
      'invalid',
      '/options',
      'a single_select property needs 1 or more options of 1 to 100 characters',
    );
  }
  if (input.type !== 'single_select' && input.options !== undefined) {
    return refusal('invalid', '/options', 'only single_select properties take options');
  }
  if ((await loadPropertyDefinitions(store.db, accountId)).has(input.key)) {
    return refusal('duplicate', '/key', `property ${input.key} exists already`);
  }
  await store.db
    .insertInto('property_definitions')
    .values({
      account_id: accountId,
      property_key: input.key,
      label,
      type: input.type,
      options: options ? JSON.stringify(options) : null,
      created_at: now,
    })
    .execute();
  return { ok: true, definition: { key: input.key, label, type: input.type, options } };
}

/** Relabels a property definition: a change of the field, not of any contact. */
export async function relabelProperty(
  db: Kysely<Database>,
  accountId: string,
  key: string,
  label: string,
): Promise<{ ok: true; definition: PropertyDefinition } | ContactRefusal> {
  const trimmed = label.trim();
  if (trimmed.length === 0 || trimmed.length > 100)
    return refusal('invalid', '/label', 'label must be 1 to 100 characters');
  const result = await db
    .updateTable('property_definitions')
    .set({ label: trimmed })
    .where('account_id', '=', accountId)
    .where('property_key', '=', key)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) return refusal('not_found', 'key', `no property ${key}`);
  const definition = (await loadPropertyDefinitions(db, accountId)).get(key) as PropertyDefinition;
  return { ok: true, definition };
}
