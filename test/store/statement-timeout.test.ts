import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { classifyDatabaseFault } from '../../src/store/database-faults.js';
import { dropPostgresSchema, openStore } from '../../src/store/store.js';
import { postgresTestUrl } from '../support/engines.js';

/** The migration lock's key (src/store/migrate.ts). */
const migrationLockId = 7_461_001;

describe('the serving statement timeout on PostgreSQL', () => {
  it('cancels a statement that runs too long, but never a migration waiting its turn at start-up', async () => {
    const schema = `tally_timeout_${randomBytes(5).toString('hex')}`;
    // Another instance is migrating: it holds the lock for longer than the timeout.
    const other = new pg.Client({ connectionString: postgresTestUrl });
    await other.connect();
    await other.query('SELECT pg_advisory_lock($1)', [migrationLockId]);
    const released = new Promise((resolve) => setTimeout(resolve, 1_000)).then(() =>
      other.query('SELECT pg_advisory_unlock($1)', [migrationLockId]),
    );
    try {
      const store = await openStore(postgresTestUrl, { schema, statementTimeoutMs: 300 });
      await released;
      try {
        const slow = sql`SELECT pg_sleep(2)`.execute(store.db);
        const error = await slow.catch((caught: unknown) => caught);
        expect(error).toMatchObject({ code: '57014' });
        expect(classifyDatabaseFault(error)).toBe('unavailable');
      } finally {
        await store.close();
      }
      const tables = await other.query(
        'SELECT count(*)::int AS count FROM information_schema.tables WHERE table_schema = $1',
        [schema],
      );
      expect(tables.rows[0].count).toBeGreaterThan(10);
    } finally {
      await released;
      await other.end();
      await dropPostgresSchema(postgresTestUrl, schema);
    }
  });
});
