import { type Kysely, sql } from 'kysely';
import type { Dialect, SqliteConnection } from './dialect.js';
import type { Database } from './schema.js';
import { removeSqliteLedgerMonths } from './sqlite-ledger-retention.js';

/**
 * SQLite has one writer at a time: a write transaction takes the database's write lock up
 * front, so row locks, conflict retries and session locks have nothing left to do.
 */
export function sqliteDialect(db: Kysely<Database>, connection: SqliteConnection): Dialect {
  return {
    concurrentWriters: false,
    bulkWritesInOneStatement: false,
    forUpdate: (query) => query,
    forKeyShare: (query) => query,
    greatest: (left, right) => sql<number>`max(${left}, ${right})`,
    inWriteTransaction: (work) => inImmediateTransaction(db, work),
    retryingConflicts: (transaction) => transaction(),
    // One process owns the file: no other instance can be running the same work.
    withSessionLock: (_lockClass, work) => work(),
    // Instances on SQLite cache no keys (decision 0047): every request reads its key.
    announceKeyRevocation: async () => {},
    // The ledger is one table: nothing to create ahead, and retention deletes rows.
    prepareLedgerMonths: async () => [],
    ledgerPartitionsCoveredBy: async () => [],
    removeLedgerMonths: (within, months) => removeSqliteLedgerMonths(within, months),
    // Kysely's connection mutex keeps the raw work from interleaving with a Kysely transaction.
    runPerDriver: (variants) => db.connection().execute(async () => variants.sqliteConnection(connection)),
    // The caller's transaction already holds the one connection.
    runPerDriverWithin: async (_db, variants) => variants.sqliteConnection(connection),
  };
}

/**
 * BEGIN IMMEDIATE: the write lock is taken up front, so two processes sharing the file
 * queue on the busy timeout instead of failing when a reader upgrades.
 */
function inImmediateTransaction<T>(
  db: Kysely<Database>,
  work: (db: Kysely<Database>) => Promise<T>,
): Promise<T> {
  return db.connection().execute(async (connection) => {
    await sql`BEGIN IMMEDIATE`.execute(connection);
    try {
      const result = await work(connection);
      await sql`COMMIT`.execute(connection);
      return result;
    } catch (error) {
      // After some errors (a full disk, an I/O error) SQLite has already rolled back, and
      // ROLLBACK itself fails: the error that matters is the first one.
      await sql`ROLLBACK`.execute(connection).catch(() => {});
      throw error;
    }
  });
}
