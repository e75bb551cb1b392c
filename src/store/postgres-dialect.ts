import { CompiledQuery, type Kysely, sql } from 'kysely';
import type { Dialect, PostgresPool } from './dialect.js';
import {
  postgresPartitionsCoveredBy,
  preparePostgresLedgerMonths,
  removePostgresLedgerMonths,
} from './postgres-ledger-partitions.js';
import { withPostgresRetry } from './postgres-retry.js';
import { announcePostgresRevocation } from './postgres-revocation-feed.js';
import type { Database } from './schema.js';

/**
 * PostgreSQL runs writers side by side: ordinary transactions with row locks, retried on
 * deadlock or serialization failure, and advisory locks for work that spans transactions.
 */
export function postgresDialect(db: Kysely<Database>, pool: PostgresPool): Dialect {
  return {
    concurrentWriters: true,
    bulkWritesInOneStatement: true,
    forUpdate: (query, of) => query.forUpdate(of),
    forKeyShare: (query) => query.forKeyShare(),
    greatest: (left, right) => sql<number>`greatest(${left}, ${right})`,
    inWriteTransaction: (work) => db.transaction().execute(work),
    retryingConflicts: (transaction) => withPostgresRetry(transaction),
    withSessionLock: (lockClass, work) => withSchemaSessionLock(pool, lockClass, work),
    announceKeyRevocation: (within, keyId) => announcePostgresRevocation(within, keyId),
    prepareLedgerMonths: (now) => preparePostgresLedgerMonths(db, now),
    ledgerPartitionsCoveredBy: (within, months) => postgresPartitionsCoveredBy(within, months),
    removeLedgerMonths: (within, months) => removePostgresLedgerMonths(within, months),
    runPerDriver: (variants) => variants.postgresPool(pool),
    runPerDriverWithin: (within, variants) =>
      variants.postgresStatements(
        async (_name, text, values) => within.executeQuery(CompiledQuery.raw(text, values)) as never,
      ),
  };
}

/**
 * The lock is session-scoped, on a connection of its own for the length of `work`: a
 * transaction-scoped lock would not cover work of many transactions. If that connection
 * breaks, PostgreSQL releases the lock and another instance may start while this one
 * finishes, so `work` must stay correct (if slower) when run twice. The second half of
 * the key is the schema's hash, so databases shared by schema (tests, tenants) each have
 * their own lock.
 */
async function withSchemaSessionLock<T>(
  pool: PostgresPool,
  lockClass: number,
  work: () => Promise<T>,
): Promise<T | undefined> {
  const client = await pool.connect();
  try {
    const taken = await client.query<{ locked: boolean }>(
      'SELECT pg_try_advisory_lock($1, hashtext(current_schema())) AS locked',
      [lockClass],
    );
    if (taken.rows[0]?.locked !== true) return undefined;
    try {
      return await work();
    } finally {
      await client.query('SELECT pg_advisory_unlock($1, hashtext(current_schema()))', [lockClass]);
    }
  } finally {
    client.release();
  }
}
