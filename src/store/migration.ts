import type { Kysely } from 'kysely';
import type { Engine } from './engine.js';

/**
 * A versioned schema change. `up` runs inside a transaction; it receives the engine so
 * the few engine-specific clauses (e.g. SQLite's WITHOUT ROWID) stay in the migration.
 */
export interface Migration {
  version: number;
  name: string;
  // biome-ignore lint/suspicious/noExplicitAny: migrations run before the typed schema exists.
  up(db: Kysely<any>, engine: Engine): Promise<void>;
}

/** Column types that differ between the engines. */
export function columnTypes(engine: Engine) {
  return {
    /** Epoch milliseconds and counters. */
    int: engine === 'postgres' ? ('bigint' as const) : ('integer' as const),
    /** SQLite clustered tables: one B-tree keyed by the primary key instead of two. */
    clustered: engine === 'sqlite' ? ' WITHOUT ROWID' : '',
  };
}
