import { Problem } from './problem.js';

/**
 * One rule for every list that pages: `limit` is an integer from 1 to the list's maximum.
 * Anything else answers 400 `validation_failed` naming `querystring.limit`, rather than a
 * page silently clamped to a size the client did not ask for.
 */
export interface PageLimit {
  max: number;
  /** The page size when the client names none. */
  fallback: number;
}

/** The `limit` query parameter's schema: digits only; the range is checked by `pageLimitOrThrow`. */
export function limitParameter({ max, fallback }: PageLimit) {
  return {
    type: 'string',
    pattern: '^[0-9]{1,9}$',
    description: `page size, 1 to ${max} (default ${fallback})`,
  } as const;
}

/** The page size asked for, or 400 `validation_failed` on `querystring.limit`. */
export function pageLimitOrThrow(raw: string | undefined, { max, fallback }: PageLimit): number {
  if (raw === undefined) return fallback;
  const limit = /^[0-9]{1,9}$/.test(raw) ? Number(raw) : Number.NaN;
  if (limit >= 1 && limit <= max) return limit;
  const message = `must be an integer from 1 to ${max}`;
  throw new Problem('validation_failed', `querystring.limit ${message}`, [
    { field: 'querystring.limit', code: 'range', message },
  ]);
}
