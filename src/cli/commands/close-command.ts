import { loadCatalog } from '../../billing/catalog.js';
import { openStore } from '../../store/store.js';
import { closeDueMonths } from '../../use-cases/close-due-months.js';
import type { Output } from '../output.js';

/** `tally close`: close every due usage month and issue due invoices, then report. */
export async function closeCommand(
  url: string,
  asOfIso: string | undefined,
  graceMs: number,
  output: Output,
) {
  const now = Date.now();
  const asOf = asOfIso === undefined ? now : Date.parse(asOfIso);
  if (Number.isNaN(asOf) || asOf > now) {
    output.error(`--as-of must be an ISO-8601 instant that is not in the future (got "${asOfIso}")`);
    return 2;
  }
  const store = await openStore(url);
  try {
    await store.dialect.prepareLedgerMonths(now);
    const report = await closeDueMonths(store, loadCatalog(), { asOf, graceMs, now });
    output.out(
      `close: ${report.accounts} accounts, ${report.monthsClosed} usage months closed, ` +
        `${report.overusageInvoices} overusage invoices, ${report.upfrontInvoices} upfront invoices`,
    );
    return 0;
  } finally {
    await store.close();
  }
}
