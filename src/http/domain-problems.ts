import { InvalidAccountError } from '../accounts/account-repository.js';
import { InvalidConfigurationError } from '../billing/configuration.js';
import {
  EInvoiceIncompleteError,
  InvoiceRequestRefusedError,
  UnknownInvoiceError,
} from '../billing/invoice-errors.js';
import { SubscriptionChangeRefusedError } from '../billing/subscription-change-request.js';
import { InvalidBillingDetailsError } from '../billing/update-billing-details.js';
import { RefusedUrlError } from '../channels/refused-url-error.js';
import type { ContactRefusal } from '../contacts/contact.js';
import { ContactRefusedError } from '../contacts/contact-refused-error.js';
import { ClosedMonthError } from '../contacts/record-contact-activity.js';
import { InvalidCursorError, LedgerPrunedError } from '../metering/list-active-contacts.js';
import { InvalidCloseTimeError } from '../use-cases/close-due-months.js';
import { UnknownPeriodError } from '../use-cases/read-usage-months.js';
import { Problem } from './problem.js';

/**
 * The one place where the modules' domain errors become problems: routes let them
 * through, and the error handler asks here before anything else. Field names are the
 * API's, not the modules' (an account's `timeZone` is the request's `timezone`).
 */
export function problemOfDomainError(error: unknown): Problem | undefined {
  if (error instanceof InvalidAccountError || error instanceof InvalidConfigurationError) {
    const field = `/${apiFieldNames[error.field] ?? error.field}`;
    return new Problem('validation_failed', `${field}: ${error.message}`, [
      { field, code: 'invalid', message: error.message },
    ]);
  }
  if (error instanceof InvalidCursorError) {
    return new Problem('validation_failed', error.message, [
      { field: 'querystring.cursor', code: 'invalid', message: error.message },
    ]);
  }
  if (error instanceof UnknownPeriodError) return new Problem('not_found', error.message);
  if (error instanceof LedgerPrunedError) return new Problem('ledger_pruned', error.message);
  if (error instanceof ClosedMonthError) {
    return new Problem('month_closed', 'this usage month is closed and invoiced; nothing was written');
  }
  if (error instanceof UnknownInvoiceError) return new Problem('not_found', error.message);
  if (error instanceof InvoiceRequestRefusedError) {
    return new Problem('validation_failed', `${error.field} ${error.message}`, [
      { field: error.field, code: error.code, message: error.message },
    ]);
  }
  if (error instanceof EInvoiceIncompleteError) {
    return new Problem(
      'e_invoice_incomplete',
      error.message,
      error.missing.map((part) => ({ field: part.field, code: 'missing', message: part.message })),
    );
  }
  if (error instanceof InvalidBillingDetailsError) {
    return new Problem('validation_failed', error.message, [
      { field: error.field, code: error.code, message: error.hint },
    ]);
  }
  if (error instanceof SubscriptionChangeRefusedError) {
    return new Problem('validation_failed', error.message, [
      { field: error.field, code: error.code, message: error.hint },
    ]);
  }
  if (error instanceof InvalidCloseTimeError) {
    return new Problem('validation_failed', `${error.field} ${error.message}`, [
      { field: error.field, code: 'format', message: error.message },
    ]);
  }
  if (error instanceof RefusedUrlError) {
    return new Problem('validation_failed', error.message, [
      { field: error.field, code: 'format', message: error.reason },
    ]);
  }
  if (error instanceof ContactRefusedError) return problemOfContactRefusal(error.refusal);
  if (isCsvError(error)) {
    return new Problem('validation_failed', `the CSV cannot be read: ${error.message}`, [
      { field: '/', code: 'csv', message: error.message },
    ]);
  }
  return undefined;
}

/** A refused contact action: a missing contact or column is 404, anything else names its field. */
export function problemOfContactRefusal(refused: ContactRefusal): Problem {
  if (refused.code === 'not_found') return new Problem('not_found', refused.message);
  return new Problem('validation_failed', refused.message, [
    { field: refused.field, code: refused.code, message: refused.message },
  ]);
}

/** Where a module's field has another name in the API. */
const apiFieldNames: Record<string, string> = { timeZone: 'timezone', billingAnchor: 'startsAt' };

/** csv-parse's errors carry a `CSV_…` code. */
function isCsvError(error: unknown): error is Error {
  return (
    error instanceof Error && 'code' in error && String((error as { code: unknown }).code).startsWith('CSV_')
  );
}
