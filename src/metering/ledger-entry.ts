import type { Activity } from '../domain/activity.js';

/** An activity ready for the ledger: validated and placed in its usage month. */
export interface LedgerEntry extends Activity {
  periodStart: number;
  periodEnd: number;
  /** When each local day of that month begins (shared by the month's entries): the day counters' keys. */
  dayStarts: readonly number[];
}

/** What a batch did: new ledger rows, replays ignored, and contacts newly active. */
export interface WriteSummary {
  recorded: number;
  replayed: number;
  newlyActive: number;
}

/** A usage month of an account, e.g. one that refused activities because it is closed. */
export interface AccountMonth {
  accountId: string;
  periodStart: number;
}

/** A write either happened whole, or nothing was written because some months are closed. */
export type WriteOutcome = ({ ok: true } & WriteSummary) | { ok: false; closedMonths: AccountMonth[] };
