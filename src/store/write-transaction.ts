import { type Kysely, sql } from 'kysely';
import type { Database } from './schema.js';
import type { Store } from './store.js';

/**
 * A transaction that will write. On PostgreSQL, an ordinary transaction (row locks do the
 * rest). On SQLite, BEGIN IMMEDIATE: the write lock is taken up front, so two processes
 * sharing the file queue on the busy timeout instead of failing when a reader upgrades.
 */
export async function inWriteTransaction<T>(
  store: Store,
  work: (db: Kysely<Database>) => Promise<T>,
): Promise<T> {
  if (store.engine === 'postgres') return store.db.transaction().execute(work);
  return store.db.connection().execute(async (connection) => {
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
