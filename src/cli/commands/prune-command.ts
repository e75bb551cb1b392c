import { formatInstant } from '../../domain/usage-month.js';
import { isPruneMonth, pruneLedger } from '../../metering/prune-ledger.js';
import { openStore } from '../../store/store.js';
import type { Output } from '../output.js';

const reasons = {
  open: 'still open',
  unclosed: 'ended but not closed (run `tally close`)',
  uninvoiced: 'closed with overusage but not invoiced',
} as const;

/**
 * `tally prune --before YYYY-MM [--dry-run]`: ledger retention (decision 0049). Exit 0 when
 * the months went (or would go), 1 when a month before the cut-off is not closed and
 * invoiced (nothing removed, each such month named), 2 for a malformed month.
 */
export async function pruneCommand(
  url: string,
  before: string,
  dryRun: boolean,
  now: number,
  output: Output,
): Promise<number> {
  if (!isPruneMonth(before)) {
    output.error(`--before must be a month YYYY-MM, e.g. 2025-01 (got "${before}")`);
    return 2;
  }
  const store = await openStore(url);
  try {
    const outcome = await pruneLedger(store, { before, now, dryRun }).catch((error: unknown) => {
      // PostgreSQL's lock_timeout: a long transaction held the ledger; the prune rolled back.
      if ((error as { code?: string }).code === '55P03') return 'busy' as const;
      throw error;
    });
    if (outcome === 'busy') {
      output.error(
        'prune: nothing removed; a long transaction on the activity ledger kept its partitions from being detached for 5 s. Run it again in a quieter moment.',
      );
      return 1;
    }
    if (!outcome.ok) {
      const zones = new Map(
        (await store.db.selectFrom('accounts').select(['account_id', 'time_zone']).execute()).map((row) => [
          row.account_id,
          row.time_zone,
        ]),
      );
      for (const month of outcome.blocking) {
        const zone = zones.get(month.accountId) ?? 'UTC';
        output.error(
          `REFUSED account ${month.accountId} month ${month.label} (${formatInstant(month.periodStart, zone)} – ` +
            `${formatInstant(month.periodEnd, zone)} ${zone}): ${reasons[month.reason]}`,
        );
      }
      output.error(
        `prune: nothing removed; ${outcome.blocking.length} usage months before ${before} are not closed and invoiced`,
      );
      return 1;
    }
    for (const month of outcome.months) {
      output.out(
        `${dryRun ? 'would prune' : 'pruned'} account ${month.accountId} month ${month.label}: ${month.ledgerRows} ledger rows`,
      );
    }
    for (const partition of outcome.partitionsDropped) {
      output.out(`${dryRun ? 'would drop' : 'dropped'} partition ${partition}`);
    }
    output.out(
      `prune${dryRun ? ' (dry run, nothing removed)' : ''}: ${outcome.months.length} usage months before ${before}, ` +
        `${outcome.ledgerRows} ledger rows, ${outcome.partitionsDropped.length} partitions dropped whole; ` +
        'month figures, active contacts and invoices kept',
    );
    return 0;
  } finally {
    await store.close();
  }
}
