import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.js';
import type { Store } from '../store/store.js';
import { type ContactRefusal, refusal } from './contact.js';
import { normaliseEmail, normalisePhone } from './contact-fields.js';
import { findContactByEmailOrPhone, loadPropertyDefinitions } from './contact-repository.js';
import { defineProperty } from './property-definitions.js';
import { createContact, type SaveOutcome, updateContact } from './save-contact.js';

export interface Funnel {
  id: string;
  name: string;
  key: string;
  createdAt: number;
}

export async function createFunnel(db: Kysely<Database>, accountId: string, name: string, now: number) {
  const trimmed = name.trim();
  if (trimmed.length === 0 || trimmed.length > 100)
    return refusal('invalid', '/name', 'name must be 1 to 100 characters');
  const funnel: Funnel = {
    id: `fnl_${randomBytes(8).toString('hex')}`,
    name: trimmed,
    key: `fk_${randomBytes(12).toString('base64url')}`,
    createdAt: now,
  };
  await db
    .insertInto('funnels')
    .values({
      account_id: accountId,
      funnel_id: funnel.id,
      public_key: funnel.key,
      name: funnel.name,
      created_at: now,
    })
    .execute();
  return { ok: true as const, funnel };
}

export async function listFunnels(db: Kysely<Database>, accountId: string): Promise<Funnel[]> {
  const rows = await db
    .selectFrom('funnels')
    .selectAll()
    .where('account_id', '=', accountId)
    .orderBy('created_at')
    .execute();
  return rows.map((row) => ({
    id: row.funnel_id,
    name: row.name,
    key: row.public_key,
    createdAt: Number(row.created_at),
  }));
}

export interface Lead {
  name?: string;
  email?: string;
  phone?: string;
  /** Form answers, kept as contact properties (undefined ones are defined as text). */
  answers?: Record<string, string | number>;
}

export type LeadOutcome =
  | (SaveOutcome & { ok: true; returning: boolean; accountId: string })
  | ContactRefusal;

/**
 * A form submission: a new visitor becomes a contact in the first column; a returning one
 * (same e-mail or phone) updates the existing contact, a `property.set` only where a value
 * changed, so the same submission twice yields one contact and one activity. Acts as
 * `funnel`.
 */
export async function submitLead(
  store: Store,
  funnelKey: string,
  lead: Lead,
  now: number,
): Promise<LeadOutcome> {
  const funnel = await store.db
    .selectFrom('funnels')
    .select(['account_id'])
    .where('public_key', '=', funnelKey)
    .executeTakeFirst();
  if (!funnel) return refusal('not_found', 'funnelKey', 'no such funnel');
  const accountId = funnel.account_id;
  const email = lead.email === undefined ? undefined : normaliseEmail(lead.email);
  const phone = lead.phone === undefined ? undefined : normalisePhone(lead.phone);
  if (lead.email !== undefined && email === undefined)
    return refusal('invalid', '/email', 'email is not a valid e-mail address');
  if (lead.phone !== undefined && phone === undefined) {
    return refusal('invalid', '/phone', 'phone must be an international number, e.g. +49 30 1234567');
  }
  if (email === undefined && phone === undefined)
    return refusal('invalid', '/email', 'a lead needs an e-mail address or a phone number');
  const answers = Object.entries(lead.answers ?? {});
  const definitions = await loadPropertyDefinitions(store.db, accountId);
  for (const [key] of answers) {
    if (definitions.has(key)) continue;
    const defined = await defineProperty(store, accountId, { key, label: key, type: 'text' }, now);
    if (!defined.ok && defined.code !== 'duplicate') return { ...defined, field: `/answers/${key}` };
  }
  const input = {
    ...(lead.name === undefined ? {} : { name: lead.name }),
    ...(email === undefined ? {} : { email }),
    ...(phone === undefined ? {} : { phone }),
    properties: Object.fromEntries(answers.map(([key, value]) => [key, String(value)])),
  };
  for (let attempt = 0; attempt < 2; attempt++) {
    const existing = await findContactByEmailOrPhone(store.db, accountId, email, phone);
    const saved = existing
      ? await updateContact(store, accountId, existing, input, 'funnel', now)
      : await createContact(store, accountId, input, 'funnel', now);
    // A concurrent submission of the same visitor created the contact first: update it instead.
    if (!saved.ok && saved.code === 'duplicate' && !existing) continue;
    return saved.ok ? { ...saved, returning: existing !== undefined, accountId } : saved;
  }
  return refusal('duplicate', '/email', 'the visitor was being saved concurrently; try again');
}
