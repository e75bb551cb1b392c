import { randomBytes } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import { formatCents } from '../domain/money.js';
import { enqueueWebhookEvents, type WebhookEvent } from '../notify/webhook-events.js';
import type { Dialect } from '../store/dialect.js';
import type { Database, InvoicesTable } from '../store/schema.js';
import { postalAddressOf, vatTermsOf } from './billing-details-repository.js';
import {
  formatInvoiceNumber,
  type Invoice,
  type InvoiceDraft,
  type InvoiceKind,
  invoiceTotals,
  type Party,
} from './invoice.js';

/**
 * Issues invoices inside the caller's transaction. Numbers come from the one series in
 * the same transaction, so a rollback gives them back and the series stays gapless; they
 * are taken last, in one statement, because the series row is every issuer's lock and
 * should be held as briefly as possible. Callers hold the account's billing lock, so a
 * source is never invoiced twice; should one be, the unique (account, source) constraint
 * refuses it and the whole transaction rolls back.
 */
export async function issueInvoices(
  db: Kysely<Database>,
  dialect: Dialect,
  accountId: string,
  drafts: readonly InvoiceDraft[],
  seller: Party,
  now: number,
  webhooks: { enqueue: boolean; alongWith?: readonly WebhookEvent[] } = { enqueue: true },
): Promise<Invoice[]> {
  const [issued] = await issueInvoicesForAccounts(
    db,
    dialect,
    [{ accountId, drafts, webhooks }],
    seller,
    now,
  );
  return issued ?? [];
}

/** One account's invoices to issue, and whether to queue its webhooks (with events of the caller's). */
export interface InvoiceOrder {
  accountId: string;
  drafts: readonly InvoiceDraft[];
  webhooks: { enqueue: boolean; alongWith?: readonly WebhookEvent[] };
}

/**
 * `issueInvoices` for many accounts at once (the month close of a batch of accounts): one
 * read of their billing details and one numbered insert for all, so the series row is
 * taken once for the batch. Numbers follow the orders' sequence. Answers each order's
 * invoices, in order.
 */
