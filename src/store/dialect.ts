import type BetterSqlite3 from 'better-sqlite3';
import type { Expression, Kysely, RawBuilder, SelectQueryBuilder } from 'kysely';
import type pg from 'pg';
import type { Database } from './schema.js';

/** better-sqlite3's connection: synchronous statements, the fastest way to write a batch. */
export type SqliteConnection = BetterSqlite3.Database;

/** A statement prepared on the SQLite connection, kept for reuse. */
export type SqliteStatement = BetterSqlite3.Statement;

/** pg's pool: each write takes a connection of its own. */
export type PostgresPool = pg.Pool;

/** Runs one raw PostgreSQL statement, prepared under `name`, and answers its rows. */
export type StatementRunner = <Row>(
  name: string,
  text: string,
  values: unknown[],
) => Promise<{ rows: Row[] }>;

/**
 * An operation written once per driver, because a measured gain justifies it (the ledger's
 * batch write): the dialect runs the one for its engine, so the caller never asks which.
 */
export interface PerDriver<T> {
  /** On SQLite's one connection, synchronously, while no Kysely query uses it. */
  sqliteConnection(connection: SqliteConnection): T;
  /** On a PostgreSQL connection of its own, in a transaction it owns. */
  postgresPool(pool: PostgresPool): Promise<T>;
}

/** The same, inside the caller's open write transaction. */
export interface PerDriverWithin<T> {
  sqliteConnection(connection: SqliteConnection): T;
  postgresStatements(run: StatementRunner): Promise<T>;
}

/** One account's usage month in the ledger, named by its start. */
export interface LedgerMonth {
  accountId: string;
  periodStart: number;
}

/** What retention removed from the ledger. */
export interface LedgerRemoval {
  /** Ledger rows removed, in dropped partitions and by deletion. */
  ledgerRows: number;
  /** PostgreSQL partitions detached and dropped whole (none on SQLite). */
  partitionsDropped: string[];
}

/**
 * Every difference between the engines that code outside the store depends on, held in one
 * object per engine the way Kysely's dialect adapters hold theirs (decision 0044): callers
 * state what they need — a row lock, a write transaction, a retry — and never ask which
 * engine they are on. SQLite has one writer at a time, so most of its answers are "nothing
 * to do"; PostgreSQL's take the locks and retries that concurrent writers need.
 */
export interface Dialect {
  /**
   * Whether write transactions can usefully run side by side. False on SQLite: its write
   * transaction holds the only write lock, so parallel work would only queue.
   */
  readonly concurrentWriters: boolean;

  /**
   * Whether one statement can take a batch as array parameters (`unnest`) and write to
   * several tables in data-modifying WITH clauses (PostgreSQL); otherwise one statement
   * per table is needed.
   */
  readonly bulkWritesInOneStatement: boolean;

  /** Locks the rows the query reads against other writers until the transaction ends. */
  forUpdate<TB extends keyof Database & string, O>(
    query: SelectQueryBuilder<Database, TB, O>,
    of?: TB,
  ): SelectQueryBuilder<Database, TB, O>;

  /**
   * Locks the rows the query reads against FOR UPDATE (month close), while other key-share
   * holders (concurrent batches) go on.
   */
  forKeyShare<TB extends keyof Database & string, O>(
    query: SelectQueryBuilder<Database, TB, O>,
  ): SelectQueryBuilder<Database, TB, O>;

  /** The larger of two values: `greatest` on PostgreSQL, the scalar `max` on SQLite. */
  greatest(left: Expression<number> | RawBuilder<number>, right: number): RawBuilder<number>;

  /** A transaction that will write, started so that concurrent writers queue rather than fail. */
  inWriteTransaction<T>(work: (db: Kysely<Database>) => Promise<T>): Promise<T>;

  /**
   * Runs a whole transaction again after a deadlock or serialization failure. Safe because
   * such a failure rolls everything back, and all Tally writes are idempotent.
   */
  retryingConflicts<T>(transaction: () => Promise<T>): Promise<T>;

  /**
   * Runs `work` only if no other process holds the session lock (`lockClass`, schema);
   * answers undefined and does nothing if one does. The lock lasts for the whole of `work`,
   * however many transactions it runs.
   */
  withSessionLock<T>(lockClass: number, work: () => Promise<T>): Promise<T | undefined>;

  /**
   * Tells every instance sharing the database that an API key was revoked, inside the
   * revoking transaction `db` so the announcement goes out only if the revocation commits.
   * Nothing to do where no other instance caches keys (SQLite, decision 0047).
   */
  announceKeyRevocation(db: Kysely<Database>, keyId: string): Promise<void>;

  /**
   * Makes the ledger ready for the usage months around `now` so no write waits for DDL
   * (PostgreSQL: creates the months' partitions ahead and moves any rows the default
   * partition caught into partitions of their own); answers the partitions created.
   * Nothing to do on SQLite, whose ledger is one table. Safe to call often.
   */
  prepareLedgerMonths(now: number): Promise<string[]>;

  /**
   * The ledger partitions that removing these months would drop whole (PostgreSQL);
   * none on SQLite, which deletes rows.
   */
  ledgerPartitionsCoveredBy(db: Kysely<Database>, months: readonly LedgerMonth[]): Promise<string[]>;

  /**
   * Removes the ledger rows (and their fan-out members) of these account months inside the
   * caller's write transaction `db`: whole partitions where every month in them goes
   * (PostgreSQL), row deletion otherwise.
   */
  removeLedgerMonths(db: Kysely<Database>, months: readonly LedgerMonth[]): Promise<LedgerRemoval>;

  /** Runs the variant of an operation written for this engine's driver. */
  runPerDriver<T>(variants: PerDriver<T>): Promise<T>;

  /** Runs the variant for this engine's driver inside the caller's write transaction `db`. */
  runPerDriverWithin<T>(db: Kysely<Database>, variants: PerDriverWithin<T>): Promise<T>;
}
