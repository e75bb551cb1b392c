import type { Store } from '../store/store.js';

/**
 * The first half of the two-part advisory lock key: "TALY" in ASCII, so Tally's locks do
 * not collide with another application's on the same database.
 */
export const tallyLockClass = 0x54414c59;

/**
 * Runs `work` only if no other instance is running a scheduled close pass on the same
 * PostgreSQL database and schema; answers undefined (and does nothing) if one is.
 *
 * The lock is session-scoped on a connection of its own for the length of the pass: the
 * pass is many transactions (one per account), so a transaction-scoped lock would not
 * cover it. If that connection breaks, PostgreSQL releases the lock and another instance
 * may start a pass while this one finishes; that costs only duplicate scanning, because
 * the per-account row locks (decision 0009) keep the work exactly-once on their own. The
 * second half of the key is the schema's hash, so databases shared by schema (tests,
 * tenants) each have their own lock. SQLite is one process: the work always runs.
 */
export async function withScheduledCloseLock<T>(
  store: Store,
  work: () => Promise<T>,
): Promise<T | undefined> {
  if (store.engine === 'sqlite') return work();
  const client = await store.pool.connect();
  try {
    const taken = await client.query<{ locked: boolean }>(
      'SELECT pg_try_advisory_lock($1, hashtext(current_schema())) AS locked',
      [tallyLockClass],
    );
    if (taken.rows[0]?.locked !== true) return undefined;
    try {
      return await work();
    } finally {
      await client.query('SELECT pg_advisory_unlock($1, hashtext(current_schema()))', [tallyLockClass]);
    }
  } finally {
    client.release();
  }
}
