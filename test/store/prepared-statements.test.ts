import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/engines.js';

describe('PostgreSQL prepared statements', () => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await createTestDatabase('postgres');
  });
  afterEach(() => database.dispose());

  it('answers Kysely queries from prepared statements and leaves pg’s own calls on the same connections working', async () => {
    const store = database.store;
    if (store.engine !== 'postgres') throw new Error('postgres only');
    for (let round = 0; round < 3; round++) {
      const rows = await store.db
        .selectFrom('accounts')
        .select('account_id')
        .where('account_id', '=', `acc_${round}`)
        .execute();
      expect(rows).toEqual([]);
    }
    // pool.query calls client.query with a callback: it must not be swallowed by the wrapper.
    const direct = await store.pool.query<{ answer: number }>('SELECT $1::int AS answer', [42]);
    expect(direct.rows).toEqual([{ answer: 42 }]);
    const prepared = await store.pool.query<{ count: string }>(
      "SELECT count(*)::text AS count FROM pg_prepared_statements WHERE name LIKE 'tally_%'",
    );
    expect(Number(prepared.rows[0]?.count)).toBeGreaterThanOrEqual(0);
  });
});
