import { createHash } from 'node:crypto';
import { statfsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import type { UsageCalendar } from '../domain/usage-calendar.js';
import { DatabaseUnavailableError } from './database-faults.js';
import { DatabaseHealth } from './database-health.js';
import type { Dialect } from './dialect.js';
import { migrateToLatest } from './migrate.js';
import { postgresDialect } from './postgres-dialect.js';
import { postgresRevocationFeed } from './postgres-revocation-feed.js';
import type { RevocationFeed } from './revocation-feed.js';
import type { Database } from './schema.js';
import { sqliteDialect } from './sqlite-dialect.js';

export type { Engine } from './engine.js';

interface StoreBase {
  readonly db: Kysely<Database>;
  /** Every engine difference code outside the store depends on; callers never ask the engine. */
  readonly dialect: Dialect;
  readonly url: string;
  /** Per-process cache of account calendars; safe because anchors never move. */
  readonly calendars: Map<string, UsageCalendar>;
  /**
   * Where the engine can tell every instance of a key revocation at once (PostgreSQL's
   * LISTEN/NOTIFY), the feed that says so; undefined where it cannot or need not (SQLite,
   * whose key lookup is a local read): then keys must not be cached (decision 0047).
   */
  readonly revocations: RevocationFeed | undefined;
  /** What this process last learned about the database's availability (faults, recovery). */
  readonly health: DatabaseHealth;
  /**
   * Bytes the database can still grow by before writes fail, where the engine can tell
   * (SQLite: the file system's free space, capped by `max_page_count`, plus free pages);
   * undefined where it cannot (PostgreSQL manages its own disk).
   */
  storageHeadroom(): number | undefined;
  /** Re-tunes what follows the database's size (SQLite's WAL checkpoint policy); call now and then. */
  adaptToSize(): void;
  close(): Promise<void>;
}

export interface SqliteStore extends StoreBase {
  readonly engine: 'sqlite';
  /** The raw connection, for the ingest hot path; use only through the dialect or `withSqliteConnection`. */
  readonly sqlite: BetterSqlite3.Database;
}

export interface PostgresStore extends StoreBase {
  readonly engine: 'postgres';
  readonly pool: pg.Pool;
  readonly schema: string | undefined;
}

export type Store = SqliteStore | PostgresStore;

export interface OpenStoreOptions {
  /** PostgreSQL only: the schema to use (created if missing), e.g. one per test. */
  schema?: string;
  /** PostgreSQL only: pool size. */
  maxConnections?: number;
  /** Run migrations on open (default true). */
  migrate?: boolean;
  /**
   * `full` (default): an acknowledged write survives a power loss as well as a crash.
   * `normal`: SQLite syncs the WAL only at checkpoints, so a power loss (never a process
   * crash) may lose the last acknowledged transactions; faster for small transactions.
   * PostgreSQL keeps its server's own setting (`synchronous_commit`) either way.
   */
  durability?: Durability;
  /** PostgreSQL only: how long to wait for a connection before answering unavailable (default 5 s). */
  connectTimeoutMs?: number;
  /** PostgreSQL only: a statement running longer is cancelled (default: none; `tally serve` sets one). */
  statementTimeoutMs?: number;
}

export type Durability = 'full' | 'normal';

export function isDurability(value: string): value is Durability {
  return value === 'full' || value === 'normal';
}

const int8Oid = 20;
const numericOid = 1700;

export function isPostgresUrl(url: string): boolean {
  return url.startsWith('postgres://') || url.startsWith('postgresql://');
}

/**
 * Opens the store named by `url`: a `postgres://` URL for PostgreSQL, anything else is a
 * SQLite file path (created on first use). Migrations run unless told otherwise.
 */
export async function openStore(url: string, options: OpenStoreOptions = {}): Promise<Store> {
  const store = isPostgresUrl(url) ? await openPostgres(url, options) : openSqlite(url, options);
  if (options.migrate ?? true) await migrateToLatest(store);
  return store;
}

function openSqlite(path: string, options: OpenStoreOptions): SqliteStore {
  const sqlite = new BetterSqlite3(path);
  // Larger pages halve the pages a batch of scattered inserts dirties; set before the file has tables.
  sqlite.pragma('page_size = 8192');
  sqlite.pragma('journal_mode = WAL');
  // FULL syncs the WAL on every commit, so an acknowledged batch survives a power loss;
  // NORMAL survives only a process crash (decision 0032).
  sqlite.pragma(`synchronous = ${(options.durability ?? 'full') === 'full' ? 'FULL' : 'NORMAL'}`);
  sqlite.pragma('busy_timeout = 10000');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('cache_size = -262144');
  // SQLite's own lower() folds only ASCII letters; PostgreSQL's folds every alphabet. One
  // Unicode-aware lower() here makes `lower(name) LIKE …` (contact search) mean the same
  // on both engines, so no query asks which engine it runs on. Nothing indexes lower().
  sqlite.function('lower', { deterministic: true }, (value: unknown) =>
    typeof value === 'string' ? value.toLowerCase() : value,
  );
  const health = new DatabaseHealth();
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
  const directory = dirname(resolve(path));
  const store: SqliteStore = {
    engine: 'sqlite',
    db,
    dialect: sqliteDialect(db, sqlite),
    url: path,
    sqlite,
    calendars: new Map(),
    health,
    revocations: undefined,
    storageHeadroom: () => sqliteHeadroom(sqlite, directory),
    adaptToSize: () => {
      sizeWalToDatabase(store);
    },
    close: () => db.destroy(),
  };
  sizeWalToDatabase(store);
  return store;
}

/**
 * The WAL checkpoint policy (decision 0032). A checkpoint copies the WAL's pages into the
 * database; until then the WAL only grows, and without a size limit its file keeps its
 * largest size for good. Checkpointing once the WAL holds as many pages as the database
 * keeps the WAL near the database's size at every size: a small database's disk is not
 * filled by its log, and a large one's ingest still checkpoints at most every 128 MiB
 * (a quarter of the database measured 22 % slower ingest; this, no slower than a fixed
 * 128 MiB). After a checkpoint the file is cut back to that size. Called at open and by
 * `tally serve`'s maintenance as the database grows.
 */
export function sizeWalToDatabase(store: SqliteStore): { checkpointPages: number; walLimitBytes: number } {
  const pages = Number(store.sqlite.pragma('page_count', { simple: true }));
  const pageSize = Number(store.sqlite.pragma('page_size', { simple: true }));
  const checkpointPages = Math.min(16_384, Math.max(1_024, pages));
  const walLimitBytes = checkpointPages * pageSize;
  store.sqlite.pragma(`wal_autocheckpoint = ${checkpointPages}`);
  store.sqlite.pragma(`journal_size_limit = ${walLimitBytes}`);
  return { checkpointPages, walLimitBytes };
}

function sqliteHeadroom(sqlite: BetterSqlite3.Database, directory: string): number {
  const pageSize = Number(sqlite.pragma('page_size', { simple: true }));
  const pages = Number(sqlite.pragma('page_count', { simple: true }));
  const maxPages = Number(sqlite.pragma('max_page_count', { simple: true }));
  const freePages = Number(sqlite.pragma('freelist_count', { simple: true }));
  const disk = statfsSync(directory);
  const diskFree = Number(disk.bavail) * Number(disk.bsize);
  return Math.min(diskFree, (maxPages - pages) * pageSize) + freePages * pageSize;
}

async function openPostgres(url: string, options: OpenStoreOptions): Promise<PostgresStore> {
  const schema = options.schema;
  if (schema !== undefined && !/^[a-z_][a-z0-9_]*$/.test(schema)) {
    throw new Error(`invalid schema name: ${schema}`);
  }
  if (schema !== undefined) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    } finally {
      await client.end();
    }
  }
  const health = new DatabaseHealth();
  // Shared by the pool and the revocation listener, which must see the same schema.
  const connection: pg.ClientConfig = {
    connectionString: url,
    application_name: 'tally',
    // Without a bound, a request waits forever for a connection to a host that is gone.
    connectionTimeoutMillis: options.connectTimeoutMs ?? 5_000,
    keepAlive: true,
    ...(options.statementTimeoutMs === undefined ? {} : { statement_timeout: options.statementTimeoutMs }),
    ...(schema === undefined ? {} : { options: `-c search_path=${schema}` }),
  };
  const pool = new pg.Pool({
    ...connection,
    max: options.maxConnections ?? 10,
    // Counters and instants are int8; they stay far below 2^53, so numbers are exact.
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        oid === int8Oid || oid === numericOid
          ? (value: string) => Number(value)
          : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
    },
  });
  surviveLostConnections(pool, health);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: withPreparedStatements(pool) }) });
  // Connects only once subscribed to (`tally serve`), so CLI commands open no extra connection.
  const revocations = postgresRevocationFeed(connection);
  return {
    engine: 'postgres',
    db,
    dialect: postgresDialect(db, pool),
    url,
    pool,
    schema,
    calendars: new Map(),
    health,
    revocations,
    storageHeadroom: () => undefined,
    adaptToSize: () => {},
    close: async () => {
      await revocations.close();
      await db.destroy();
    },
  };
}

