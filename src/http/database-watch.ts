import type { FastifyBaseLogger } from 'fastify';
import { probeDatabase } from '../store/database-availability.js';
import type { DatabaseStateChange } from '../store/database-health.js';
import type { Store } from '../store/store.js';
import type { Metrics } from './metrics.js';

/** What the operator reads in the log when a fault begins: what clients see, and what to do. */
const faultAdvice = {
  unavailable:
    'database unavailable: requests answer 503 database_unavailable with Retry-After and /readyz is not ready; ' +
    'Tally reconnects by itself once the database answers again (check that the server is up and reachable at its URL)',
  storage_full:
    'database storage full: writes answer 507 storage_full with Retry-After and /readyz is not ready; reads still work. ' +
    'Free disk space where the database lives (or grow the volume); Tally notices by itself',
} as const;

/**
 * Tells the operator when the database's state changes (one log line and one count per
 * fault, not one per failed request), and while it is in a fault probes it every
 * `probeIntervalMs`, so the state returns to available by itself, without a request or a
 * readiness check having to find out first.
 */
export function watchDatabase(
  store: Store,
  log: FastifyBaseLogger,
  metrics: Metrics,
  probeIntervalMs = 1_000,
): { stop(): void } {
  let probing: NodeJS.Timeout | undefined;
  const stopProbing = () => {
    if (probing) clearInterval(probing);
    probing = undefined;
  };
  const unsubscribe = store.health.onChange((change: DatabaseStateChange) => {
    if (change.state === 'available') {
      log.info(
        { database: 'available', faultLastedMs: change.lastedMs },
        `database available again (${change.previous} for ${Math.round(change.lastedMs / 100) / 10} s)`,
      );
      stopProbing();
      return;
    }
    metrics.databaseFaults.inc({ fault: change.state });
    log.error(
      { database: change.state, err: change.error, headroomBytes: store.health.headroomAtFault },
      faultAdvice[change.state],
    );
    if (!probing) {
      let running = false;
      probing = setInterval(() => {
        if (running) return;
        running = true;
        probeDatabase(store, probeIntervalMs)
          .catch(() => {})
          .finally(() => {
            running = false;
          });
      }, probeIntervalMs);
      probing.unref();
    }
  });
  return {
    stop() {
      unsubscribe();
      stopProbing();
    },
  };
}
