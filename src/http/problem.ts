/**
 * Every error the API answers with: one RFC 9457 problem body, a stable `code` from this
 * closed set, and the HTTP status decided in one place (`statusOf`).
 */
export const problemCodes = [
  'unauthenticated',
  'forbidden',
  'not_found',
  'method_not_allowed',
  'invalid_json',
  'unsupported_media_type',
  'payload_too_large',
  'validation_failed',
  'invalid_activities',
  'idempotency_key_reused',
  'idempotency_request_in_progress',
  'idempotency_secret_withheld',
  'e_invoice_incomplete',
  'month_closed',
  'ledger_pruned',
  'rate_limited',
  'not_ready',
  'database_unavailable',
  'storage_full',
  'overloaded',
  'internal',
] as const;

export type ProblemCode = (typeof problemCodes)[number];

export function statusOf(code: ProblemCode): number {
  switch (code) {
    case 'unauthenticated':
      return 401;
    case 'forbidden':
      return 403;
    case 'not_found':
      return 404;
    case 'method_not_allowed':
      return 405;
    case 'idempotency_request_in_progress':
    case 'idempotency_secret_withheld':
    case 'e_invoice_incomplete':
    case 'month_closed':
      return 409;
    case 'ledger_pruned':
      return 410;
    case 'payload_too_large':
      return 413;
    case 'unsupported_media_type':
      return 415;
    case 'invalid_json':
    case 'validation_failed':
      return 400;
    case 'invalid_activities':
    case 'idempotency_key_reused':
      return 422;
    case 'rate_limited':
      return 429;
    case 'not_ready':
    case 'database_unavailable':
    case 'overloaded':
      return 503;
    case 'storage_full':
      return 507;
    case 'internal':
      return 500;
  }
}

/** One fault in a request: the field (a JSON pointer into the body or a parameter name). */
export interface FieldError {
  field: string;
  code: string;
  message: string;
  /** For batch items: the item's position. */
  index?: number;
}

export class Problem extends Error {
  constructor(
    readonly code: ProblemCode,
    readonly detail: string,
    readonly errors: FieldError[] = [],
  ) {
    super(detail);
    this.name = 'Problem';
  }
}

const titles: Record<ProblemCode, string> = {
  unauthenticated: 'Missing or invalid API key',
  forbidden: 'Not allowed for this key',
  not_found: 'Not found',
  method_not_allowed: 'Method not allowed',
  invalid_json: 'Body is not valid JSON',
  unsupported_media_type: 'Unsupported media type',
  payload_too_large: 'Body too large',
  validation_failed: 'Request is invalid',
  invalid_activities: 'Some activities are invalid; none were recorded',
  idempotency_key_reused: 'Idempotency-Key was used with a different request',
  idempotency_request_in_progress: 'A request with this Idempotency-Key is still in progress',
  idempotency_secret_withheld: 'The request already succeeded; its secret is shown only once',
  e_invoice_incomplete: 'The invoice lacks data an e-invoice requires',
  month_closed: 'The usage month is closed',
  ledger_pruned: 'The activities of this usage month were removed by retention',
  rate_limited: 'Too many requests',
  not_ready: 'Not ready',
  database_unavailable: 'The database is unavailable; retry later',
  storage_full: 'The database is out of storage; retry later',
  overloaded: 'Too busy to take this request now; retry later',
  internal: 'Internal error',
};

/**
 * Seconds a client should wait before retrying, for the problems that are about the
 * server's state rather than the request: a lost database usually returns within seconds
 * (a restart, a failover), freeing storage takes an operator, overload passes fastest.
 */
export function retryAfterSecondsOf(code: ProblemCode): number | undefined {
  switch (code) {
    case 'database_unavailable':
    case 'not_ready':
      return 2;
    case 'storage_full':
      return 30;
    case 'overloaded':
      return 1;
    default:
      return undefined;
  }
}

export function problemBody(problem: Problem, instance: string) {
  return {
    type: `urn:tally:problem:${problem.code}`,
    title: titles[problem.code],
    status: statusOf(problem.code),
    code: problem.code,
    detail: problem.detail,
    instance,
    ...(problem.errors.length > 0 ? { errors: problem.errors } : {}),
  };
}
