import type { Kysely } from 'kysely';
import type { Database } from './schema.js';
import type { Store } from './store.js';

/**
 * A transaction that will write, begun the way the store's engine needs so that concurrent
 * writers queue instead of failing (see each dialect's `inWriteTransaction`).
 */
export function inWriteTransaction<T>(store: Store, work: (db: Kysely<Database>) => Promise<T>): Promise<T> {
  return store.dialect.inWriteTransaction(work);
}
