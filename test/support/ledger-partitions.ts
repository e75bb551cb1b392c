import { sql } from 'kysely';
import type { Store } from '../../src/store/store.js';

/** Rows in each partition of the PostgreSQL ledger, by partition name. */
export async function partitionRows(store: Store): Promise<Record<string, number>> {
  const partitions = await sql<{ name: string }>`SELECT c.relname AS name FROM pg_inherits i
    JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = 'activity_ledger'::regclass ORDER BY 1`.execute(
    store.db,
  );
  const rows: Record<string, number> = {};
  for (const { name } of partitions.rows) {
    const counted = await sql<{ rows: number }>`SELECT count(*) AS rows FROM ${sql.table(name)}`.execute(
      store.db,
    );
    rows[name] = Number(counted.rows[0]?.rows);
  }
  return rows;
}
