import { type Kysely, sql } from 'kysely';
import type { Engine } from './engine.js';
import { migrations } from './migrations/index.js';
import type { Database } from './schema.js';

/** What migrating needs of a store; the store opens one and migrates it before use. */
export interface MigratableDatabase {
  readonly db: Kysely<Database>;
  readonly engine: Engine;
}

/** An arbitrary constant that names Tally's migration lock among PostgreSQL advisory locks. */
const migrationLockId = 7_461_001;

/**
 * Applies every migration not yet applied, each in its own transaction. On PostgreSQL a
 * transaction-scoped advisory lock makes instances that start together take turns, so
 * each migration runs exactly once. `targetVersion` stops early (tests of a migration's data step).
 */
export async function migrateToLatest(
  store: MigratableDatabase,
  targetVersion = Number.POSITIVE_INFINITY,
): Promise<number[]> {
  const int = store.engine === 'postgres' ? 'bigint' : 'integer';
  // Under the lock too: instances starting together on a new database would otherwise race
  // on CREATE TABLE IF NOT EXISTS, which is not safe against a concurrent create.
  await store.db.transaction().execute(async (trx) => {
    if (store.engine === 'postgres') await takeMigrationLock(trx);
    await sql
      .raw(
        `CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at ${int} NOT NULL)`,
      )
      .execute(trx);
  });
  const applied: number[] = [];
  for (const migration of migrations.filter((candidate) => candidate.version <= targetVersion)) {
    const ran = await store.db.transaction().execute(async (trx) => {
      if (store.engine === 'postgres') await takeMigrationLock(trx);
      const done = await trx
        .selectFrom('schema_migrations')
        .select('version')
        .where('version', '=', migration.version)
        .executeTakeFirst();
      if (done) return false;
      await migration.up(trx, store.engine);
      await trx
        .insertInto('schema_migrations')
        .values({ version: migration.version, name: migration.name, applied_at: Date.now() })
        .execute();
      return true;
    });
    if (ran) applied.push(migration.version);
  }
  return applied;
}

/**
 * Takes the migration lock for the transaction. Waiting for another instance's migration
 * and rewriting a large table both take as long as they take: the serving pool's statement
 * timeout must not cut them off half-way at start-up.
 */
async function takeMigrationLock(trx: Kysely<Database>): Promise<void> {
  await sql`SET LOCAL statement_timeout = 0`.execute(trx);
  await sql`SELECT pg_advisory_xact_lock(${migrationLockId})`.execute(trx);
}
