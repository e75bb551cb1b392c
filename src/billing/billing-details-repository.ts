import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.js';

export interface BillingDetails {
  legalName: string | undefined;
  address: string | undefined;
  vatId: string | undefined;
  email: string | undefined;
  /** VAT rate in basis points: 1900 is 19 %. */
  vatRateBasisPoints: number;
  reverseCharge: boolean;
}

export async function findBillingDetails(db: Kysely<Database>, accountId: string): Promise<BillingDetails> {
  const row = await db
    .selectFrom('billing_details')
    .selectAll()
    .where('account_id', '=', accountId)
    .executeTakeFirst();
  return {
    legalName: row?.legal_name ?? undefined,
    address: row?.address ?? undefined,
    vatId: row?.vat_id ?? undefined,
    email: row?.email ?? undefined,
    vatRateBasisPoints: row?.vat_rate_basis_points ?? 0,
    reverseCharge: row?.reverse_charge === 1,
  };
}

/** Applies to invoices issued from now on; finalized invoices keep what they were issued with. */
export async function saveBillingDetails(db: Kysely<Database>, accountId: string, details: BillingDetails) {
  const row = {
    legal_name: details.legalName ?? null,
    address: details.address ?? null,
    vat_id: details.vatId ?? null,
    email: details.email ?? null,
    vat_rate_basis_points: details.vatRateBasisPoints,
    reverse_charge: details.reverseCharge ? 1 : 0,
  };
  await db
    .insertInto('billing_details')
    .values({ account_id: accountId, ...row })
    .onConflict((conflict) => conflict.column('account_id').doUpdateSet(row))
    .execute();
}
