import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { findUsageCalendar } from '../accounts/account-repository.js';
import type { Catalog } from '../billing/catalog.js';
import type { Actor } from '../domain/activity.js';
import type { ContactSelection } from '../metering/fan-out-activity.js';
import { fanOutActivity } from '../metering/fan-out-activity.js';
import type { Database } from '../store/schema.js';
import type { Store } from '../store/store.js';
import { inWriteTransaction } from '../store/write-transaction.js';
import { type ContactRefusal, refusal } from './contact.js';
import { type Impact, previewImpact } from './impact-preview.js';
import { ClosedMonthError, newActivityKey } from './record-contact-activity.js';

/** A board column. */
export interface Status {
  id: string;
  name: string;
  position: number;
  contacts: number;
}

export const defaultStatusNames = ['New', 'Contacted', 'Qualified', 'Won', 'Lost'] as const;

/** A new account's board: New, Contacted, Qualified, Won, Lost. */
export async function insertDefaultStatuses(
  db: Kysely<Database>,
  accountId: string,
  now: number,
): Promise<void> {
  await db
    .insertInto('statuses')
    .values(
      defaultStatusNames.map((name, position) => ({
        account_id: accountId,
        status_id: newStatusId(),
        name,
        position,
        created_at: now,
      })),
    )
    .execute();
}

export async function listStatuses(db: Kysely<Database>, accountId: string): Promise<Status[]> {
  const rows = await db
    .selectFrom('statuses')
    .leftJoin('contacts', (join) =>
      join
        .onRef('contacts.account_id', '=', 'statuses.account_id')
        .onRef('contacts.status_id', '=', 'statuses.status_id')
        .on('contacts.deleted_at', 'is', null),
    )
    .select(['statuses.status_id', 'statuses.name', 'statuses.position'])
    .select((eb) => eb.fn.count<number>('contacts.contact_id').as('contacts'))
    .where('statuses.account_id', '=', accountId)
    .groupBy(['statuses.status_id', 'statuses.name', 'statuses.position'])
    .orderBy('statuses.position')
    .execute();
  return rows.map((row) => ({
    id: row.status_id,
    name: row.name,
    position: row.position,
    contacts: Number(row.contacts),
  }));
}

export async function createStatus(
  store: Store,
  accountId: string,
  name: string,
  now: number,
): Promise<{ ok: true; status: Status } | ContactRefusal> {
  const trimmed = name.trim();
  if (trimmed.length === 0 || trimmed.length > 100)
    return refusal('invalid', '/name', 'name must be 1 to 100 characters');
  return inWriteTransaction(store, async (db) => {
    if (await nameTaken(db, accountId, trimmed, undefined)) {
      return refusal('duplicate', '/name', `a column named "${trimmed}" exists already`);
    }
    const last = await db
      .selectFrom('statuses')
      .select((eb) => eb.fn.max('position').as('position'))
      .where('account_id', '=', accountId)
      .executeTakeFirst();
    const status = {
      id: newStatusId(),
      name: trimmed,
      position: Number(last?.position ?? -1) + 1,
      contacts: 0,
    };
    await db
      .insertInto('statuses')
      .values({
        account_id: accountId,
        status_id: status.id,
        name: status.name,
        position: status.position,
        created_at: now,
      })
      .execute();
    return { ok: true, status };
  });
}

/** The live contacts in a column: what a rename or a move touches. */
export function contactsInColumn(
  db: Kysely<Database>,
  accountId: string,
  statusId: string,
): ContactSelection {
  return db
    .selectFrom('contacts')
    .select('contact_id')
    .where('account_id', '=', accountId)
    .where('status_id', '=', statusId)
    .where('deleted_at', 'is', null);
}

export type ColumnOutcome =
  | { ok: true; status: Status | undefined; impact: Impact; applied: boolean }
  | ContactRefusal;

/**
 * Renames a column and/or moves it to another position. A new name touches every contact
 * in the column (`status.renamed`, SPEC §1) with one set-based fan-out; the same name, or
 * only a new position, touches none. With `preview`, answers the impact and changes nothing.
 */
