import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dropPostgresSchema, type Engine, openStore, type Store } from '../../src/store/store.js';

export const postgresTestUrl =
  process.env.TALLY_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** A store on a fresh database of its own, and how to throw it away. */
export interface TestDatabase {
  store: Store;
  /** What `openStore` needs to open the same database again (e.g. from a second process). */
  url: string;
  schema: string | undefined;
  dispose(): Promise<void>;
}

export const engines: readonly Engine[] = ['sqlite', 'postgres'];

/** The database as one URL, as the CLI takes it: a PostgreSQL test schema travels in the URL's options. */
export function databaseUrlOf(database: TestDatabase): string {
  return database.schema === undefined
    ? database.url
    : `${database.url}?options=${encodeURIComponent(`-c search_path=${database.schema}`)}`;
}

/** A fresh SQLite file, or a fresh PostgreSQL schema so parallel test files never collide. */
export async function createTestDatabase(engine: Engine): Promise<TestDatabase> {
  if (engine === 'sqlite') {
    const directory = mkdtempSync(join(tmpdir(), 'tally-test-'));
    const url = join(directory, 'tally.db');
    const store = await openStore(url);
    return {
      store,
      url,
      schema: undefined,
      dispose: async () => {
        await store.close();
        rmSync(directory, { recursive: true, force: true });
      },
    };
  }
  const schema = `tally_test_${randomBytes(6).toString('hex')}`;
  const store = await openStore(postgresTestUrl, { schema });
  return {
    store,
    url: postgresTestUrl,
    schema,
    dispose: async () => {
      await store.close();
      await dropPostgresSchema(postgresTestUrl, schema);
    },
  };
}
