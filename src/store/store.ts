import { createHash } from 'node:crypto';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import type { UsageCalendar } from '../domain/usage-calendar.js';
import { migrateToLatest } from './migrate.js';
import type { Database } from './schema.js';

export type Engine = 'sqlite' | 'postgres';

interface StoreBase {
  readonly db: Kysely<Database>;
  readonly url: string;
  /** Per-process cache of account calendars; safe because anchors never move. */
  readonly calendars: Map<string, UsageCalendar>;
  close(): Promise<void>;
}

export interface SqliteStore extends StoreBase {
  readonly engine: 'sqlite';
  /** The raw connection, for the ingest hot path; use only inside `withSqliteConnection`. */
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
  const store = isPostgresUrl(url) ? await openPostgres(url, options) : openSqlite(url);
  if (options.migrate ?? true) await migrateToLatest(store);
  return store;
}

function openSqlite(path: string): SqliteStore {
  const sqlite = new BetterSqlite3(path);
  // Larger pages halve the pages a batch of scattered inserts dirties; set before the file has tables.
  sqlite.pragma('page_size = 8192');
  sqlite.pragma('journal_mode = WAL');
  // NORMAL is durable across application crashes in WAL mode; only an OS crash can lose
  // the last transactions, never corrupt the file.
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('busy_timeout = 10000');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('cache_size = -262144');
  // A 10k-activity batch dirties thousands of pages; checkpointing after every such commit
  // (the default threshold is 1,000 pages) would copy each page twice as often.
  sqlite.pragma('wal_autocheckpoint = 16384');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
  return {
    engine: 'sqlite',
    db,
    url: path,
    sqlite,
    calendars: new Map(),
    close: () => db.destroy(),
  };
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
  const pool = new pg.Pool({
    connectionString: url,
    max: options.maxConnections ?? 10,
    ...(schema === undefined ? {} : { options: `-c search_path=${schema}` }),
    // Counters and instants are int8; they stay far below 2^53, so numbers are exact.
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        oid === int8Oid || oid === numericOid
          ? (value: string) => Number(value)
          : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
    },
  });
  // An idle connection the server ends (a restart, a terminated backend) is dropped by the
  // pool and replaced on demand; without a listener its error would crash the process.
  pool.on('error', () => {});
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: withPreparedStatements(pool) }) });
  return {
    engine: 'postgres',
    db,
    url,
    pool,
    schema,
    calendars: new Map(),
    close: () => db.destroy(),
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
