import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { dropPostgresSchema, type Engine, openStore, type Store } from '../src/store/store.js';

export const postgresBenchUrl =
  process.env.TALLY_BENCH_DATABASE_URL ??
  process.env.TALLY_TEST_DATABASE_URL ??
  'postgres://postgres@127.0.0.1:5432/test';

/** PostgreSQL connections used for ingest, as in the issue's reference measurement. */
export const postgresConnections = 4;

/**
 * Where a benchmark database lives, so a later phase in another process can open it again:
 * the SQLite file's path, or the PostgreSQL schema's name.
 */
export interface BenchDatabaseHandle {
  engine: Engine;
  location: string;
}

export interface BenchDatabase {
  store: Store;
  handle: BenchDatabaseHandle;
  /** Closes the store and leaves the database for a later phase. */
  close(): Promise<void>;
  /** Closes the store and throws the database away. */
  dispose(): Promise<void>;
}

/** A fresh database for one benchmark run: a new SQLite file or a new PostgreSQL schema. */
export async function openBenchDatabase(
  engine: Engine,
  migrate: boolean,
  connections = postgresConnections,
): Promise<BenchDatabase> {
  const location =
    engine === 'sqlite'
      ? join(mkdtempSync(join(tmpdir(), 'tally-bench-')), 'bench.db')
      : `tally_bench_${randomBytes(5).toString('hex')}`;
  return reopenBenchDatabase({ engine, location }, migrate, connections);
}

/** Opens a database an earlier phase left behind. */
export async function reopenBenchDatabase(
  handle: BenchDatabaseHandle,
  migrate: boolean,
  connections = postgresConnections,
): Promise<BenchDatabase> {
  const store =
    handle.engine === 'sqlite'
      ? await openStore(handle.location, { migrate })
      : await openStore(postgresBenchUrl, { schema: handle.location, migrate, maxConnections: connections });
  return {
    store,
    handle,
    close: () => store.close(),
    dispose: async () => {
      await store.close();
      await dropBenchDatabase(handle);
    },
  };
}

export async function dropBenchDatabase(handle: BenchDatabaseHandle): Promise<void> {
  if (handle.engine === 'sqlite') rmSync(dirname(handle.location), { recursive: true, force: true });
  else await dropPostgresSchema(postgresBenchUrl, handle.location);
}

/** The database as one URL, as `tally serve` takes it. */
export function serveUrlOf(handle: BenchDatabaseHandle): string {
  return handle.engine === 'sqlite'
    ? handle.location
    : `${postgresBenchUrl}?options=${encodeURIComponent(`-c search_path=${handle.location}`)}`;
}
