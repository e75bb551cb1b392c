import type { Catalog } from '../billing/catalog.js';
import { withScheduledCloseLock } from '../billing/scheduled-close-lock.js';
import type { Store } from '../store/store.js';
import { type CloseReport, closeDueMonths } from './close-due-months.js';

export interface CloseScheduler {
  stop(): Promise<void>;
}

/**
 * Runs the month close every `intervalMs` inside `tally serve`. Runs never overlap in one
 * process; across instances sharing a PostgreSQL database an advisory lock lets one pass
 * run at a time and the others skip their tick (decision 0030). The per-account locks
 * keep the work exactly-once regardless, so no leader election is needed. `onReport`
 * hears of every pass that ran; a skipped tick reports nothing.
 */
export function startCloseScheduler(
  store: Store,
  catalog: Catalog,
  now: () => number,
  graceMs: number,
  intervalMs: number,
  onError: (error: unknown) => void,
  onReport: (report: CloseReport) => void = () => {},
): CloseScheduler {
  let running: Promise<void> | undefined;
  const tick = () => {
    if (running) return;
    const at = now();
    running = withScheduledCloseLock(store, () =>
      closeDueMonths(store, catalog, { asOf: at, graceMs, now: at }),
    )
      .then((report) => {
        if (report) onReport(report);
      }, onError)
      .finally(() => {
        running = undefined;
      });
  };
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  setImmediate(tick);
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
