import type { Invoice } from '../invoice.js';

/** A postal address as EN 16931 structures it (BG-5 for the seller, BG-8 for the buyer). */
export interface PostalAddress {
  /** Street and number, then further lines (BT-35..36, BT-162 / BT-50..51, BT-163): one to three. */
  lines: readonly [string, ...string[]];
  postcode: string;
  city: string;
  /** Region, state or province, where the country uses one (BT-39 / BT-54). */
  countrySubdivision?: string;
  /** ISO 3166-1 alpha-2, e.g. "DE" (BT-40 / BT-55). */
  countryCode: string;
}

/** What EN 16931 needs of the seller beyond the name and VAT ID the invoice was issued with. */
export interface SellerDetails {
  address: PostalAddress;
  /** Where the buyer's system sends replies: an e-mail address (BT-34, scheme EM). */
  electronicAddress: string;
  /** Commercial register entry (BT-30): identifies the seller where a VAT ID may not be given. */
  legalRegistrationId?: string;
  /** National tax number (BT-32, scheme FC), the German "Steuernummer". */
  taxNumber?: string;
  /** BG-6, required by XRechnung: who answers questions about the invoice. */
  contact: { name: string; phone: string; email: string };
}

export interface BuyerDetails {
  address: PostalAddress;
  /** The buyer's e-mail address for e-invoices (BT-49, scheme EM); else the invoice's buyer e-mail. */
  electronicAddress?: string;
  /**
   * BT-10, e.g. a German public buyer's Leitweg-ID. A buyer who gives one receives an
   * XRechnung 3.0 invoice: EN 16931 plus the German CIUS rules.
   */
  buyerReference?: string;
}

/** How the amount due is settled (BG-16). */
export type PaymentInstructions =
  /** The buyer pays by SEPA credit transfer to the seller's account (code 58, BG-17). */
  | { method: 'sepa_credit_transfer'; iban: string; bic?: string; accountName?: string }
  /** Nothing is transferred now, e.g. a credit note set off against the next invoice (code 97). */
  | { method: 'set_off'; information: string };

export interface PaymentDetails {
  /** BT-20, e.g. "Payable within 14 days of the issue date without deduction." */
  terms: string;
  /** BT-9 as an instant; printed as the date in the account's time zone. */
  dueAt?: number;
  instructions: PaymentInstructions;
}

/** Everything the CII builder reads: the finalized invoice plus the structured data EN 16931 needs. */
export interface EInvoiceInput {
  invoice: Invoice;
  /** The account's time zone: issue date, period and due date are dates there. */
  timeZone: string;
  seller: SellerDetails;
  buyer: BuyerDetails;
  payment: PaymentDetails;
  /** For a credit note: the invoice it corrects (BG-3). */
  corrects?: Pick<Invoice, 'number' | 'issuedAt'>;
}
