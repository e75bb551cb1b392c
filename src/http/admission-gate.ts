export interface AdmissionLimits {
  /** Requests handled at once; more wait in the queue. */
  maxActive: number;
  /** Requests waiting for a turn; more are refused at once. */
  maxQueued: number;
  /** The longest a request waits for its turn before it is refused. */
  queueTimeoutMs: number;
}

export const defaultAdmissionLimits: AdmissionLimits = {
  maxActive: 64,
  maxQueued: 512,
  queueTimeoutMs: 1_000,
};

interface Waiter {
  admit(): void;
  settled: boolean;
}

/**
 * Bounds the work a server takes on (decision 0032). Past a point, accepting more requests
 * only makes every request slower: they share one event loop and one database, so with a
 * thousand in flight each waits behind all the others and none finishes in time. The gate
 * lets `maxActive` requests run, queues up to `maxQueued` in arrival order for at most
 * `queueTimeoutMs`, and refuses the rest at once, so a refused client learns within
 * milliseconds to come back later, and an admitted one is served at normal speed.
 */
export class AdmissionGate {
  #active = 0;
  readonly #queue: Waiter[] = [];
  /** How long a request runs, smoothed over recent ones (ms); 0 until one has finished. */
  #serviceMs = 0;

  constructor(readonly limits: AdmissionLimits) {}

  get active(): number {
    return this.#active;
  }

  get queued(): number {
    return this.#queue.length;
  }

  /**
   * How long a request arriving now would wait for its turn: the requests ahead of it,
   * served `maxActive` at a time at the recent pace.
   */
  expectedWaitMs(): number {
    return ((this.#queue.length + 1) * this.#serviceMs) / this.limits.maxActive;
  }

  /**
   * Resolves true once the request may run (call `leave` when it is done), false when it
   * is refused: the queue is full, its wait timed out, or `abandoned` fired first.
   */
  enter(abandoned: (cancel: () => void) => void): Promise<boolean> | true {
    if (this.#active < this.limits.maxActive) {
      this.#active++;
      return true;
    }
    // Refused now rather than after a wait that would end in refusal anyway.
    if (this.#queue.length >= this.limits.maxQueued || this.expectedWaitMs() > this.limits.queueTimeoutMs) {
      return Promise.resolve(false);
    }
    return new Promise<boolean>((resolve) => {
      const waiter: Waiter = {
        settled: false,
        admit: () => {
          waiter.settled = true;
          clearTimeout(timer);
          resolve(true);
        },
      };
      const giveUp = () => {
        if (waiter.settled) return;
        waiter.settled = true;
        clearTimeout(timer);
        this.#queue.splice(this.#queue.indexOf(waiter), 1);
        resolve(false);
      };
      const timer = setTimeout(giveUp, this.limits.queueTimeoutMs);
      this.#queue.push(waiter);
      abandoned(giveUp);
    });
  }

  /** A running request finished (after `serviceMs`): the longest-waiting one takes its place. */
  leave(serviceMs?: number): void {
    if (serviceMs !== undefined) {
      this.#serviceMs = this.#serviceMs === 0 ? serviceMs : this.#serviceMs * 0.9 + serviceMs * 0.1;
    }
    const next = this.#queue.shift();
    if (next) next.admit();
    else this.#active--;
  }
}
