import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { findAccount } from '../accounts/account-repository.js';
import type { Database, InvoicesTable } from '../store/schema.js';
import {
  formatInvoiceNumber,
  type Invoice,
  type InvoiceDraft,
  type InvoiceKind,
  invoiceTotals,
  type Party,
} from './invoice.js';

/**
 * Issues an invoice inside the caller's transaction: the next number of the one series is
 * taken in the same transaction (so a rollback gives it back and numbers stay gapless),
 * and an invoice already issued for the same source is returned instead of a second one.
 */
export async function issueInvoice(
  db: Kysely<Database>,
  accountId: string,
  draft: InvoiceDraft,
  seller: Party,
  now: number,
): Promise<Invoice> {
  const existing = await db
    .selectFrom('invoices')
    .selectAll()
    .where('account_id', '=', accountId)
    .where('source_key', '=', draft.sourceKey)
    .executeTakeFirst();
  if (existing) return toInvoice(existing);
  const buyer = await buyerOf(db, accountId);
  const details = await db
    .selectFrom('billing_details')
    .selectAll()
    .where('account_id', '=', accountId)
    .executeTakeFirst();
  const vatRateBasisPoints = details?.vat_rate_basis_points ?? 0;
  const reverseCharge = details?.reverse_charge === 1;
  const totals = invoiceTotals(draft.lines, vatRateBasisPoints, reverseCharge);
  const numbered = await db
    .updateTable('invoice_numbers')
    .set((eb) => ({ last_number: eb('last_number', '+', 1) }))
    .where('series', '=', 'invoices')
    .returning('last_number')
    .executeTakeFirstOrThrow();
  const sequence = Number(numbered.last_number);
  const row: InvoicesTable = {
    account_id: accountId,
    invoice_id: `inv_${randomBytes(8).toString('hex')}`,
    number: formatInvoiceNumber(sequence),
    sequence,
    kind: draft.kind,
    source_key: draft.sourceKey,
    issued_at: now,
    period_start: draft.period?.start ?? null,
    period_end: draft.period?.end ?? null,
    currency: 'EUR',
    seller: JSON.stringify(seller),
    buyer: JSON.stringify(buyer),
    lines: JSON.stringify(draft.lines),
    net: totals.net,
    vat_rate_basis_points: vatRateBasisPoints,
    vat: totals.vat,
    total: totals.total,
    reverse_charge: reverseCharge ? 1 : 0,
    corrects_invoice_id: draft.correctsInvoiceId ?? null,
  };
  await db.insertInto('invoices').values(row).execute();
  return toInvoice(row);
}

async function buyerOf(db: Kysely<Database>, accountId: string): Promise<Party> {
  const [account, details] = await Promise.all([
    findAccount(db, accountId),
    db.selectFrom('billing_details').selectAll().where('account_id', '=', accountId).executeTakeFirst(),
  ]);
  return {
    name: details?.legal_name ?? account?.name ?? accountId,
    ...(details?.address ? { address: details.address } : {}),
    ...(details?.vat_id ? { vatId: details.vat_id } : {}),
    ...(details?.email ? { email: details.email } : {}),
  };
}

export async function listInvoices(
  db: Kysely<Database>,
  accountId: string | undefined,
  page: { after?: number; limit: number },
): Promise<Invoice[]> {
  let query = db.selectFrom('invoices').selectAll().orderBy('sequence').limit(page.limit);
  if (accountId !== undefined) query = query.where('account_id', '=', accountId);
  if (page.after !== undefined) query = query.where('sequence', '>', page.after);
  return (await query.execute()).map(toInvoice);
}

export async function findInvoice(db: Kysely<Database>, invoiceId: string): Promise<Invoice | undefined> {
  const row = await db
    .selectFrom('invoices')
    .selectAll()
    .where('invoice_id', '=', invoiceId)
    .executeTakeFirst();
  return row && toInvoice(row);
}

function toInvoice(row: InvoicesTable): Invoice {
  return {
    id: row.invoice_id,
    accountId: row.account_id,
    number: row.number,
    sequence: Number(row.sequence),
    kind: row.kind as InvoiceKind,
    sourceKey: row.source_key,
    issuedAt: Number(row.issued_at),
    period:
      row.period_start === null || row.period_end === null
        ? undefined
        : { start: Number(row.period_start), end: Number(row.period_end) },
    currency: 'EUR',
    seller: JSON.parse(row.seller),
    buyer: JSON.parse(row.buyer),
    lines: JSON.parse(row.lines),
    net: Number(row.net),
    vatRateBasisPoints: row.vat_rate_basis_points,
    vat: Number(row.vat),
    total: Number(row.total),
    reverseCharge: row.reverse_charge === 1,
    correctsInvoiceId: row.corrects_invoice_id ?? undefined,
  };
}
