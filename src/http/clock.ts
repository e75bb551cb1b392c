/** The server's notion of now. Manual only with TALLY_CLOCK=manual, for end-to-end tests of month boundaries. */
export interface Clock {
  readonly manual: boolean;
  now(): number;
}

export const systemClock: Clock = { manual: false, now: () => Date.now() };

export class ManualClock implements Clock {
  readonly manual = true;
  constructor(private current = Date.now()) {}

  now(): number {
    return this.current;
  }

  set(epochMs: number): void {
    this.current = epochMs;
  }
}
