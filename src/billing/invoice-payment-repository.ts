import type { Kysely } from 'kysely';
import type { Database, InvoicePaymentsTable } from '../store/schema.js';
import type { InvoiceSettlementFacts } from './invoice-status.js';

export const paymentMethods = ['bank_transfer', 'card', 'direct_debit', 'other'] as const;
export type PaymentMethod = (typeof paymentMethods)[number];

export interface InvoicePayment {
  id: string;
  invoiceId: string;
  amount: number;
  currency: string;
  /** YYYY-MM-DD. */
  date: string;
  method: PaymentMethod;
  reference: string | undefined;
  recordedAt: number;
}

/** Payments and credit notes of the invoices, one query each, whatever their number. */
export async function settlementFactsOf(
  db: Kysely<Database>,
  invoiceIds: readonly string[],
): Promise<Map<string, InvoiceSettlementFacts>> {
  const facts = new Map<string, InvoiceSettlementFacts>(
    invoiceIds.map((id) => [id, { paid: 0, creditedNet: 0, creditedTotal: 0 }]),
  );
  if (invoiceIds.length === 0) return facts;
  const paid = await db
    .selectFrom('invoice_payments')
    .select(['invoice_id', (eb) => eb.fn.sum<string | number>('amount').as('paid')])
    .where('invoice_id', 'in', invoiceIds)
    .groupBy('invoice_id')
    .execute();
  for (const row of paid) {
    const entry = facts.get(row.invoice_id);
    if (entry) entry.paid = Number(row.paid);
  }
  const credited = await db
    .selectFrom('invoices')
    .select([
      'corrects_invoice_id',
      (eb) => eb.fn.sum<string | number>('net').as('net'),
      (eb) => eb.fn.sum<string | number>('total').as('total'),
    ])
    .where('corrects_invoice_id', 'in', invoiceIds)
    .where('kind', '=', 'credit_note')
    .groupBy('corrects_invoice_id')
    .execute();
  for (const row of credited) {
    const entry = row.corrects_invoice_id === null ? undefined : facts.get(row.corrects_invoice_id);
    // Credit notes' amounts are negative; the facts hold what was credited.
    if (entry) {
      entry.creditedNet = -Number(row.net);
      entry.creditedTotal = -Number(row.total);
    }
  }
  return facts;
}

/** The payments of the invoices, oldest first. */
export async function paymentsOf(
  db: Kysely<Database>,
  invoiceIds: readonly string[],
): Promise<Map<string, InvoicePayment[]>> {
  const payments = new Map<string, InvoicePayment[]>(invoiceIds.map((id) => [id, []]));
  if (invoiceIds.length === 0) return payments;
  const rows = await db
    .selectFrom('invoice_payments')
    .selectAll()
    .where('invoice_id', 'in', invoiceIds)
    .orderBy('recorded_at')
    .orderBy('payment_id')
    .execute();
  for (const row of rows) payments.get(row.invoice_id)?.push(toPayment(row));
  return payments;
}

export async function insertPayment(
  db: Kysely<Database>,
  row: InvoicePaymentsTable,
): Promise<InvoicePayment> {
  await db.insertInto('invoice_payments').values(row).execute();
  return toPayment(row);
}

/**
 * Records that an invoice's `paid` or `overdue` webhook is being sent; false when it already
 * was, so each is sent once per invoice whoever gets there first.
 */
export async function claimInvoiceNotice(
  db: Kysely<Database>,
  invoice: { id: string; accountId: string },
  event: 'paid' | 'overdue',
  now: number,
): Promise<boolean> {
  const inserted = await db
    .insertInto('invoice_notices')
    .values({ invoice_id: invoice.id, event, account_id: invoice.accountId, noticed_at: now })
    .onConflict((conflict) => conflict.doNothing())
    .executeTakeFirst();
  return Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1;
}

function toPayment(row: InvoicePaymentsTable): InvoicePayment {
  return {
    id: row.payment_id,
    invoiceId: row.invoice_id,
    amount: Number(row.amount),
    currency: row.currency,
    date: row.paid_on,
    method: row.method as PaymentMethod,
    reference: row.reference ?? undefined,
    recordedAt: Number(row.recorded_at),
  };
}
