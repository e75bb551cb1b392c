import { ApiError, type ProblemFieldError } from '../api/client.js';
import type { ServerTexts } from './server-texts-en.js';

/**
 * The user's sentence for what the server sent as a code or an id. The API speaks English
 * only, so its own text (`detail`, a field error's `message`, a plan's `name`) is the
 * fallback for a code this dashboard does not know yet, never the first choice.
 */

/** A text by a key the server sent, which may be one the catalogue does not know. */
export function lookup(map: object, key: string): string | undefined {
  return Object.hasOwn(map, key) ? (map as Record<string, string>)[key] : undefined;
}

/** A field error's sentence: the field and code together first, then the code alone. */
export function fieldErrorText(t: ServerTexts, error: Pick<ProblemFieldError, 'field' | 'code' | 'message'>) {
  return (
    lookup(t.fieldErrorsAt, `${error.field} ${error.code}`) ??
    lookup(t.fieldErrors, error.code) ??
    error.message
  );
}

/**
 * What went wrong, for a message beside a form: a problem with a single field error says
 * that field's sentence (more precise than the problem's code), else the problem's code.
 */
export function errorText(t: ServerTexts, caught: unknown): string {
  if (caught instanceof ApiError) {
    const [only] = caught.errors;
    if (caught.errors.length === 1 && only) {
      const specific = lookup(t.fieldErrorsAt, `${only.field} ${only.code}`);
      if (specific !== undefined) return specific;
    }
    const byCode = lookup(t.problems, caught.code);
    if (byCode !== undefined && only) {
      // Form-level messages name what is wrong with each field the form could not place.
      const fields = caught.errors.map((error) => `${error.field}: ${fieldErrorText(t, error)}`);
      return [byCode, ...fields].join(' ');
    }
    if (byCode !== undefined) return byCode;
    if (caught.code === `http_${caught.status}`) return t.httpStatus(String(caught.status));
    return caught.message;
  }
  return caught instanceof Error ? caught.message : String(caught);
}

/**
 * Why an import row was rejected, by its code; a code this dashboard does not know (or a
 * report stored before codes existed) keeps the server's English reason.
 */
export function importRejectionText(t: ServerTexts, rejection: { code?: string; reason: string }): string {
  return (rejection.code ? lookup(t.importRejections, rejection.code) : undefined) ?? rejection.reason;
}

/** A plan's name by its id; a plan this dashboard does not know keeps the server's name. */
export function planNameText(t: ServerTexts, id: string | null | undefined, serverName?: string | null) {
  return (id ? lookup(t.planNames, id) : undefined) ?? serverName ?? id ?? '';
}

/**
 * A board column's name as shown: a default column (still named as the server created it)
 * in the user's language; a column someone named keeps that name exactly.
 */
export function columnNameText(t: ServerTexts, name: string): string {
  return lookup(t.defaultColumns, name) ?? name;
}
