import type { Kysely } from 'kysely';
import type { Database } from '../../src/store/schema.js';

/** How many rows a table holds: what tests compare before and after a write. */
export async function countRows(db: Kysely<Database>, table: keyof Database): Promise<number> {
  const { rows } = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('rows'))
    .executeTakeFirstOrThrow();
  return Number(rows);
}
