import { sql } from 'kysely';
import type { Migration } from '../migration.js';

/**
 * PostgreSQL: every ingest batch updates the counter row of each month it touches, so an
 * open month's row is rewritten thousands of times a day. Pages filled to 10 % keep each
 * new row version on its page (a HOT update, no index entry) and keep the version chains
 * short; at 50 % the table still spilled and grew to about 3.6 KB a month row under the
 * benchmark (decision 0031). SQLite updates in place and needs nothing.
 */
export const sparseMonthRowsMigration: Migration = {
  version: 11,
  name: 'sparse-month-rows',
  async up(db, engine) {
    if (engine === 'postgres') await sql.raw('ALTER TABLE usage_months SET (fillfactor = 10)').execute(db);
  },
};
