import { migrateToLatest } from '../../store/migrate.js';
import { openStore } from '../../store/store.js';
import type { Output } from '../output.js';

/** `tally migrate`: apply pending schema migrations (start-up does this too). */
export async function migrateCommand(url: string, output: Output): Promise<number> {
  const store = await openStore(url, { migrate: false });
  try {
    const applied = await migrateToLatest(store);
    output.out(
      applied.length === 0 ? 'migrate: schema is up to date' : `migrate: applied ${applied.join(', ')}`,
    );
    return 0;
  } finally {
    await store.close();
  }
}
