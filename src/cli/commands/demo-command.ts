import { seedMeteringDemo } from '../../demo/metering-demo.js';
import { formatInstant } from '../../domain/usage-month.js';
import { listActiveContacts } from '../../metering/list-active-contacts.js';
import { readUsageCount } from '../../metering/usage-count.js';
import { verifyMetering } from '../../metering/verify-metering.js';
import { openStore } from '../../store/store.js';
import type { Output } from '../output.js';

/** `tally demo`: seed the demo account on the embedded database and show its usage. */
export async function demoCommand(url: string, output: Output): Promise<number> {
  const store = await openStore(url);
  try {
    const { account, month, activitiesRecorded, apiKey } = await seedMeteringDemo(store);
    const usage = await readUsageCount(store, account.id, month.start);
    const byKind = new Map<string, number>();
    const examples: string[] = [];
    let after: string | undefined;
    do {
      const page = await listActiveContacts(store, account.id, {
        at: month.start,
        limit: 1000,
        ...(after === undefined ? {} : { after }),
      });
      for (const contact of page?.contacts ?? []) {
        const { kind, actor, occurredAt } = contact.firstActivity;
        byKind.set(kind, (byKind.get(kind) ?? 0) + 1);
        if (examples.length < 5 && !examples.some((line) => line.includes(kind))) {
          examples.push(
            `  ${contact.contactId}: ${kind} by ${actor} at ${formatInstant(occurredAt, account.timeZone)}`,
          );
        }
      }
      after = page?.nextCursor;
    } while (after);
    const report = await verifyMetering(store);

    output.out(`Tally metering demo on ${url}`);
    output.out(`Account ${account.name} (${account.id}), time zone ${account.timeZone}, Grow monthly`);
    if (apiKey) output.out(`API key of the demo account (shown once; use it with tally serve): ${apiKey}`);
    output.out(
      `Usage month ${formatInstant(month.start, account.timeZone)} – ${formatInstant(month.end, account.timeZone)}`,
    );
    output.out(
      `Activities recorded this run: ${activitiesRecorded} (a second run records none: keys are idempotent)`,
    );
    output.out(`Active contacts: ${usage?.activeContacts ?? 0}`);
    output.out('Counted because of their first qualifying activity:');
    for (const [kind, contacts] of [...byKind].sort((a, b) => b[1] - a[1])) {
      output.out(`  ${kind.padEnd(24)} ${String(contacts).padStart(5)}`);
    }
    output.out('Why some contacts count:');
    for (const line of examples) output.out(line);
    output.out(
      report.differences.length === 0
        ? `Verify: ${report.monthsChecked} usage months match the activity ledger exactly`
        : `Verify: ${report.differences.length} usage months differ from the ledger (run tally verify)`,
    );
    return report.differences.length === 0 ? 0 : 1;
  } finally {
    await store.close();
  }
}
