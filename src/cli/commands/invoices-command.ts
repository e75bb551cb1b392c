import { findAccount } from '../../accounts/account-repository.js';
import { loadCatalog } from '../../billing/catalog.js';
import { listInvoices } from '../../billing/invoice-repository.js';
import { type SettledInvoice, settledInvoices } from '../../billing/settled-invoices.js';
import { formatCents } from '../../domain/money.js';
import { formatInstant } from '../../domain/usage-month.js';
import { openStore } from '../../store/store.js';
import type { Output } from '../output.js';

const pageSize = 500;

/** The table's columns: heading and width (the last is not padded). */
const columns = [
  ['number', 10],
  ['issued', 10],
  ['account', 20],
  ['kind', 11],
  ['period', 21],
  ['total', 13],
  ['status', 7],
  ['due', 10],
  ['amount due', 0],
] as const;

function row(cells: readonly string[]): string {
  return cells
    .map((cell, index) => {
      const width = columns[index]?.[1] ?? 0;
      // Money is right-aligned so the decimal points line up.
      return index === 5 || index === 8 ? cell.padStart(width) : cell.padEnd(width);
    })
    .join('  ')
    .trimEnd();
}

/**
 * `tally invoices`: an account's invoices (or everyone's), one line each, with the status, due
 * date and amount due at `--at` (default now) — the same figures `GET /v1/invoices` answers,
 * from the same functions (decision 0046). A credit note has no due date ("-") and nothing due.
 */
export async function invoicesCommand(
  url: string,
  accountId: string | undefined,
  output: Output,
  atIso?: string,
) {
  const now = atIso === undefined ? Date.now() : Date.parse(atIso);
  if (Number.isNaN(now)) {
    output.error(`--at must be an ISO-8601 instant, e.g. 2026-03-15T12:00:00Z (got "${atIso}")`);
    return 2;
  }
  const catalog = loadCatalog();
  const store = await openStore(url);
  try {
    if (accountId !== undefined && !(await findAccount(store.db, accountId))) {
      output.error(`no account ${accountId}`);
      return 1;
    }
    const zones = new Map<string, string>();
    const zoneOf = async (id: string) => {
      let zone = zones.get(id);
      if (zone === undefined) {
        zone = (await findAccount(store.db, id))?.timeZone ?? 'UTC';
        zones.set(id, zone);
      }
      return zone;
    };
    output.out(row(columns.map(([heading]) => heading)));
    let after: number | undefined;
    for (;;) {
      const invoices = await listInvoices(store.db, accountId, {
        limit: pageSize,
        ...(after === undefined ? {} : { after }),
      });
      for (const invoice of invoices) await zoneOf(invoice.accountId);
      const settled = await settledInvoices(
        store.db,
        invoices,
        catalog.seller,
        (invoice) => zones.get(invoice.accountId) ?? 'UTC',
        now,
      );
      for (const entry of settled) output.out(line(entry, zones.get(entry.invoice.accountId) ?? 'UTC'));
      if (invoices.length < pageSize) return 0;
      after = invoices.at(-1)?.sequence;
    }
  } finally {
    await store.close();
  }
}

function line({ invoice, due, settlement }: SettledInvoice, zone: string): string {
  const day = (instant: number) => formatInstant(instant, zone).slice(0, 10);
  const euros = (cents: number) => `${invoice.currency} ${formatCents(cents)}`;
  return row([
    invoice.number,
    day(invoice.issuedAt),
    invoice.accountId,
    invoice.kind,
    invoice.period ? `${day(invoice.period.start)}–${day(invoice.period.end)}` : '-',
    euros(invoice.total),
    settlement.status,
    due?.date ?? '-',
    euros(settlement.amountDue),
  ]);
}
