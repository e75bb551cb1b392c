import { sql } from 'kysely';
import { classifyDatabaseFault, type DatabaseFault } from './database-faults.js';
import type { DatabaseState } from './database-health.js';
import type { Store } from './store.js';

/**
 * Free space below which a SQLite database counts as full: a write needs room for its WAL
 * frames and new pages, so a database with less than this is about to refuse writes.
 */
export const storageReserveBytes = 2 * 1024 * 1024;

/** How long PostgreSQL counts as full after a write failed for want of disk, absent a success. */
const postgresStorageRecheckMs = 30_000;

/**
 * Classifies a failed database call and, when it is a fault of the database itself
 * (unavailable, out of storage), records it on the store's health. Returns the fault, or
 * undefined for errors that are not the database's (they stay internal errors).
 */
export function noteDatabaseFault(store: Store, error: unknown): DatabaseFault | undefined {
  const fault = classifyDatabaseFault(error);
  if (fault === undefined) return undefined;
  store.health.report(fault, error, fault === 'storage_full' ? safeHeadroom(store) : undefined);
  return fault;
}

/**
 * The readiness check: can the database be reached, and can it still grow? A successful
 * probe is also how a fault ends when no request has succeeded since.
 *
 * SQLite's storage is measured: full while less than the reserve is free, and after a
 * write failed for want of space, until more than the reserve has been freed beyond what
 * was free then. PostgreSQL manages its own disk, so a failed write's `disk_full` stands
 * until a write succeeds or the recheck time has passed and writes may try again.
 */
export async function probeDatabase(store: Store, timeoutMs: number): Promise<DatabaseState> {
  try {
    await withTimeout(sql`SELECT 1`.execute(store.db), timeoutMs);
  } catch (error) {
    store.health.report(classifyDatabaseFault(error) ?? 'unavailable', error);
    return store.health.state;
  }
  const headroom = safeHeadroom(store);
  if (headroom !== undefined) {
    const freedSinceFault =
      store.health.state !== 'storage_full' ||
      headroom > (store.health.headroomAtFault ?? 0) + storageReserveBytes;
    if (headroom < storageReserveBytes || !freedSinceFault) {
      store.health.report('storage_full', new Error(`only ${headroom} bytes can still be written`), headroom);
      return 'storage_full';
    }
  } else if (
    store.health.state === 'storage_full' &&
    Date.now() - store.health.since < postgresStorageRecheckMs
  ) {
    return 'storage_full';
  }
  store.health.recover();
  return 'available';
}

function safeHeadroom(store: Store): number | undefined {
  try {
    return store.storageHeadroom();
  } catch {
    return undefined;
  }
}

function withTimeout<T>(work: Promise<T>, timeoutMs: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`the database did not answer within ${timeoutMs} ms`)),
      timeoutMs,
    );
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
