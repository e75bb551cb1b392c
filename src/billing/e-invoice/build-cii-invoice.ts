import { type Cents, formatCents } from '../../domain/money.js';
import { formatInstant } from '../../domain/usage-month.js';
import type { InvoiceLine } from '../invoice-line.js';
import type { EInvoiceInput, PaymentDetails, PostalAddress } from './e-invoice-input.js';
import { type VatCategory, vatCategoryOf } from './vat-category.js';
import { element, serializeXmlDocument, type XmlElement } from './xml-element.js';

/** BT-24: the EN 16931 core, and XRechnung 3.0 (the German CIUS) for buyers with a buyer reference. */
export const en16931Guideline = 'urn:cen.eu:en16931:2017';
export const xrechnungGuideline = 'urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0';
/** BT-23: the Peppol billing process, which XRechnung names and plain EN 16931 receivers accept. */
const billingProcess = 'urn:fdc:peppol.eu:2017:poacc:billing:01:1.0';

const namespaces = {
  'xmlns:rsm': 'urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100',
  'xmlns:ram': 'urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100',
  'xmlns:qdt': 'urn:un:unece:uncefact:data:standard:QualifiedDataType:100',
  'xmlns:udt': 'urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100',
};

/** UNTDID 1001: 380 commercial invoice, 381 credit note. */
const invoiceTypeCode = { invoice: '380', creditNote: '381' } as const;
/** UNTDID 4461: 58 SEPA credit transfer, 97 clearing between partners. */
const paymentMeansCode = { sepa_credit_transfer: '58', set_off: '97' } as const;
/** UN/ECE Recommendation 20 "one": Tally bills fees, contacts and contact-months as counts. */
const unitOne = 'C62';

export type CiiInvoiceFailureCode =
  | 'vat_category_undetermined'
  | 'buyer_vat_id_missing'
  | 'seller_identifier_missing'
  | 'preceding_invoice_missing'
  | 'buyer_electronic_address_missing';

export type CiiInvoiceOutcome =
  | { ok: true; xml: string; guideline: string }
  | { ok: false; code: CiiInvoiceFailureCode; message: string };

/**
 * An invoice or credit note as UN/CEFACT CII D16B XML under EN 16931 (the XML of ZUGFeRD /
 * Factur-X and of XRechnung's CII flavour). Pure: the caller loads the invoice and the
 * structured parties; data EN 16931 needs and the input lacks is an outcome, not an exception.
 *
 * Amounts are Tally's integer cents printed as exact two-decimal numbers. A credit note is
 * stored with negative amounts, but type code 381 already says "credit", so its amounts are
 * printed positive; a negative price (a credit line) becomes a negative quantity at a positive
 * price, because EN 16931 forbids negative item prices (BR-27).
 */
