import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dropPostgresSchema, type Engine, openStore, type Store } from '../src/store/store.js';

export const postgresBenchUrl =
  process.env.TALLY_BENCH_DATABASE_URL ??
  process.env.TALLY_TEST_DATABASE_URL ??
  'postgres://postgres@127.0.0.1:5432/test';

/** PostgreSQL connections used for ingest, as in the reference measurement. */
export const postgresConnections = 4;

export interface BenchDatabase {
  store: Store;
  dispose(): Promise<void>;
}

/** A fresh database for one benchmark run: a new SQLite file or a new PostgreSQL schema. */
export async function openBenchDatabase(
  engine: Engine,
  migrate: boolean,
  connections = postgresConnections,
): Promise<BenchDatabase> {
  if (engine === 'sqlite') {
    const directory = mkdtempSync(join(tmpdir(), 'tally-bench-'));
    const store = await openStore(join(directory, 'bench.db'), { migrate });
    return {
      store,
      dispose: async () => {
        await store.close();
        rmSync(directory, { recursive: true, force: true });
      },
    };
  }
  const schema = `tally_bench_${randomBytes(5).toString('hex')}`;
  const store = await openStore(postgresBenchUrl, { schema, migrate, maxConnections: connections });
  return {
    store,
    dispose: async () => {
      await store.close();
      await dropPostgresSchema(postgresBenchUrl, schema);
    },
  };
}