export async function updateStatus(
  store: Store,
  catalog: Catalog,
  accountId: string,
  statusId: string,
  change: { name?: string; position?: number },
  actor: Actor,
  now: number,
  preview: boolean,
): Promise<ColumnOutcome> {
  const current = await store.db
    .selectFrom('statuses')
    .selectAll()
    .where('account_id', '=', accountId)
    .where('status_id', '=', statusId)
    .executeTakeFirst();
  if (!current) return refusal('not_found', 'id', `no board column ${statusId}`);
  const name = change.name?.trim();
  if (name !== undefined && (name.length === 0 || name.length > 100)) {
    return refusal('invalid', '/name', 'name must be 1 to 100 characters');
  }
  const renames = name !== undefined && name !== current.name;
  const selection = contactsInColumn(store.db, accountId, statusId);
  const impact = renames
    ? await previewImpact(store, catalog, accountId, selection, now)
    : await previewImpact(store, catalog, accountId, undefined, now);
  if (preview) return { ok: true, status: undefined, impact, applied: false };
  if (!(await findUsageCalendar(store, accountId)))
    return refusal('not_found', 'account', `no account ${accountId}`);
  return inWriteTransaction(store, async (db) => {
    if (renames && (await nameTaken(db, accountId, name as string, statusId))) {
      return refusal('duplicate', '/name', `a column named "${name}" exists already`);
    }
    if (renames) {
      await db
        .updateTable('statuses')
        .set({ name: name as string })
        .where('account_id', '=', accountId)
        .where('status_id', '=', statusId)
        .execute();
      const outcome = await fanOutActivity(
        store,
        { accountId, key: newActivityKey(), kind: 'status.renamed', actor, occurredAt: now },
        contactsInColumn(db, accountId, statusId),
        { within: db, recordedAt: now },
      );
      if (!outcome.ok) throw new ClosedMonthError();
    }
    if (change.position !== undefined) await moveColumn(db, accountId, statusId, change.position);
    const status = (await listStatuses(db, accountId)).find((candidate) => candidate.id === statusId);
    return { ok: true, status, impact, applied: true };
  });
}

/**
 * Deletes a column after moving its contacts to another one. Each move is a status change
 * (`contact.status_changed` for every contact, as one set-based fan-out).
 */
export async function deleteStatus(
  store: Store,
  catalog: Catalog,
  accountId: string,
  statusId: string,
  moveTo: string,
  actor: Actor,
  now: number,
  preview: boolean,
): Promise<ColumnOutcome> {
  const columns = await listStatuses(store.db, accountId);
  if (!columns.some((column) => column.id === statusId))
    return refusal('not_found', 'id', `no board column ${statusId}`);
  if (moveTo === statusId || !columns.some((column) => column.id === moveTo)) {
    return refusal('invalid', 'moveTo', 'moveTo must name another board column of this account');
  }
  const impact = await previewImpact(
    store,
    catalog,
    accountId,
    contactsInColumn(store.db, accountId, statusId),
    now,
  );
  if (preview) return { ok: true, status: undefined, impact, applied: false };
  if (!(await findUsageCalendar(store, accountId)))
    return refusal('not_found', 'account', `no account ${accountId}`);
  return inWriteTransaction(store, async (db) => {
    const outcome = await fanOutActivity(
      store,
      { accountId, key: newActivityKey(), kind: 'contact.status_changed', actor, occurredAt: now },
      contactsInColumn(db, accountId, statusId),
      { within: db, recordedAt: now },
    );
    if (!outcome.ok) throw new ClosedMonthError();
    await db
      .updateTable('contacts')
      .set({ status_id: moveTo, updated_at: now, last_activity_at: now })
      .where('account_id', '=', accountId)
      .where('status_id', '=', statusId)
      .execute();
    await db
      .deleteFrom('statuses')
      .where('account_id', '=', accountId)
      .where('status_id', '=', statusId)
      .execute();
    await renumber(
      db,
      accountId,
      (await listStatuses(db, accountId)).map((column) => column.id),
    );
    return { ok: true, status: undefined, impact, applied: true };
  });
}

async function moveColumn(db: Kysely<Database>, accountId: string, statusId: string, position: number) {
  const order = (await listStatuses(db, accountId))
    .map((column) => column.id)
    .filter((id) => id !== statusId);
  order.splice(Math.max(0, Math.min(position, order.length)), 0, statusId);
  await renumber(db, accountId, order);
}

async function renumber(db: Kysely<Database>, accountId: string, order: readonly string[]) {
  for (const [position, id] of order.entries()) {
    await db
      .updateTable('statuses')
      .set({ position })
      .where('account_id', '=', accountId)
      .where('status_id', '=', id)
      .execute();
  }
}

async function nameTaken(db: Kysely<Database>, accountId: string, name: string, except: string | undefined) {
  let query = db
    .selectFrom('statuses')
    .select('status_id')
    .where('account_id', '=', accountId)
    .where('name', '=', name);
  if (except !== undefined) query = query.where('status_id', '<>', except);
  return (await query.executeTakeFirst()) !== undefined;
}

function newStatusId(): string {
  return `sts_${randomBytes(8).toString('hex')}`;
}
