import { type Cents, prorateHalfUp } from '../domain/money.js';

/** How an account is charged VAT: its billing details' rate and reverse-charge flag. */
export interface VatTerms {
  /** 1900 is 19 %. */
  vatRateBasisPoints: number;
  reverseCharge: boolean;
}

export interface VatBreakdown extends VatTerms {
  net: Cents;
  vat: Cents;
  gross: Cents;
}

/**
 * The one VAT rule every amount Tally bills goes through — issued invoices and the previews
 * and projections that announce them: VAT is the rate applied to the net, rounded half-up
 * (SPEC §3), and none under reverse charge. A buyer in Germany is charged 19 %, a business in
 * another member state with a VAT ID is reverse-charged (0 %, category AE), a buyer outside the
 * EU is charged 0 %: all three are the billing details' rate and flag, never decided here again.
 */
export function vatBreakdown(net: Cents, terms: VatTerms): VatBreakdown {
  const vat = terms.reverseCharge ? 0 : prorateHalfUp(net, terms.vatRateBasisPoints, 10_000);
  return {
    net,
    vatRateBasisPoints: terms.vatRateBasisPoints,
    reverseCharge: terms.reverseCharge,
    vat,
    gross: net + vat,
  };
}
