import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { classifyDatabaseFault } from '../../src/store/database-faults.js';
import { dropPostgresSchema, openStore } from '../../src/store/store.js';
import { postgresTestUrl } from '../support/engines.js';

describe('the serving statement timeout on PostgreSQL', () => {
  it('cancels a statement that runs too long, but never a migration at start-up', async () => {
    const schema = `tally_timeout_${randomBytes(5).toString('hex')}`;
    // 50 ms: far less than creating every table of a new database takes.
    const store = await openStore(postgresTestUrl, { schema, statementTimeoutMs: 50 });
    try {
      const tables = await sql<{ count: number }>`
        SELECT count(*)::int AS count FROM information_schema.tables WHERE table_schema = ${schema}`.execute(
        store.db,
      );
      expect(tables.rows[0]?.count).toBeGreaterThan(10);
      const slow = sql`SELECT pg_sleep(0.2)`.execute(store.db);
      await expect(slow).rejects.toMatchObject({ code: '57014' });
      expect(classifyDatabaseFault(await slow.catch((error: unknown) => error))).toBe('unavailable');
    } finally {
      await store.close();
      await dropPostgresSchema(postgresTestUrl, schema);
    }
  });
});
