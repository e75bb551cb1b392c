import type { Kysely } from 'kysely';
import type { BillingDetailsTable, Database } from '../store/schema.js';
import type { PostalAddressParts } from './invoice.js';
import type { VatTerms } from './vat-breakdown.js';

export interface BillingDetails {
  legalName: string | undefined;
  /** Free text; with a structured address, that address as one line. */
  address: string | undefined;
  /** The structured address (decision 0042); undefined where only free text was given. */
  postalAddress: PostalAddressParts | undefined;
  vatId: string | undefined;
  email: string | undefined;
  /** VAT rate in basis points: 1900 is 19 %. */
  vatRateBasisPoints: number;
  reverseCharge: boolean;
  /** BT-10, e.g. a Leitweg-ID. */
  buyerReference: string | undefined;
}

export async function findBillingDetails(db: Kysely<Database>, accountId: string): Promise<BillingDetails> {
  return toBillingDetails(
    await db.selectFrom('billing_details').selectAll().where('account_id', '=', accountId).executeTakeFirst(),
  );
}

/** A billing-details row as the billing code uses it; no row reads as details not given yet (0 % VAT). */
export function toBillingDetails(row: BillingDetailsTable | undefined): BillingDetails {
  return {
    legalName: row?.legal_name ?? undefined,
    address: row?.address ?? undefined,
    postalAddress: row ? postalAddressOf(row) : undefined,
    vatId: row?.vat_id ?? undefined,
    email: row?.email ?? undefined,
    ...vatTermsOf(row),
    buyerReference: row?.buyer_reference ?? undefined,
  };
}

/**
 * The VAT terms a billing-details row sets, read the same way for an invoice being issued and
 * for a preview of one: no row, or no rate given, charges 0 %.
 */
export function vatTermsOf(
  row: { vat_rate_basis_points: number | null; reverse_charge: number | null } | undefined,
): VatTerms {
  return { vatRateBasisPoints: row?.vat_rate_basis_points ?? 0, reverseCharge: row?.reverse_charge === 1 };
}

/** The structured address of a billing-details row, if it has one: all four parts are set together. */
export function postalAddressOf(row: {
  street: string | null;
  postal_code: string | null;
  city: string | null;
  country: string | null;
}): PostalAddressParts | undefined {
  if (row.street === null || row.postal_code === null || row.city === null || row.country === null) {
    return undefined;
  }
  return { street: row.street, postalCode: row.postal_code, city: row.city, country: row.country };
}

/** The structured address as the one line of text the PDF prints. */
export function addressLine(address: PostalAddressParts): string {
  return `${address.street}, ${address.postalCode} ${address.city}, ${address.country}`;
}

/** Applies to invoices issued from now on; finalized invoices keep what they were issued with. */
export async function saveBillingDetails(db: Kysely<Database>, accountId: string, details: BillingDetails) {
  const structured = details.postalAddress;
  const row = {
    legal_name: details.legalName ?? null,
    address: structured ? addressLine(structured) : (details.address ?? null),
    vat_id: details.vatId ?? null,
    email: details.email ?? null,
    vat_rate_basis_points: details.vatRateBasisPoints,
    reverse_charge: details.reverseCharge ? 1 : 0,
    street: structured?.street ?? null,
    postal_code: structured?.postalCode ?? null,
    city: structured?.city ?? null,
    country: structured?.country ?? null,
    buyer_reference: details.buyerReference ?? null,
  };
  await db
    .insertInto('billing_details')
    .values({ account_id: accountId, ...row })
    .onConflict((conflict) => conflict.column('account_id').doUpdateSet(row))
    .execute();
}
