import { createApiKey, listApiKeys, revokeApiKey } from '../../accounts/api-keys.js';
import { loadCatalog } from '../../billing/catalog.js';
import { listInvoices } from '../../billing/invoice-repository.js';
import { listUsageMonths } from '../../billing/usage-history.js';
import { seedDemoAccount } from '../../demo/demo-account.js';
import { formatCents } from '../../domain/money.js';
import { formatInstant } from '../../domain/usage-month.js';
import { verifyMetering } from '../../metering/verify-metering.js';
import { openStore } from '../../store/store.js';
import { closeDueMonths, defaultGraceMs } from '../../use-cases/close-due-months.js';
import type { Output } from '../output.js';
import { type ServeOptions, serveCommand } from './serve-command.js';

export interface DemoOptions extends ServeOptions {
  /** Seed and report, then exit instead of serving (CI, scripts). */
  serve: boolean;
  /** The demo's "now"; the system clock unless a test pins it. */
  now?: number;
}

/** The label of the key each demo run prints; the previous run's is revoked. */
const demoKeyLabel = 'tally demo';
const demoAccountName = 'Demo GmbH';

/**
 * `tally demo`: the demo account on the embedded database (seeded on the first run, reused
 * after), its due months closed so its invoices exist, a fresh API key to sign in with, and
 * then `tally serve` with the dashboard.
 */
export async function demoCommand(options: DemoOptions, output: Output): Promise<number> {
  const now = options.now ?? Date.now();
  const catalog = loadCatalog();
  const store = await openStore(options.database);
  let apiKey: string;
  let healthy: boolean;
  try {
    const started = performance.now();
    const { account, seeded, contactsCreated } = await seedDemoAccount(store, catalog, now);
    await closeDueMonths(store, catalog, { asOf: now, graceMs: defaultGraceMs, now });
    // Only a hash of each key is stored, so a rerun cannot show the old key again: it
    // issues a new one and revokes the previous demo key.
    for (const key of await listApiKeys(store.db, account.id)) {
      if (key.label === demoKeyLabel && key.revokedAt === undefined) {
        await revokeApiKey(store, account.id, key.keyId, now);
      }
    }
    apiKey = (await createApiKey(store.db, account.id, demoKeyLabel, now)).token;

    const months = (await listUsageMonths(store, catalog, account.id, now, 24)) ?? [];
    const invoices = await listInvoices(store.db, account.id, { limit: 500 });
    const report = await verifyMetering(store);
    healthy = report.differences.length === 0;
    output.out(`Tally demo on ${options.database}`);
    output.out(
      seeded
        ? `Seeded ${account.name} (${account.id}): ${contactsCreated} contacts over ${months.length} usage months in ${((performance.now() - started) / 1000).toFixed(1)} s`
        : `Reusing ${account.name} (${account.id}) from an earlier run: nothing recorded twice`,
    );
    output.out('Usage months (Grow, 250 active contacts included):');
    for (const month of [...months].reverse()) {
      const over =
        month.overusage > 0 ? `, ${month.overusage} over (€${formatCents(month.overusageCost)})` : '';
      output.out(
        `  ${formatInstant(month.month.start, account.timeZone).slice(0, 10)}  ${String(month.activeContacts).padStart(4)} active${over}${month.closed ? ', closed' : ', open'}`,
      );
    }
    output.out(`Invoices: ${invoices.length} (${invoices.map((invoice) => invoice.number).join(', ')})`);
    output.out(
      healthy
        ? `Verify: ${report.monthsChecked} usage months match the activity ledger exactly`
        : `Verify: ${report.differences.length} usage months differ from the ledger (run tally verify)`,
    );
    output.out(`API key of ${account.name} (new each run; the previous one is revoked): ${apiKey}`);
  } finally {
    await store.close();
  }
  if (!healthy) return 1;
  if (!options.serve) return 0;
  // The demo's terminal shows where to sign in; a request log would scroll it away.
  const logger = process.env.TALLY_LOG === 'on';
  return serveCommand({ ...options, logger }, output, (url) => {
    output.out(`Open ${url}/ and sign in with the API key of ${demoAccountName} above.`);
  });
}
