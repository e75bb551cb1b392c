import { readFileSync } from 'node:fs';
import { SingleBar } from 'cli-progress';
import { loadCatalog } from '../../billing/catalog.js';
import { importContacts } from '../../contacts/import-contacts.js';
import { openStore } from '../../store/store.js';
import type { Output } from '../output.js';

/** `tally import`: contacts from a CSV file into an account, with a progress bar and a report. */
export async function importCommand(
  url: string,
  accountId: string,
  file: string,
  output: Output,
  showProgress: boolean,
) {
  let csv: string;
  try {
    csv = readFileSync(file, 'utf8');
  } catch (error) {
    output.error(`cannot read ${file}: ${(error as Error).message}`);
    return 2;
  }
  const store = await openStore(url);
  const bar = new SingleBar({ format: 'import [{bar}] {value}/{total} rows', hideCursor: true });
  try {
    const account = await store.db
      .selectFrom('accounts')
      .select('account_id')
      .where('account_id', '=', accountId)
      .executeTakeFirst();
    if (!account) {
      output.error(`no account ${accountId}`);
      return 1;
    }
    let started = false;
    const report = await importContacts(store, loadCatalog(), accountId, csv, Date.now(), {
      onProgress: (done, total) => {
        if (!showProgress) return;
        if (!started) {
          bar.start(total, 0);
          started = true;
        }
        bar.update(done);
      },
    });
    if (started) bar.stop();
    output.out(
      `import: ${report.rows} rows — ${report.imported} imported, ${report.updated} updated, ${report.unchanged} unchanged, ${report.rejected.length} rejected`,
    );
    for (const rejected of report.rejected) output.out(`  row ${rejected.row}: ${rejected.reason}`);
    return 0;
  } finally {
    await store.close();
  }
}
