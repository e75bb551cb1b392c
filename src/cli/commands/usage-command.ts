import { findAccount } from '../../accounts/account-repository.js';
import { formatInstant } from '../../domain/usage-month.js';
import { readUsageCount } from '../../metering/usage-count.js';
import { openStore } from '../../store/store.js';
import type { Output } from '../output.js';

/** `tally usage`: the active count of an account's usage month (the current one by default). */
export async function usageCommand(
  url: string,
  accountId: string,
  atIso: string | undefined,
  output: Output,
) {
  const at = atIso === undefined ? Date.now() : Date.parse(atIso);
  if (Number.isNaN(at)) {
    output.error(`--at must be an ISO-8601 instant, e.g. 2026-03-15T12:00:00Z (got "${atIso}")`);
    return 2;
  }
  const store = await openStore(url);
  try {
    const account = await findAccount(store.db, accountId);
    if (!account) {
      output.error(`no account ${accountId}`);
      return 1;
    }
    const usage = await readUsageCount(store, accountId, at);
    if (!usage) {
      output.error(`account ${accountId} had not started at ${new Date(at).toISOString()}`);
      return 1;
    }
    output.out(
      `${account.name} (${account.id}) usage month ${formatInstant(usage.month.start, account.timeZone)} – ` +
        `${formatInstant(usage.month.end, account.timeZone)}: ${usage.activeContacts} active contacts`,
    );
    return 0;
  } finally {
    await store.close();
  }
}
