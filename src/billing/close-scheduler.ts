import type { Store } from '../store/store.js';
import type { Catalog } from './catalog.js';
import { type CloseReport, closeDueMonths } from './close-due-months.js';

export interface CloseScheduler {
  stop(): Promise<void>;
}

/**
 * Runs the month close every `intervalMs` inside `tally serve`. Runs never overlap in one
 * process; across instances the per-account locks keep the work exactly-once, so no
 * leader election is needed.
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
    running = closeDueMonths(store, catalog, { asOf: at, graceMs, now: at })
      .then(onReport, onError)
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
