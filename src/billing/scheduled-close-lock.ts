import type { Store } from '../store/store.js';

/**
 * The first half of the two-part advisory lock key: "TALY" in ASCII, so Tally's locks do
 * not collide with another application's on the same database.
 */
export const tallyLockClass = 0x54414c59;

/**
 * Runs `work` only if no other instance is running a scheduled close pass on the same
 * database and schema; answers undefined (and does nothing) if one is.
 *
 * The lock lasts for the whole pass: the pass is many transactions (one per account), so a
 * transaction-scoped lock would not cover it. Should the lock be lost midway (its
 * connection breaks) another instance may start a pass while this one finishes; that costs
 * only duplicate scanning, because the per-account row locks (decision 0009) keep the work
 * exactly-once on their own.
 */
export function withScheduledCloseLock<T>(store: Store, work: () => Promise<T>): Promise<T | undefined> {
  return store.dialect.withSessionLock(tallyLockClass, work);
}
