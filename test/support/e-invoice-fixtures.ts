import { Temporal } from 'temporal-polyfill';
import type {
  BuyerDetails,
  EInvoiceInput,
  PaymentDetails,
  SellerDetails,
} from '../../src/billing/e-invoice/e-invoice-input.js';
import { formatInvoiceNumber, type Invoice, invoiceTotals, type Party } from '../../src/billing/invoice.js';
import type { InvoiceLine } from '../../src/billing/invoice-line.js';

export const zone = 'Europe/Berlin';
export const berlin = (iso: string) => Temporal.ZonedDateTime.from(`${iso}[${zone}]`).epochMilliseconds;

export const sellerParty: Party = {
  name: 'Tally Billing GmbH',
  address: 'Musterstraße 1, 10115 Berlin, Germany',
  vatId: 'DE123456789',
};

export const sellerDetails: SellerDetails = {
  address: { lines: ['Musterstraße 1'], postcode: '10115', city: 'Berlin', countryCode: 'DE' },
  electronicAddress: 'invoices@tally.example',
  legalRegistrationId: 'HRB 123456 B',
  taxNumber: '30/123/45678',
  contact: { name: 'Anna Buchhalter', phone: '+49 30 1234567', email: 'billing@tally.example' },
};

export const germanBuyer = {
  party: { name: 'Beispiel Handels GmbH', vatId: 'DE987654321', email: 'rechnungen@beispiel.example' },
  details: {
    address: { lines: ['Hauptstraße 5', '2. OG'], postcode: '80331', city: 'München', countryCode: 'DE' },
  },
} satisfies { party: Party; details: BuyerDetails };

/** A German public buyer that gives a Leitweg-ID, so it receives XRechnung. */
export const germanPublicBuyer = {
  party: { name: 'Stadt Musterhausen – Kämmerei', email: 'erechnung@musterhausen.example' },
  details: {
    address: { lines: ['Rathausplatz 1'], postcode: '12345', city: 'Musterhausen', countryCode: 'DE' },
    buyerReference: '04011000-12345-67',
  },
} satisfies { party: Party; details: BuyerDetails };

export const polishBuyer = {
  party: { name: 'Łukasz Żółć Sp. z o.o.', vatId: 'PL5260250274', email: 'faktury@zolc.example' },
  details: {
    address: { lines: ['ul. Świętokrzyska 12'], postcode: '00-916', city: 'Warszawa', countryCode: 'PL' },
  },
} satisfies { party: Party; details: BuyerDetails };

export const americanBuyer = {
  party: { name: 'Acme Widgets, Inc.', email: 'ap@acme.example' },
  details: {
    address: {
      lines: ['500 Market Street', 'Suite 200'],
      postcode: '94105',
      city: 'San Francisco',
      countrySubdivision: 'CA',
      countryCode: 'US',
    },
  },
} satisfies { party: Party; details: BuyerDetails };

export const transferPayment: PaymentDetails = {
  terms: 'Payable within 14 days of the issue date without deduction.',
  dueAt: berlin('2026-02-15T00:00'),
  instructions: {
    method: 'sepa_credit_transfer',
    iban: 'DE02120300000000202051',
    bic: 'BYLADEM1001',
    accountName: 'Tally Billing GmbH',
  },
};

export const setOffPayment: PaymentDetails = {
  terms: 'Nothing to pay: the credit is set off against the next invoice.',
  instructions: { method: 'set_off', information: 'Set off against the next invoice.' },
};

interface InvoiceSpec {
  sequence: number;
  kind: Invoice['kind'];
  issuedAt: number;
  period?: { start: number; end: number };
  buyer: Party;
  lines: InvoiceLine[];
  vatRateBasisPoints: number;
  reverseCharge?: boolean;
  correctsInvoiceId?: string;
}

/** A finalized invoice whose totals Tally's own rule computed, as issue-invoice would store it. */
export function invoiceOf(spec: InvoiceSpec): Invoice {
  const reverseCharge = spec.reverseCharge ?? false;
  return {
    id: `inv_${spec.sequence}`,
    accountId: 'acc_einvoice',
    number: formatInvoiceNumber(spec.sequence),
    sequence: spec.sequence,
    kind: spec.kind,
    sourceKey: `test:${spec.sequence}`,
    issuedAt: spec.issuedAt,
    period: spec.period,
    currency: 'EUR',
    seller: sellerParty,
    buyer: spec.buyer,
    lines: spec.lines,
    vatRateBasisPoints: spec.vatRateBasisPoints,
    reverseCharge,
    correctsInvoiceId: spec.correctsInvoiceId,
    ...invoiceTotals(spec.lines, spec.vatRateBasisPoints, reverseCharge),
  };
}

export function inputFor(
  invoice: Invoice,
  buyer: BuyerDetails,
  payment: PaymentDetails = transferPayment,
  corrects?: Invoice,
): EInvoiceInput {
  return {
    invoice,
    timeZone: zone,
    seller: sellerDetails,
    buyer,
    payment,
    ...(corrects === undefined ? {} : { corrects }),
  };
}