/**
 * A connection the server ends (a restart, a failover, `pg_terminate_backend`) emits
 * 'error' on its client. pg-pool listens only while a client is idle; a checked-out client
 * without a listener would crash the process. Every client gets a listener for its whole
 * life: the query it was running fails (and its request answers 503), the broken client is
 * dropped when released, and the pool opens a new one on the next demand.
 *
 * A connect that fails is thrown as `DatabaseUnavailableError` whatever the server said,
 * since not getting a connection at all is what makes the database unavailable.
 */
function surviveLostConnections(pool: pg.Pool, health: DatabaseHealth): void {
  pool.on('error', (error) => health.report('unavailable', error));
  pool.on('connect', (client) => {
    client.on('error', (error) => health.report('unavailable', error));
  });
  const connect = pool.connect.bind(pool) as (callback?: unknown) => unknown;
  (pool as unknown as { connect: unknown }).connect = (callback?: unknown) => {
    // pg's own pool.query passes a callback; Kysely and Tally use the promise.
    if (typeof callback === 'function') return connect(callback);
    return (connect() as Promise<pg.PoolClient>).catch((error: unknown) => {
      throw new DatabaseUnavailableError(error);
    });
  };
}

/**
 * Kysely prepares every query anew; on SQLite preparing costs more than running a small
 * query. Kysely's queries have a small, fixed set of SQL texts (values are parameters), so
 * prepared statements are cached by text, with a bound so generated SQL cannot grow it forever.
 */
