import { sql } from 'kysely';
import { columnTypes, type Migration } from '../migration.js';

/** A closed usage month accepts no more activities (SPEC §5); month close sets the instant. */
export const closedMonthsMigration: Migration = {
  version: 3,
  name: 'closed-months',
  async up(db, engine) {
    const { int } = columnTypes(engine);
    await sql.raw(`ALTER TABLE usage_months ADD COLUMN closed_at ${int}`).execute(db);
  },
};