export function buildCiiInvoice(input: EInvoiceInput): CiiInvoiceOutcome {
  const { invoice, seller, buyer, payment } = input;
  const vat = vatCategoryOf(invoice, seller.address.countryCode, buyer.address.countryCode);
  if (!vat.ok) return vat;
  const category = vat.category;
  const isCreditNote = invoice.kind === 'credit_note';
  if (isCreditNote && !input.corrects) {
    return {
      ok: false,
      code: 'preceding_invoice_missing',
      message: 'a credit note names the invoice it corrects (BG-3)',
    };
  }
  // BR-O-2 leaves the seller's VAT ID out under category O; something else must name the seller (BR-CO-26).
  const sellerVatId = category.code === 'O' ? undefined : invoice.seller.vatId;
  if (!sellerVatId && !seller.legalRegistrationId) {
    return {
      ok: false,
      code: 'seller_identifier_missing',
      message: 'the seller needs a VAT ID or, where none may be shown, a legal registration ID (BR-CO-26)',
    };
  }
  const isXrechnung = buyer.buyerReference !== undefined;
  const buyerElectronicAddress = buyer.electronicAddress ?? invoice.buyer.email;
  if (isXrechnung && !buyerElectronicAddress) {
    return {
      ok: false,
      code: 'buyer_electronic_address_missing',
      message: 'XRechnung needs the buyer’s electronic address (BT-49), e.g. the billing e-mail',
    };
  }

  const sign = isCreditNote ? -1 : 1;
  const amount = (cents: Cents) => formatCents(sign * cents);
  const date = (instant: number) => formatInstant(instant, input.timeZone).slice(0, 10).replaceAll('-', '');
  const dateTime = (instant: number) => element('udt:DateTimeString', date(instant), { format: '102' });
  const guideline = isXrechnung ? xrechnungGuideline : en16931Guideline;
  const notes = category.code === 'S' ? [] : [category.exemptionReason];

  const root = element(
    'rsm:CrossIndustryInvoice',
    [
      element('rsm:ExchangedDocumentContext', [
        element('ram:BusinessProcessSpecifiedDocumentContextParameter', [element('ram:ID', billingProcess)]),
        element('ram:GuidelineSpecifiedDocumentContextParameter', [element('ram:ID', guideline)]),
      ]),
      element('rsm:ExchangedDocument', [
        element('ram:ID', invoice.number),
        element('ram:TypeCode', isCreditNote ? invoiceTypeCode.creditNote : invoiceTypeCode.invoice),
        element('ram:IssueDateTime', [dateTime(invoice.issuedAt)]),
        ...notes.map((note) => element('ram:IncludedNote', [element('ram:Content', note)])),
      ]),
      element('rsm:SupplyChainTradeTransaction', [
        ...invoice.lines.map((line, index) => lineItem(line, index + 1, sign, category)),
        element('ram:ApplicableHeaderTradeAgreement', [
          buyer.buyerReference === undefined
            ? undefined
            : element('ram:BuyerReference', buyer.buyerReference),
          element('ram:SellerTradeParty', [
            element('ram:Name', invoice.seller.name),
            seller.legalRegistrationId === undefined
              ? undefined
              : element('ram:SpecifiedLegalOrganization', [element('ram:ID', seller.legalRegistrationId)]),
            element('ram:DefinedTradeContact', [
              element('ram:PersonName', seller.contact.name),
              element('ram:TelephoneUniversalCommunication', [
                element('ram:CompleteNumber', seller.contact.phone),
              ]),
              element('ram:EmailURIUniversalCommunication', [element('ram:URIID', seller.contact.email)]),
            ]),
            postalAddress(seller.address),
            electronicAddress(seller.electronicAddress),
            taxRegistration(sellerVatId, 'VA'),
            taxRegistration(seller.taxNumber, 'FC'),
          ]),
          element('ram:BuyerTradeParty', [
            element('ram:Name', invoice.buyer.name),
            postalAddress(buyer.address),
            buyerElectronicAddress === undefined ? undefined : electronicAddress(buyerElectronicAddress),
            // BR-O-4: no buyer VAT ID on a supply outside the scope of VAT.
            taxRegistration(category.code === 'O' ? undefined : invoice.buyer.vatId, 'VA'),
          ]),
        ]),
        // Tally delivers a service: there is nothing to ship and no delivery party to name.
        element('ram:ApplicableHeaderTradeDelivery', []),
        element('ram:ApplicableHeaderTradeSettlement', [
          element('ram:InvoiceCurrencyCode', invoice.currency),
          paymentMeans(payment),
          element('ram:ApplicableTradeTax', [
            element('ram:CalculatedAmount', amount(invoice.vat)),
            element('ram:TypeCode', 'VAT'),
            category.code === 'S' ? undefined : element('ram:ExemptionReason', category.exemptionReason),
            element('ram:BasisAmount', amount(invoice.net)),
            element('ram:CategoryCode', category.code),
            category.code === 'S'
              ? undefined
              : element('ram:ExemptionReasonCode', category.exemptionReasonCode),
            breakdownRate(category),
          ]),
          invoice.period === undefined
            ? undefined
            : element('ram:BillingSpecifiedPeriod', [
                element('ram:StartDateTime', [dateTime(invoice.period.start)]),
                // Tally's periods end exclusively at the next period's first instant; BT-74 is the last day.
                element('ram:EndDateTime', [dateTime(invoice.period.end - 1)]),
              ]),
          element('ram:SpecifiedTradePaymentTerms', [
            element('ram:Description', payment.terms),
            payment.dueAt === undefined
              ? undefined
              : element('ram:DueDateDateTime', [dateTime(payment.dueAt)]),
          ]),
          element('ram:SpecifiedTradeSettlementHeaderMonetarySummation', [
            element('ram:LineTotalAmount', amount(invoice.net)),
            element('ram:TaxBasisTotalAmount', amount(invoice.net)),
            element('ram:TaxTotalAmount', amount(invoice.vat), { currencyID: invoice.currency }),
            element('ram:GrandTotalAmount', amount(invoice.total)),
            element('ram:DuePayableAmount', amount(invoice.total)),
          ]),
          input.corrects === undefined
            ? undefined
            : element('ram:InvoiceReferencedDocument', [
                element('ram:IssuerAssignedID', input.corrects.number),
                element('ram:FormattedIssueDateTime', [
                  element('qdt:DateTimeString', date(input.corrects.issuedAt), { format: '102' }),
                ]),
              ]),
        ]),
      ]),
    ],
    namespaces,
  );
  return { ok: true, xml: serializeXmlDocument(root), guideline };
}

