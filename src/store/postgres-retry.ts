/** SQLSTATEs after which PostgreSQL has rolled the transaction back and it may simply run again. */
const retryableCodes = new Set(['40001', '40P01']);

export function isRetryablePostgresError(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    'code' in error &&
    retryableCodes.has(String((error as { code: unknown }).code))
  );
}

/**
 * Runs work that is one atomic transaction, again on a deadlock or serialization failure.
 * Safe because such a failure rolls everything back, and all Tally writes are idempotent.
 */
export async function withPostgresRetry<T>(work: () => Promise<T>, attempts = 8): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= attempts || !isRetryablePostgresError(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));
    }
  }
}
