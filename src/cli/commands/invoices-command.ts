import { findAccount } from '../../accounts/account-repository.js';
import { listInvoices } from '../../billing/invoice-repository.js';
import { formatCents } from '../../domain/money.js';
import { formatInstant } from '../../domain/usage-month.js';
import { openStore } from '../../store/store.js';
import type { Output } from '../output.js';

/** `tally invoices`: an account's invoices (or everyone's), one line each. */
export async function invoicesCommand(url: string, accountId: string | undefined, output: Output) {
  const store = await openStore(url);
  try {
    let after: number | undefined;
    for (;;) {
      const invoices = await listInvoices(store.db, accountId, {
        limit: 500,
        ...(after === undefined ? {} : { after }),
      });
      for (const invoice of invoices) {
        const zone = (await findAccount(store.db, invoice.accountId))?.timeZone ?? 'UTC';
        const period = invoice.period
          ? ` ${formatInstant(invoice.period.start, zone).slice(0, 10)}–${formatInstant(invoice.period.end, zone).slice(0, 10)}`
          : '';
        output.out(
          `${invoice.number}  ${formatInstant(invoice.issuedAt, zone).slice(0, 10)}  ${invoice.accountId}  ${invoice.kind.padEnd(11)}${period}  EUR ${formatCents(invoice.total)}`,
        );
      }
      if (invoices.length < 500) return 0;
      after = invoices.at(-1)?.sequence;
    }
  } finally {
    await store.close();
  }
}
