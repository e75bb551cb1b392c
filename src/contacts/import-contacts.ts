import { parse } from 'csv-parse/sync';
import type { Kysely } from 'kysely';
import { findUsageCalendar } from '../accounts/account-repository.js';
import { overusageOf } from '../billing/allowance.js';
import type { Catalog } from '../billing/catalog.js';
import type { Database } from '../store/schema.js';
import type { Store } from '../store/store.js';
import { inWriteTransaction } from '../store/write-transaction.js';
import type { Contact, ContactInput, ContactRefusal } from './contact.js';
import { normaliseEmail, normalisePhone } from './contact-fields.js';
import { findContact, findContactByEmailOrPhone, loadPropertyDefinitions } from './contact-repository.js';
import { type Impact, previewImpact } from './impact-preview.js';
import { defineProperty } from './property-definitions.js';
import { saveContactWithin } from './save-contact.js';
import { listStatuses } from './statuses.js';

export interface ImportReport {
  rows: number;
  /** With a preview: what the import would do. */
  imported: number;
  updated: number;
  unchanged: number;
  rejected: ImportRejection[];
  /** Only with a preview: the contacts it would touch and what that adds to this month. */
  impact?: Impact;
}

/**
 * Why a row was not imported, as a stable code for clients that show it in their own
 * language (decision 0057); `reason` stays the English sentence for API users.
 */
export const importRejectionCodes = [
  'too_many_rows',
  'email_format',
  'phone_format',
  'unknown_status',
  'missing_identity',
  'duplicate_contact',
  'name_length',
  'property_value',
  'not_saved',
] as const;
export type ImportRejectionCode = (typeof importRejectionCodes)[number];

export interface ImportRejection {
  /** The row's number in the file (the header is row 1); 0 for the file as a whole. */
  row: number;
  code: ImportRejectionCode;
  reason: string;
}

export interface ImportOptions {
  /** Work out the report and the impact, and write nothing. */
  preview?: boolean;
  onProgress?: (done: number, total: number) => void;
}

/** Columns with a meaning of their own; every other column becomes a (text) property. */
const knownColumns = new Set(['name', 'email', 'phone', 'status']);
export const maxImportRows = 100_000;
/** Rows written per transaction. */
const importBatchSize = 500;

/**
 * Imports contacts from CSV (a header row, then one contact a row), acting as `import`.
 * A row with the e-mail or phone of an existing contact updates it (a `property.set` only
 * where a value changes); any other row creates a contact (`contact.created`). Bad rows
 * are rejected with their reason and the rest go on. Rows are written 500 to a
 * transaction, so a crash leaves whole batches. `onProgress` is told after each batch.
 */