export async function issueInvoicesForAccounts(
  db: Kysely<Database>,
  dialect: Dialect,
  orders: readonly InvoiceOrder[],
  seller: Party,
  now: number,
): Promise<Invoice[][]> {
  const invoicing = orders.filter((order) => order.drafts.length > 0);
  const buyers = await loadBuyers(
    db,
    invoicing.map((order) => order.accountId),
  );
  const rows: InvoicesTable[] = invoicing.flatMap((order) => {
    const { buyer, vatRateBasisPoints, reverseCharge } = buyers.get(order.accountId) ?? {
      buyer: { name: order.accountId },
      ...vatTermsOf(undefined),
    };
    return order.drafts.map((draft) => {
      const totals = invoiceTotals(draft.lines, vatRateBasisPoints, reverseCharge);
      return {
        account_id: order.accountId,
        invoice_id: `inv_${randomBytes(8).toString('hex')}`,
        number: '',
        sequence: 0,
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
    });
  });
  if (rows.length > 0) {
    const first = await insertNumbered(db, dialect, rows);
    rows.forEach((row, index) => {
      row.sequence = first + index;
      row.number = formatInvoiceNumber(first + index);
    });
  }
  const byAccount = new Map<string, Invoice[]>();
  for (const row of rows) {
    const invoices = byAccount.get(row.account_id) ?? [];
    invoices.push(toInvoice(row));
    byAccount.set(row.account_id, invoices);
  }
  const issued: Invoice[][] = [];
  for (const order of orders) {
    const invoices = order.drafts.length > 0 ? (byAccount.get(order.accountId) ?? []) : [];
    issued.push(invoices);
    if (!order.webhooks.enqueue) continue;
    // One statement for the caller's events and the invoices', queued in the issuing transaction.
    await enqueueWebhookEvents(
      db,
      order.accountId,
      [
        ...(order.webhooks.alongWith ?? []),
        ...invoices.map((invoice) => ({
          type: 'invoice.finalized' as const,
          data: invoiceEventData(invoice),
        })),
      ],
      now,
    );
  }
  return issued;
}

interface Buyer {
  buyer: Party;
  vatRateBasisPoints: number;
  reverseCharge: boolean;
}

/** Each account's buyer as its billing details say now, and how VAT applies. */
async function loadBuyers(db: Kysely<Database>, accountIds: readonly string[]): Promise<Map<string, Buyer>> {
  const buyers = new Map<string, Buyer>();
  if (accountIds.length === 0) return buyers;
  const rows = await db
    .selectFrom('accounts')
    .leftJoin('billing_details', 'billing_details.account_id', 'accounts.account_id')
    .select([
      'accounts.account_id',
      'accounts.name',
      'billing_details.legal_name',
      'billing_details.address',
      'billing_details.vat_id',
      'billing_details.email',
      'billing_details.vat_rate_basis_points',
      'billing_details.reverse_charge',
      'billing_details.street',
      'billing_details.postal_code',
      'billing_details.city',
      'billing_details.country',
      'billing_details.buyer_reference',
    ])
    .where('accounts.account_id', 'in', [...new Set(accountIds)])
    .execute();
  for (const details of rows) {
    const buyer: Party = {
      name: details.legal_name ?? details.name ?? details.account_id,
      ...(details.address ? { address: details.address } : {}),
      ...(details.vat_id ? { vatId: details.vat_id } : {}),
      ...(details.email ? { email: details.email } : {}),
    };
    // The structured parts travel in the buyer JSON, so the e-invoice of a finalized invoice
    // names the buyer as it was when issued, whatever the billing details say later.
    const postalAddress = postalAddressOf(details);
    if (postalAddress) buyer.postalAddress = postalAddress;
    if (details.buyer_reference) buyer.buyerReference = details.buyer_reference;
    buyers.set(details.account_id, { buyer, ...vatTermsOf(details) });
  }
  return buyers;
}

/** The `invoice.finalized` webhook's data: enough to file the invoice without calling back. */
function invoiceEventData(invoice: Invoice) {
  const money = (cents: number) => ({ amount: formatCents(cents), currency: invoice.currency });
  const iso = (ms: number) => new Date(ms).toISOString();
  return {
    accountId: invoice.accountId,
    invoiceId: invoice.id,
    number: invoice.number,
    kind: invoice.kind,
    issuedAt: iso(invoice.issuedAt),
    periodStart: invoice.period ? iso(invoice.period.start) : null,
    periodEnd: invoice.period ? iso(invoice.period.end) : null,
    net: money(invoice.net),
    vat: money(invoice.vat),
    total: money(invoice.total),
    correctsInvoiceId: invoice.correctsInvoiceId ?? null,
  };
}

export async function issueInvoice(
  db: Kysely<Database>,
  dialect: Dialect,
  accountId: string,
  draft: InvoiceDraft,
  seller: Party,
  now: number,
): Promise<Invoice> {
  const [invoice] = await issueInvoices(db, dialect, accountId, [draft], seller, now);
  return invoice as Invoice;
}

/**
 * Takes the next numbers of the series and inserts the invoices with them; returns the
 * first number. Where the engine can (PostgreSQL), both happen in one statement, so the
 * series row — the lock every issuer queues on — is held only from this statement to the
 * commit that follows; elsewhere (SQLite) the one writer holds no row locks anyway.
 */
async function insertNumbered(
  db: Kysely<Database>,
  dialect: Dialect,
  rows: InvoicesTable[],
): Promise<number> {
  const count = rows.length;
  if (!dialect.bulkWritesInOneStatement) {
    const numbered = await db
      .updateTable('invoice_numbers')
      .set((eb) => ({ last_number: eb('last_number', '+', count) }))
      .where('series', '=', 'invoices')
      .returning('last_number')
      .executeTakeFirstOrThrow();
    const first = Number(numbered.last_number) - count + 1;
    await db
      .insertInto('invoices')
      .values(
        rows.map((row, index) => ({
          ...row,
          sequence: first + index,
          number: formatInvoiceNumber(first + index),
        })),
      )
      .execute();
    return first;
  }
  const column = <K extends keyof InvoicesTable>(key: K) => rows.map((row) => row[key]);
  const inserted = await sql<{ first: number }>`
    WITH numbered AS (
      UPDATE invoice_numbers SET last_number = last_number + ${count} WHERE series = 'invoices'
      RETURNING last_number - ${count} AS base
    ),
    added AS (
      INSERT INTO invoices (account_id, invoice_id, number, sequence, kind, source_key, issued_at, period_start, period_end,
        currency, seller, buyer, lines, net, vat_rate_basis_points, vat, total, reverse_charge, corrects_invoice_id)
      SELECT d.account_id, d.invoice_id,
        'TLY-' || lpad((numbered.base + d.ordinal)::text, greatest(6, length((numbered.base + d.ordinal)::text)), '0'),
        numbered.base + d.ordinal, d.kind, d.source_key, d.issued_at, d.period_start, d.period_end, d.currency, d.seller,
        d.buyer, d.lines, d.net, d.vat_rate_basis_points, d.vat, d.total, d.reverse_charge, d.corrects_invoice_id
      FROM numbered, unnest(
        ${column('account_id')}::text[], ${column('invoice_id')}::text[], ${column('kind')}::text[],
        ${column('source_key')}::text[], ${column('issued_at')}::int8[], ${column('period_start')}::int8[],
        ${column('period_end')}::int8[], ${column('currency')}::text[], ${column('seller')}::text[],
        ${column('buyer')}::text[], ${column('lines')}::text[], ${column('net')}::int8[],
        ${column('vat_rate_basis_points')}::int4[], ${column('vat')}::int8[], ${column('total')}::int8[],
        ${column('reverse_charge')}::int4[], ${column('corrects_invoice_id')}::text[]
      ) WITH ORDINALITY AS d (account_id, invoice_id, kind, source_key, issued_at, period_start, period_end, currency,
        seller, buyer, lines, net, vat_rate_basis_points, vat, total, reverse_charge, corrects_invoice_id, ordinal)
      RETURNING sequence
    )
    SELECT min(sequence) AS first FROM added`.execute(db);
  return Number(inserted.rows[0]?.first);
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

/**
 * Invoices (not credit notes) issued by `now` that have had neither their `paid` nor their
 * `overdue` webhook, in number order from `afterSequence`: what the overdue sweep looks at,
 * each with its account's time zone.
 */
export async function listUnannouncedInvoices(
  db: Kysely<Database>,
  now: number,
  page: { afterSequence: number; limit: number },
): Promise<{ invoice: Invoice; timeZone: string }[]> {
  const rows = await db
    .selectFrom('invoices')
    .innerJoin('accounts', 'accounts.account_id', 'invoices.account_id')
    .selectAll('invoices')
    .select('accounts.time_zone')
    .where('invoices.kind', '!=', 'credit_note')
    .where('invoices.issued_at', '<=', now)
    .where('invoices.sequence', '>', page.afterSequence)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('invoice_notices')
            .select('invoice_notices.event')
            .whereRef('invoice_notices.invoice_id', '=', 'invoices.invoice_id'),
        ),
      ),
    )
    .orderBy('invoices.sequence')
    .limit(page.limit)
    .execute();
  return rows.map(({ time_zone, ...row }) => ({ invoice: toInvoice(row), timeZone: time_zone }));
}
