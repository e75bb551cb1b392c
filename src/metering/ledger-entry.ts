import type { Activity } from '../domain/activity.js';

/** An activity ready for the ledger: validated and placed in its usage month. */
export interface LedgerEntry extends Activity {
  periodStart: number;
  periodEnd: number;
}

/** What a batch did: new ledger rows, replays ignored, and contacts newly active. */
export interface WriteSummary {
  recorded: number;
  replayed: number;
  newlyActive: number;
}
