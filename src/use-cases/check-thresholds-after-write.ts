import type { Catalog } from '../billing/catalog.js';
import { checkUsageThresholds } from '../notify/check-thresholds.js';
import type { Store } from '../store/store.js';

/** What the threshold check after a write needs from its caller. */
export interface ThresholdCheckServices {
  store: Store;
  catalog: Catalog;
  /** The outbox worker, when there is one: kicked when the check queued a notice. */
  notifications?: { kick(): void } | undefined;
  /** Told about a check that failed; the write it follows stands. */
  reportCheckFailure(error: unknown): void;
}

/**
 * After a committed write of an account, checks its current month against the 80 % and
 * 100 % thresholds so the notice is there when the client next looks. The write has
 * committed by then: a failing check is reported, never turned into a failed write, and
 * the worker's sweep catches up.
 */
export async function checkThresholdsAfterWrite(
  services: ThresholdCheckServices,
  accountId: string,
  now: number,
): Promise<void> {
  try {
    const notified = await checkUsageThresholds(services.store, services.catalog, accountId, now, now);
    if (notified.length > 0) services.notifications?.kick();
  } catch (error) {
    services.reportCheckFailure(error);
  }
}
