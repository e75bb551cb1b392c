import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dropPostgresSchema, type Engine, openStore, type Store } from '../../src/store/store.js';
import { postgresTestUrl } from './engines.js';

/** A store on a fresh, empty database with no migration applied: for upgrade tests. */
export async function openUnmigratedStore(
  engine: Engine,
): Promise<{ store: Store; dispose(): Promise<void> }> {
  if (engine === 'sqlite') {
    const directory = mkdtempSync(join(tmpdir(), 'tally-migrate-'));
    const store = await openStore(join(directory, 'tally.db'), { migrate: false });
    return {
      store,
      dispose: async () => {
        await store.close();
        rmSync(directory, { recursive: true, force: true });
      },
    };
  }
  const schema = `tally_migrate_${randomBytes(5).toString('hex')}`;
  const store = await openStore(postgresTestUrl, { schema, migrate: false });
  return {
    store,
    dispose: async () => {
      await store.close();
      await dropPostgresSchema(postgresTestUrl, schema);
    },
  };
}