function lineItem(line: InvoiceLine, lineNumber: number, sign: 1 | -1, category: VatCategory): XmlElement {
  const signedPrice = sign * line.unitPrice;
  const price = Math.abs(signedPrice);
  const quantity = signedPrice < 0 ? -line.quantity : line.quantity;
  return element('ram:IncludedSupplyChainTradeLineItem', [
    element('ram:AssociatedDocumentLineDocument', [element('ram:LineID', String(lineNumber))]),
    element('ram:SpecifiedTradeProduct', [element('ram:Name', line.description)]),
    element('ram:SpecifiedLineTradeAgreement', [
      element('ram:NetPriceProductTradePrice', [element('ram:ChargeAmount', formatCents(price))]),
    ]),
    element('ram:SpecifiedLineTradeDelivery', [
      // `+ 0` turns the -0 of a negated zero quantity into 0.
      element('ram:BilledQuantity', String(quantity + 0), { unitCode: unitOne }),
    ]),
    element('ram:SpecifiedLineTradeSettlement', [
      element('ram:ApplicableTradeTax', [
        element('ram:TypeCode', 'VAT'),
        element('ram:CategoryCode', category.code),
        lineRate(category),
      ]),
      element('ram:SpecifiedTradeSettlementLineMonetarySummation', [
        element('ram:LineTotalAmount', formatCents(sign * line.amount)),
      ]),
    ]),
  ]);
}

/**
 * BT-152, a line's rate: 0 under reverse charge, absent where VAT does not apply at all (BR-O-5).
 */
function lineRate(category: VatCategory): XmlElement | undefined {
  return category.code === 'O' ? undefined : breakdownRate(category);
}

/**
 * BT-119, the breakdown's rate: 0 under reverse charge and under "not subject to VAT" too,
 * because XRechnung requires it in every breakdown (BR-DE-14) and EN 16931 allows it there.
 */
function breakdownRate(category: VatCategory): XmlElement {
  return element(
    'ram:RateApplicablePercent',
    formatCents(category.code === 'S' ? category.rateBasisPoints : 0),
  );
}

function postalAddress(address: PostalAddress): XmlElement {
  const [lineOne, lineTwo, lineThree] = address.lines;
  return element('ram:PostalTradeAddress', [
    element('ram:PostcodeCode', address.postcode),
    element('ram:LineOne', lineOne),
    lineTwo === undefined ? undefined : element('ram:LineTwo', lineTwo),
    lineThree === undefined ? undefined : element('ram:LineThree', lineThree),
    element('ram:CityName', address.city),
    element('ram:CountryID', address.countryCode),
    address.countrySubdivision === undefined
      ? undefined
      : element('ram:CountrySubDivisionName', address.countrySubdivision),
  ]);
}

function electronicAddress(email: string): XmlElement {
  return element('ram:URIUniversalCommunication', [element('ram:URIID', email, { schemeID: 'EM' })]);
}

function taxRegistration(id: string | undefined, scheme: 'VA' | 'FC'): XmlElement | undefined {
  if (id === undefined) return undefined;
  return element('ram:SpecifiedTaxRegistration', [element('ram:ID', id, { schemeID: scheme })]);
}

function paymentMeans(payment: PaymentDetails): XmlElement {
  const instructions = payment.instructions;
  if (instructions.method === 'set_off') {
    return element('ram:SpecifiedTradeSettlementPaymentMeans', [
      element('ram:TypeCode', paymentMeansCode.set_off),
      element('ram:Information', instructions.information),
    ]);
  }
  return element('ram:SpecifiedTradeSettlementPaymentMeans', [
    element('ram:TypeCode', paymentMeansCode.sepa_credit_transfer),
    element('ram:PayeePartyCreditorFinancialAccount', [
      element('ram:IBANID', instructions.iban),
      instructions.accountName === undefined
        ? undefined
        : element('ram:AccountName', instructions.accountName),
    ]),
    instructions.bic === undefined
      ? undefined
      : element('ram:PayeeSpecifiedCreditorFinancialInstitution', [element('ram:BICID', instructions.bic)]),
  ]);
}
