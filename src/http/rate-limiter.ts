/**
 * A fixed-window limit per key (e.g. per funnel), in this process. Several instances each
 * allow the limit; that bounds abuse well enough for public forms without shared state.
 */
export class RateLimiter {
  private readonly windows = new Map<string, { startedAt: number; count: number }>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts a request; false when the key has used up its window. */
  allow(key: string): boolean {
    const now = this.now();
    const window = this.windows.get(key);
    if (!window || now - window.startedAt >= this.windowMs) {
      if (this.windows.size > 100_000) this.windows.clear();
      this.windows.set(key, { startedAt: now, count: 1 });
      return true;
    }
    window.count++;
    return window.count <= this.limit;
  }
}