function withStatementCache(sqlite: BetterSqlite3.Database): BetterSqlite3.Database {
  const cache = new Map<string, BetterSqlite3.Statement>();
  const maxStatements = 500;
  return new Proxy(sqlite, {
    get(target, property, receiver) {
      if (property !== 'prepare') return Reflect.get(target, property, receiver);
      return (text: string) => {
        let statement = cache.get(text);
        if (!statement) {
          if (cache.size >= maxStatements) cache.clear();
          statement = target.prepare(text);
          cache.set(text, statement);
        }
        return statement;
      };
    },
  });
}

/**
 * Kysely sends every query as unnamed, so PostgreSQL parses and plans it each time. Its
 * queries have a small, fixed set of SQL texts, so each connection prepares them once,
 * named by a hash of the text (bounded, so generated SQL cannot grow it forever).
 */
function withPreparedStatements(pool: pg.Pool): pg.Pool {
  const patched = new WeakSet<pg.PoolClient>();
  const maxStatements = 500;
  const prepare = (client: pg.PoolClient) => {
    if (patched.has(client)) return client;
    patched.add(client);
    const query = client.query.bind(client) as (...args: unknown[]) => Promise<unknown>;
    const names = new Set<string>();
    (client as unknown as { query: unknown }).query = (...args: unknown[]) => {
      const [text, values] = args;
      // Only Kysely's promise-style (text, values) calls; pg's own callback-style calls pass through.
      if (args.length !== 2 || typeof text !== 'string' || !Array.isArray(values) || values.length === 0) {
        return query(...args);
      }
      const name = `tally_${createHash('sha1').update(text).digest('hex').slice(0, 24)}`;
      if (!names.has(name)) {
        if (names.size >= maxStatements) return query(text, values);
        names.add(name);
      }
      return query({ name, text, values });
    };
    return client;
  };
  return new Proxy(pool, {
    get(target, property, receiver) {
      if (property !== 'connect') return Reflect.get(target, property, receiver);
      return async () => prepare(await target.connect());
    },
  });
}

/**
 * Runs synchronous work on the raw SQLite connection while holding Kysely's connection
 * mutex, so it never interleaves with a Kysely transaction on the same connection.
 */
export function withSqliteConnection<T>(
  store: SqliteStore,
  work: (sqlite: BetterSqlite3.Database) => T,
): Promise<T> {
  return store.db.connection().execute(async () => work(store.sqlite));
}

/** Drops a PostgreSQL schema; used by tests and benchmarks that made their own. */
export async function dropPostgresSchema(url: string, schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  } finally {
    await client.end();
  }
}

export { sql };
