import type { DatabaseFault } from './database-faults.js';

export type DatabaseState = 'available' | DatabaseFault;

export interface DatabaseStateChange {
  state: DatabaseState;
  previous: DatabaseState;
  /** How long the previous state lasted, in milliseconds. */
  lastedMs: number;
  /** The error that caused a fault (absent on recovery). */
  error?: unknown;
}

/**
 * What this process last learned about its database: reachable and writable, or which
 * fault it is in. Faults are reported by whoever meets them (a request, a worker, a
 * broken connection); recovery by whatever next succeeds (a request, the readiness probe).
 * Listeners hear each change once, so logs and metrics say when a fault began and ended
 * rather than repeating it for every failed request.
 */
export class DatabaseHealth {
  #state: DatabaseState = 'available';
  #since = Date.now();
  #faultDetail: number | undefined;
  readonly #listeners = new Set<(change: DatabaseStateChange) => void>();

  get state(): DatabaseState {
    return this.#state;
  }

  /** When the current state began (wall clock). */
  get since(): number {
    return this.#since;
  }

  /** SQLite: the free bytes when storage ran out, so recovery can tell space was freed. */
  get headroomAtFault(): number | undefined {
    return this.#faultDetail;
  }

  report(fault: DatabaseFault, error: unknown, headroom?: number): void {
    if (fault === this.#state) return;
    this.#faultDetail = fault === 'storage_full' ? headroom : undefined;
    this.#change(fault, error);
  }

  recover(): void {
    this.#faultDetail = undefined;
    this.#change('available', undefined);
  }

  /** Calls `listener` on every change; returns how to stop. */
  onChange(listener: (change: DatabaseStateChange) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #change(state: DatabaseState, error: unknown): void {
    if (state === this.#state) return;
    const now = Date.now();
    const change: DatabaseStateChange = {
      state,
      previous: this.#state,
      lastedMs: now - this.#since,
      ...(error === undefined ? {} : { error }),
    };
    this.#state = state;
    this.#since = now;
    for (const listener of this.#listeners) listener(change);
  }
}
