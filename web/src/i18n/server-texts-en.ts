/**
 * Texts for what the server sends as data: problem codes, field error codes, notices, plan
 * ids and the board's default columns. The API speaks English only (it has no locale), so
 * the dashboard chooses its own sentence by the stable code or id; the server's English
 * text is shown only for a code this catalogue does not know yet (a newer server).
 * Kept apart from the main catalogue so that adding to one does not collide with the other.
 */
export const serverTextsEn = {
  /** By the problem's `code` (decision 0006): what happened, in the user's words. */
  problems: {
    unauthenticated: 'Your key is unknown or revoked. Sign in again.',
    forbidden: 'Your key is not allowed to do this.',
    not_found: 'This no longer exists: it may have been deleted.',
    method_not_allowed: 'The server does not offer this action.',
    invalid_json: 'The request could not be read. Reload the page and try again.',
    unsupported_media_type: 'The server cannot read this kind of data.',
    payload_too_large: 'This is too large to send in one go.',
    validation_failed: 'Some of the input is not valid.',
    invalid_activities: 'Some activities are invalid; none were recorded.',
    idempotency_key_reused: 'This request was already made with different content.',
    idempotency_request_in_progress: 'The same request is still being processed. Wait a moment.',
    idempotency_secret_withheld: 'This was already done; its secret was shown only once.',
    e_invoice_incomplete: 'The invoice lacks details an e-invoice needs.',
    month_closed: 'This usage month is closed: it can no longer change.',
    ledger_pruned: 'The activities of this month were removed by retention; its figures and invoices remain.',
    rate_limited: 'Too many requests. Wait a moment and try again.',
    not_ready: 'The server is starting. Try again in a moment.',
    database_unavailable: 'The database cannot be reached right now. Try again in a moment.',
    storage_full: 'The server is out of storage. Nothing was saved; the operator has been told.',
    overloaded: 'The server is busy. Try again in a moment.',
    internal: 'Something went wrong on the server. Nothing was changed.',
    network: 'The server cannot be reached. Check your connection and try again.',
  },
  /** What a problem says when it has no code at all (not a problem body). */
  httpStatus: (status: string) => `The server answered ${status}.`,
  /** By a field error's `code`, shown beside its field. */
  fieldErrors: {
    required: 'Required.',
    unknown_field: 'Not a field the server knows.',
    type: 'Not the expected kind of value.',
    format: 'Not in the expected format.',
    pattern: 'Not in the expected format.',
    enum: 'Not one of the allowed values.',
    const: 'Not the allowed value.',
    minimum: 'Too small.',
    maximum: 'Too large.',
    exclusiveMinimum: 'Too small.',
    exclusiveMaximum: 'Too large.',
    minLength: 'Too short.',
    maxLength: 'Too long.',
    minItems: 'Too few entries.',
    maxItems: 'Too many entries.',
    range: 'Outside the allowed range.',
    invalid: 'Not valid.',
    invalid_text: 'Contains characters that are not allowed.',
    invalid_time: 'Not a valid date and time.',
    missing: 'Missing.',
    conflict: 'Conflicts with what exists already.',
    not_found: 'Does not exist.',
    unknown_country: 'Not a country the server knows.',
    period_closed: 'That usage month is closed.',
    activity_in_future: 'Lies in the future.',
    before_subscription_start: 'Before the subscription starts.',
    subscription_ended: 'The subscription has ended.',
    not_started: 'The subscription has not started yet.',
    not_payable: 'This invoice cannot be paid.',
    invoice_void: 'The invoice is void.',
    exceeds_amount_due: 'More than is due.',
    exceeds_invoice: 'More than the invoice.',
    currency_mismatch: 'Not the invoice’s currency.',
    not_creditable: 'This invoice cannot be credited.',
    csv: 'The CSV file cannot be read.',
    duplicate: 'Exists already.',
    already_recipient: 'Is a recipient already.',
  },
  /** A field and code together, where a sentence can say more than the code alone. */
  fieldErrorsAt: {
    '/name duplicate': 'A column with this name exists already.',
    '/email duplicate': 'A contact with this e-mail address exists already.',
    '/email format': 'This is not an e-mail address.',
    '/smtp/from invalid': 'This is not an e-mail address (Name <address> or address).',
    '/whatsapp/baseUrl invalid':
      'Tally does not call this URL: it must be absolute and must not point to a loopback, private or link-local address.',
    '/url format':
      'Tally does not call this URL: it must be an absolute http or https URL without credentials that does not point to a loopback, private or link-local address.',
    'moveTo invalid': 'Choose another column to move the contacts to.',
    '/channel invalid': 'sending on this channel is not set up for this account',
    '/vatId format': 'Not a VAT ID of the chosen country (it starts with the country’s prefix).',
    '/email required': 'Required with a buyer reference: XRechnung needs the buyer’s e-mail address.',
  },
  /** Notices the server raises, written from their data. */
  notices: {
    thresholdTitle: (percent: string) => `${percent} % of your allowance reached`,
    thresholdMessage: (active: string, allowance: string, forecast: string) =>
      `${active} of ${allowance} active contacts this month; about ${forecast} expected by the month end.`,
    thresholdOver: (over: string, cost: string) => `${over} over so far: ${cost} overusage.`,
    thresholdCheapest: (option: string, cost: string) => `Cheapest option: ${option} at ${cost} a month.`,
  },
  /** Why an import row was rejected, by its `code`; the row number says which row. */
  importRejections: {
    too_many_rows: 'The file has too many rows for one import.',
    email_format: 'The e-mail address is not valid.',
    phone_format: 'The phone number is not an international number, e.g. +49 30 1234567.',
    unknown_status: 'There is no board column with this name.',
    missing_identity: 'A row needs a name, an e-mail address or a phone number.',
    duplicate_contact: 'Another contact already has this e-mail address or phone number.',
    name_length: 'The name must be 1 to 200 characters.',
    property_value: 'A property value is not valid for its type.',
    not_saved: 'The contact could not be saved.',
  },
  /** The catalogue's plans by id; a plan not listed shows the server's name. */
  planNames: {
    start: 'Start',
    grow: 'Grow',
    expand: 'Expand',
    scale: 'Scale',
    volume: 'Volume (legacy)',
  },
  /**
   * The columns a new account's board starts with (their names as the server stores them,
   * in English), shown in the user's language until someone renames them (decision 0057).
   */
  defaultColumns: {
    New: 'New',
    Contacted: 'Contacted',
    Qualified: 'Qualified',
    Won: 'Won',
    Lost: 'Lost',
  },
};

export type ServerTexts = typeof serverTextsEn;
