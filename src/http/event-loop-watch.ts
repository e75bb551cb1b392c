/**
 * How long this process has been busy without getting back to its event loop. Requests
 * whose bytes arrived meanwhile have been waiting at least that long before any of our code
 * could see them: on SQLite each request's work is synchronous, so a burst of connections
 * is handled strictly one after another inside one loop turn, and no count of requests in
 * flight ever shows the queue. A timer that stops firing does.
 */
export class EventLoopWatch {
  #lastTurnAt = performance.now();
  readonly #timer: NodeJS.Timeout;

  constructor(resolutionMs = 10) {
    this.#timer = setInterval(() => {
      this.#lastTurnAt = performance.now();
    }, resolutionMs);
    this.#timer.unref();
  }

  /** Milliseconds since the loop last ran its timers. */
  busyMs(): number {
    return performance.now() - this.#lastTurnAt;
  }

  stop(): void {
    clearInterval(this.#timer);
  }
}
