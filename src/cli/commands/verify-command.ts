import { formatInstant } from '../../domain/usage-month.js';
import { verifyMetering } from '../../metering/verify-metering.js';
import { openStore } from '../../store/store.js';
import type { Output } from '../output.js';

/** `tally verify`: recount every month from the ledger; exit code 1 on any difference. */
export async function verifyCommand(url: string, output: Output): Promise<number> {
  const store = await openStore(url);
  try {
    const report = await verifyMetering(store);
    if (report.differences.length === 0) {
      output.out(
        `verify: ${report.monthsChecked} usage months checked, all consistent with the activity ledger` +
          (report.prunedMonthsChecked > 0
            ? ` (${report.prunedMonthsChecked} with their ledger pruned: counter against the active set only)`
            : ''),
      );
      return 0;
    }
    const zones = new Map(
      (await store.db.selectFrom('accounts').select(['account_id', 'time_zone']).execute()).map((row) => [
        row.account_id,
        row.time_zone,
      ]),
    );
    for (const month of report.differences) {
      const zone = zones.get(month.accountId) ?? 'UTC';
      output.error(
        `MISMATCH account ${month.accountId} month starting ${formatInstant(month.periodStart, zone)} (${zone}): ` +
          (month.ledgerPruned ? 'ledger pruned' : `ledger ${month.ledgerContacts} contacts`) +
          `, active set ${month.activeSetContacts}, counter ${month.counter}` +
          (month.ledgerPruned
            ? ''
            : (month.missingFromActiveSet
                ? `, ${month.missingFromActiveSet} missing from the active set`
                : '') +
              (month.unexplained ? `, ${month.unexplained} without a ledger activity` : '') +
              (month.wrongFirstActivity ? `, ${month.wrongFirstActivity} with a wrong first activity` : '') +
              (month.activitiesOutsideMonth
                ? `, ${month.activitiesOutsideMonth} activities outside the month`
                : '')) +
          (month.firstsAfterBound
            ? `, ${month.firstsAfterBound} first activities after the month's latest_first_at`
            : '') +
          (month.wrongDayCounters
            ? `, ${month.wrongDayCounters} days whose activation counter is wrong`
            : ''),
      );
    }
    output.error(
      `verify: ${report.differences.length} of ${report.monthsChecked} usage months differ from the ledger`,
    );
    return 1;
  } finally {
    await store.close();
  }
}
