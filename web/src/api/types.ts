/** The API's answers, as the dashboard reads them. Money is always a decimal string. */
export interface Money {
  amount: string;
  currency: string;
}

export interface Threshold {
  percent: number;
  reachedAt: string | null;
}

/** Net, VAT and gross of an amount not yet invoiced, by the invoice's VAT rule. */
export interface VatBreakdown {
  net: Money;
  /** A percentage as a decimal string, "19.00". */
  vatRate: string;
  vat: Money;
  gross: Money;
  reverseCharge: boolean;
}

export interface ProjectedBill extends VatBreakdown {
  planCost: Money;
  overusageCost: Money;
}

export interface Forecast {
  activeContacts: number;
  overusage: number;
  overusageCost: Money;
  /** The month's cost at this pace; null once the subscription has ended. */
  projectedBill: ProjectedBill | null;
  method?: string;
}

export interface Usage {
  periodStart: string;
  periodEnd: string;
  timezone: string;
  plan: string | null;
  legacy: boolean;
  activeContacts: number;
  includedContacts: number | null;
  addonContacts: number | null;
  allowance: number | null;
  overusage: number;
  overusageCost: Money;
  /** Added by the forecast work; absent on older servers. */
  forecast?: Forecast;
  thresholds?: Threshold[];
}

export interface UsageMonthSummary {
  period: string;
  periodStart: string;
  periodEnd: string;
  activeContacts: number;
  allowance: number | null;
  overusage: number;
  overusageCost: Money;
  closed: boolean;
}

export interface DailyUsage {
  periodStart: string;
  periodEnd: string;
  allowance: number | null;
  days: { date: string; newlyActive: number; cumulative: number }[];
}

export type ActivityKind =
  | 'contact.created'
  | 'contact.status_changed'
  | 'message.sent'
  | 'note.added'
  | 'property.set'
  | 'status.renamed';

export const activityKinds: readonly ActivityKind[] = [
  'contact.created',
  'contact.status_changed',
  'message.sent',
  'note.added',
  'property.set',
  'status.renamed',
];

export interface ActiveContact {
  contactId: string;
  /** Null for contacts Tally does not host; absent on servers without contact labels. */
  contact?: { name: string | null; email: string | null; deleted: boolean } | null;
  firstActivity: { id: string; kind: ActivityKind; actor: string; occurredAt: string };
}

export interface ActiveContactsPage {
  periodStart: string;
  periodEnd: string;
  data: ActiveContact[];
  nextCursor: string | null;
}

export interface Status {
  id: string;
  name: string;
  position: number;
  contacts: number;
}

export interface Contact {
  id: string;
  statusId: string;
  name: string | null;
  email: string | null;
  phone: string | null;
  properties: Record<string, string | number | null>;
  createdAt: string;
  updatedAt: string;
}

export interface Note {
  id: string;
  body: string;
  actor: string;
  createdAt: string;
}

export interface Message {
  id: string;
  channel: 'email' | 'whatsapp';
  direction?: string;
  subject?: string | null;
  body: string;
  status: string;
  error?: string | null;
  createdAt?: string;
}

export interface Impact {
  contactsTouched: number;
  newlyActive: number;
  activeContacts: number;
  allowance: number | null;
  extraOverusage: number;
  extraOverusageCost: Money;
}

export interface Plan {
  id: string;
  name: string;
  legacy: boolean;
  includedContacts: number | null;
  fees: { monthly: Money; yearly: Money };
  addonPerContact: { monthly: Money; yearly: Money } | null;
}

export type Cycle = 'monthly' | 'yearly';

export interface ConfigurationView {
  plan: string;
  planName?: string;
  legacy: boolean;
  cycle: Cycle;
  addonContacts: number;
  includedContacts: number | null;
  allowance: number | null;
}

export interface Subscription extends Partial<ConfigurationView> {
  status: 'active' | 'ending' | 'ended';
  startsAt: string;
  allowance: number | null;
  currentCycle?: { start: string; end: string };
  scheduledChanges: (Partial<ConfigurationView> & { effectiveAt: string; cancel?: boolean })[];
}

export interface InvoiceLine {
  description: string;
  quantity: number;
  unitPrice: Money;
  amount: Money;
}

export interface QuoteOption extends ConfigurationView {
  rank: number;
  kind: string;
  recommended: boolean;
  overusage: number;
  monthlyCost: Money;
  yearlyCost: Money;
}

export interface Quote {
  configuration: ConfigurationView;
  upfront: { lines: InvoiceLine[]; total: Money };
  monthlyCost: Money;
  expectedActiveContacts?: number;
  recommendedPlan?: string;
  options?: QuoteOption[];
}

