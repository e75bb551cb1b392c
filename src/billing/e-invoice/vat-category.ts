import { type Invoice, reverseChargeNote } from '../invoice.js';
import { isEuMemberState } from './eu-member-states.js';

/** The EN 16931 VAT category (BT-118, UNTDID 5305) that applies to every line of a Tally invoice. */
export type VatCategory =
  | { code: 'S'; rateBasisPoints: number }
  | { code: 'AE'; exemptionReasonCode: 'VATEX-EU-AE'; exemptionReason: string }
  | { code: 'O'; exemptionReasonCode: 'VATEX-EU-O'; exemptionReason: string };

export type VatCategoryOutcome =
  | { ok: true; category: VatCategory }
  | { ok: false; code: 'vat_category_undetermined' | 'buyer_vat_id_missing'; message: string };

/**
 * Tally sells a service to businesses. Where no VAT was charged, the reason decides the category:
 * - a business in another member state accounts for the VAT itself (Art. 44 and 196 of
 *   Directive 2006/112/EC): AE, "reverse charge", with both VAT IDs;
 * - a business outside the EU receives a service whose place of supply is outside the EU's
 *   VAT area (Art. 44): O, "not subject to VAT". Not G: G ("free export item") is for goods
 *   leaving the EU, and Tally exports no goods. O also forbids any VAT ID on the invoice
 *   (BR-O-2..4), so the builder leaves them out then.
 * Otherwise VAT charged at a positive rate is S, "standard rate". Anything else (0 % to a
 * buyer in the seller's own country, reverse charge at home) has no basis Tally can state,
 * so it is refused rather than guessed.
 */
export function vatCategoryOf(
  invoice: Pick<Invoice, 'vat' | 'vatRateBasisPoints' | 'reverseCharge' | 'buyer'>,
  sellerCountryCode: string,
  buyerCountryCode: string,
): VatCategoryOutcome {
  const buyerInEu = isEuMemberState(buyerCountryCode);
  const noVatCharged = invoice.reverseCharge || invoice.vatRateBasisPoints === 0;
  if (noVatCharged && !buyerInEu) {
    return {
      ok: true,
      category: { code: 'O', exemptionReasonCode: 'VATEX-EU-O', exemptionReason: 'Not subject to VAT' },
    };
  }
  if (invoice.reverseCharge) {
    if (buyerCountryCode === sellerCountryCode) {
      return {
        ok: false,
        code: 'vat_category_undetermined',
        message: `reverse charge to a buyer in the seller's own country (${buyerCountryCode}) has no basis for Tally's services`,
      };
    }
    if (!invoice.buyer.vatId) {
      return {
        ok: false,
        code: 'buyer_vat_id_missing',
        message: 'a reverse-charge invoice names the buyer’s VAT ID (BR-AE-2)',
      };
    }
    return {
      ok: true,
      category: { code: 'AE', exemptionReasonCode: 'VATEX-EU-AE', exemptionReason: reverseChargeNote },
    };
  }
  if (invoice.vatRateBasisPoints > 0) {
    return { ok: true, category: { code: 'S', rateBasisPoints: invoice.vatRateBasisPoints } };
  }
  return {
    ok: false,
    code: 'vat_category_undetermined',
    message: `0 % VAT without reverse charge to a buyer in ${buyerCountryCode} has no basis Tally can state`,
  };
}
