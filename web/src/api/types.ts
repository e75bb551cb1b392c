import type { ResponseBody } from '../../../clients/typescript/src/index.js';

/**
 * The API's answers as the dashboard reads them: every type is taken from the typed
 * client, which is generated from the server's OpenAPI document (clients/typescript), so a
 * change to an answer's schema that the dashboard does not follow fails `tsc -p web`.
 * Only names are given here; no shape is written twice.
 */

export type Usage = ResponseBody<'/v1/usage'>;
export type Money = Usage['overusageCost'];
export type Threshold = Usage['thresholds'][number];
export type Forecast = Usage['forecast'];
export type ProjectedBill = NonNullable<Forecast['projectedBill']>;
export type UsageMonthSummary = ResponseBody<'/v1/usage/months'>['data'][number];
export type DailyUsage = ResponseBody<'/v1/usage/daily'>;
export type ActiveContactsPage = ResponseBody<'/v1/usage/contacts'>;
export type ActiveContact = ActiveContactsPage['data'][number];
export type ActivityKind = ActiveContact['firstActivity']['kind'];

/** Every kind, for the filter: `satisfies` keeps the list in step with the document's enum. */
export const activityKinds = [
  'contact.created',
  'contact.status_changed',
  'message.sent',
  'note.added',
  'property.set',
  'status.renamed',
] as const satisfies readonly ActivityKind[];

export type Status = ResponseBody<'/v1/statuses'>['data'][number];
export type Contact = ResponseBody<'/v1/contacts/{id}'>;
export type Note = ResponseBody<'/v1/contacts/{id}/notes'>['data'][number];
export type Message = ResponseBody<'/v1/contacts/{id}/messages'>['data'][number];
export type BoardPage = ResponseBody<'/v1/contacts'>;
export type BoardCard = BoardPage['data'][number];
export type BulkOutcome = ResponseBody<'/v1/contacts/bulk', 'post'>;
export type Impact = BulkOutcome['impact'];

export type Plan = ResponseBody<'/v1/plans'>['data'][number];
export type AccountSummary = ResponseBody<'/v1/accounts'>['data'][number];
export type ConfigurationView = NonNullable<AccountSummary['subscription']>;
export type Cycle = ConfigurationView['cycle'];
export type Subscription = ResponseBody<'/v1/subscription'>;
export type Quote = ResponseBody<'/v1/quotes', 'post'>;
export type QuoteOption = NonNullable<Quote['options']>[number];
export type SubscriptionChange = ResponseBody<'/v1/subscription/changes', 'post'>;
export type VatBreakdown = Pick<SubscriptionChange, 'net' | 'vatRate' | 'vat' | 'gross' | 'reverseCharge'>;

export type Invoice = ResponseBody<'/v1/invoices/{id}'>;
export type InvoiceLine = Invoice['lines'][number];
export type BillingDetails = ResponseBody<'/v1/billing-details'>;
export type PostalAddress = Extract<BillingDetails['address'], { street: string }>;

export type Notification = ResponseBody<'/v1/notifications'>['data'][number];

export type ApiKeyView = ResponseBody<'/v1/api-keys'>['data'][number];
export type IssuedApiKey = ResponseBody<'/v1/api-keys', 'post', 201>;
export type MessageSettings = ResponseBody<'/v1/message-settings'>;
export type TestSendResult = ResponseBody<'/v1/message-settings/test', 'post'>;
export type WebhookEndpointView = ResponseBody<'/v1/webhook-endpoints'>['data'][number];
export type WebhookDeliveryView =
  ResponseBody<'/v1/webhook-endpoints/{endpointId}/deliveries'>['data'][number];
export type PropertyDefinitionView = ResponseBody<'/v1/property-definitions'>['data'][number];
export type PropertyType = PropertyDefinitionView['type'];
export type AlertRecipients = ResponseBody<'/v1/alert-recipients'>;
export type ImportPreview = ResponseBody<'/v1/imports', 'post'>;
export type ImportJobView = ResponseBody<'/v1/import-jobs/{jobId}'>;
/** A job's report: a preview's counts, where a rejection's `code` may be missing (older jobs). */
export type ImportReportCounts = NonNullable<ImportJobView['report']>;