export async function importContacts(
  store: Store,
  catalog: Catalog,
  accountId: string,
  csv: string,
  now: number,
  options: ImportOptions = {},
): Promise<ImportReport> {
  const onProgress = options.onProgress ?? (() => {});
  const touched: string[] = [];
  let newContacts = 0;
  const records = parse(csv, {
    columns: (header: string[]) => header.map((name) => name.trim().toLowerCase()),
    skip_empty_lines: true,
    trim: true,
    bom: true,
  }) as Record<string, string>[];
  const report: ImportReport = { rows: records.length, imported: 0, updated: 0, unchanged: 0, rejected: [] };
  if (records.length > maxImportRows) {
    report.rejected.push({
      row: 0,
      code: 'too_many_rows',
      reason: `at most ${maxImportRows} rows per import`,
    });
    return report;
  }
  if (!(await findUsageCalendar(store, accountId))) throw new Error(`no account ${accountId}`);
  const columns = await listStatuses(store.db, accountId);
  const definitions = await loadPropertyDefinitions(store.db, accountId);
  for (const key of Object.keys(records[0] ?? {})) {
    if (knownColumns.has(key) || definitions.has(key)) continue;
    if (options.preview) {
      definitions.set(key, { key, label: key, type: 'text', options: undefined });
      continue;
    }
    const defined = await defineProperty(store, accountId, { key, label: key, type: 'text' }, now);
    if (defined.ok) definitions.set(key, defined.definition);
  }
  // Rows are checked first, then written in batches: one transaction per batch.
  const valid: { row: number; input: ContactInput; email: string | undefined; phone: string | undefined }[] =
    [];
  for (const [index, record] of records.entries()) {
    const row = index + 2; // the header is row 1
    const email = record.email ? normaliseEmail(record.email) : undefined;
    const phone = record.phone ? normalisePhone(record.phone) : undefined;
    const status = record.status
      ? columns.find((column) => column.name.toLowerCase() === record.status?.toLowerCase())
      : undefined;
    const rejection = rejectionOf(record, email, phone, status !== undefined);
    if (rejection) {
      report.rejected.push({ row, ...rejection });
      continue;
    }
    const properties = Object.fromEntries(
      Object.entries(record).filter(
        ([key, value]) => !knownColumns.has(key) && definitions.has(key) && value !== '',
      ),
    );
    valid.push({
      row,
      email,
      phone,
      input: {
        ...(record.name ? { name: record.name } : {}),
        ...(email ? { email } : {}),
        ...(phone ? { phone } : {}),
        ...(status ? { statusId: status.id } : {}),
        properties,
      },
    });
  }
  let done = report.rejected.length;
  for (let offset = 0; offset < valid.length; offset += importBatchSize) {
    const batch = valid.slice(offset, offset + importBatchSize);
    const apply = async (db: Kysely<Database>) => {
      for (const { row, input, email, phone } of batch) {
        const existing = await findContactByEmailOrPhone(db, accountId, email, phone);
        if (options.preview) {
          const current = existing ? await findContact(db, accountId, existing) : undefined;
          if (!current) {
            report.imported++;
            newContacts++;
          } else if (wouldChange(current, input)) {
            report.updated++;
            touched.push(current.id);
          } else report.unchanged++;
          continue;
        }
        const saved = await saveContactWithin(db, store, accountId, existing, input, 'import', now);
        if (!saved.ok) report.rejected.push({ row, code: saveRejectionCode(saved), reason: saved.message });
        else if (!existing) report.imported++;
        else if (saved.activities.length > 0) report.updated++;
        else report.unchanged++;
      }
    };
    if (options.preview) await apply(store.db);
    else await inWriteTransaction(store, apply);
    done += batch.length;
    onProgress(done, records.length);
    // SQLite's driver answers synchronously: without a turn of the event loop between batches a
    // large import would hold up every other request (and its own progress polls) until it ends.
    await new Promise((resolve) => setImmediate(resolve));
  }
  report.rejected.sort((a, b) => a.row - b.row);
  if (options.preview) {
    // Updated contacts that are not active yet, plus every new one, become newly active.
    const selection = store.db
      .selectFrom('contacts')
      .select('contact_id')
      .where('account_id', '=', accountId)
      .where('contact_id', 'in', touched.length > 0 ? touched : ['-']);
    const updates = await previewImpact(store, catalog, accountId, selection, now);
    const newlyActive = updates.newlyActive + newContacts;
    const extraOverusage =
      overusageOf(updates.activeContacts + newlyActive, updates.allowance) -
      overusageOf(updates.activeContacts, updates.allowance);
    report.impact = {
      ...updates,
      contactsTouched: touched.length + newContacts,
      newlyActive,
      extraOverusage,
      extraOverusageCost: extraOverusage * catalog.overusagePerContact,
    };
  }
  return report;
}

/** Whether saving the input would change the contact (a `property.set` or a status change). */
function wouldChange(contact: Contact, input: ContactInput): boolean {
  if (input.name !== undefined && input.name !== (contact.name ?? null)) return true;
  if (input.email !== undefined && input.email !== (contact.email ?? null)) return true;
  if (input.phone !== undefined && input.phone !== (contact.phone ?? null)) return true;
  if (input.statusId !== undefined && input.statusId !== contact.statusId) return true;
  return Object.entries(input.properties ?? {}).some(
    ([key, value]) => contact.properties[key] !== String(value),
  );
}

/** Why a CSV row cannot become a contact before anything is written, or undefined. */
function rejectionOf(
  record: Record<string, string>,
  email: string | undefined,
  phone: string | undefined,
  statusFound: boolean,
): Omit<ImportRejection, 'row'> | undefined {
  if (record.email && !email)
    return { code: 'email_format', reason: `email "${record.email}" is not a valid e-mail address` };
  if (record.phone && !phone)
    return { code: 'phone_format', reason: `phone "${record.phone}" is not an international number` };
  if (record.status && !statusFound)
    return { code: 'unknown_status', reason: `no board column "${record.status}"` };
  if (!record.name && !email && !phone)
    return { code: 'missing_identity', reason: 'a row needs a name, an e-mail address or a phone number' };
  return undefined;
}

/** The import's code for a contact the save refused (the checks above passed). */
function saveRejectionCode(refused: ContactRefusal): ImportRejectionCode {
  if (refused.code === 'duplicate') return 'duplicate_contact';
  if (refused.field === '/name') return 'name_length';
  if (refused.field.startsWith('/properties/')) return 'property_value';
  return 'not_saved';
}