export interface SubscriptionChange extends VatBreakdown {
  preview: boolean;
  id: string;
  immediate: (ConfigurationView & { effectiveAt: string }) | null;
  scheduled: (Partial<ConfigurationView> & { effectiveAt: string; cancel?: boolean }) | null;
  lines: InvoiceLine[];
  total: Money;
}

export interface Invoice {
  id: string;
  number: string;
  kind: string;
  issuedAt: string;
  period: { start: string; end: string } | null;
  seller: { name: string; address?: string; vatId?: string };
  buyer: { name: string; address?: string; vatId?: string };
  lines: InvoiceLine[];
  net: Money;
  vatRate: string;
  vat: Money;
  total: Money;
  reverseCharge: boolean;
  notes: string[];
  correctsInvoiceId: string | null;
  /** Payment state, due date and what is still owed: shown only when the server sends them. */
  status?: string;
  dueDate?: string | null;
  amountDue?: Money | null;
}

/** A structured postal address (decision 0042); `country` is ISO 3166-1 alpha-2. */
export interface PostalAddress {
  street: string;
  postalCode: string;
  city: string;
  country: string;
}

/** `GET /v1/billing-details`: `address` in the form it was given, object or old free text. */
export interface BillingDetails {
  legalName: string | null;
  address: PostalAddress | string | null;
  vatId: string | null;
  email: string | null;
  vatRate: string;
  reverseCharge: boolean;
  buyerReference: string | null;
}

export interface AccountSummary {
  id: string;
  name: string;
  timezone: string;
  startsAt: string;
  subscription: ConfigurationView | null;
}

export interface Notification {
  id: string;
  type: string;
  createdAt: string;
  readAt: string | null;
  title: string;
  message: string;
}

/** A card on the board: the contact, its last activity, and why it counts this month (null: it does not). */
export interface BoardCard extends Contact {
  lastActivityAt: string;
  activeThisMonth: { kind: ActivityKind; actor: string; occurredAt: string } | null;
}

export interface BoardPage {
  data: BoardCard[];
  nextCursor: string | null;
}

/** The answer of `POST /v1/contacts/bulk` (preview or done). */
export interface BulkOutcome {
  preview: boolean;
  applied: boolean;
  impact: Impact;
  contactIds: string[];
  sent: number;
  failed: number;
}

/** One of the account's API keys; the token itself is only in the answer that issued it. */
export interface ApiKeyView {
  id: string;
  label: string;
  createdAt: string;
  revokedAt: string | null;
  /** To the minute (decision 0052); null while never used. */
  lastUsedAt: string | null;
}

export interface IssuedApiKey extends ApiKeyView {
  token: string;
}

/** How the account sends; secrets are never returned, only whether one is kept. */
export interface MessageSettings {
  smtp: {
    host: string;
    port: number;
    secure: boolean;
    user: string | null;
    from: string;
    hasPassword: boolean;
  } | null;
  whatsapp: { baseUrl: string; phoneNumberId: string; hasToken: boolean } | null;
}

export interface TestSendResult {
  channel: 'email' | 'whatsapp';
  to: string;
  sent: boolean;
  providerMessageId: string | null;
  error: string | null;
}

export interface WebhookEndpointView {
  id: string;
  url: string;
  description: string | null;
  eventTypes: string[] | null;
  enabled: boolean;
  disabledAt: string | null;
  disabledReason: string | null;
  consecutiveFailures: number;
  createdAt: string;
}

export interface WebhookDeliveryView {
  id: string;
  messageId: string;
  eventType: string;
  status: 'pending' | 'succeeded' | 'failed' | 'skipped';
  attempts: {
    attempt: number;
    attemptedAt: string | null;
    statusCode: number | null;
    error: string | null;
    durationMs: number;
  }[];
  nextAttemptAt: string | null;
  createdAt: string;
  finishedAt: string | null;
}

export type PropertyType = 'text' | 'number' | 'date' | 'single_select';

export interface PropertyDefinitionView {
  key: string;
  label: string;
  type: PropertyType;
  options?: string[];
}

export interface AlertRecipients {
  billingEmail: string | null;
  data: { email: string; createdAt: string }[];
}

export interface ImportReportCounts {
  rows: number;
  imported: number;
  updated: number;
  unchanged: number;
  rejected: { row: number; reason: string }[];
}

export interface ImportPreview extends ImportReportCounts {
  preview: true;
  impact?: Impact;
}

export interface ImportJobView {
  id: string;
  status: 'running' | 'succeeded' | 'failed' | 'interrupted';
  rowsTotal: number;
  rowsDone: number;
  report: ImportReportCounts | null;
  error: string | null;
  createdAt: string;
  finishedAt: string | null;
}
