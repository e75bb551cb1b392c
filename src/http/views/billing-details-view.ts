import type { BillingDetails } from '../../billing/billing-details-repository.js';
import { formatCents } from '../../domain/money.js';

/** Answers `address` in the form it was given: the structured object, else the free text. */
export function billingDetailsView(details: BillingDetails) {
  return {
    legalName: details.legalName ?? null,
    address: details.postalAddress ?? details.address ?? null,
    vatId: details.vatId ?? null,
    email: details.email ?? null,
    vatRate: formatCents(details.vatRateBasisPoints),
    reverseCharge: details.reverseCharge,
    buyerReference: details.buyerReference ?? null,
  };
}
