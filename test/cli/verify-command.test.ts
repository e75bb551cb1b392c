import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Output } from '../../src/cli/output.js';
import { runCli } from '../../src/cli/program.js';
import { recordActivities } from '../../src/metering/record-activities.js';
import { createTestDatabase, databaseUrlOf, engines, type TestDatabase } from '../support/engines.js';
import { activity, at, seedAccount } from '../support/metering-fixtures.js';

function capture(): Output & { lines: string[]; errors: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  return { lines, errors, out: (line) => lines.push(line), error: (line) => errors.push(line) };
}

describe.each(engines)('tally verify on %s', (engine) => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await createTestDatabase(engine);
  });
  afterEach(() => database.dispose());

  const url = () => databaseUrlOf(database);

  it('exits 0 when every month matches the ledger and 1 naming the account and month when one does not', async () => {
    const account = await seedAccount(database.store);
    await recordActivities(database.store, [
      activity(account.id, 'c1', at('2026-03-02T09:00')),
      activity(account.id, 'c2', at('2026-03-03T09:00')),
    ]);
    const clean = capture();
    expect(await runCli(['verify', '--database', url()], clean)).toBe(0);
    expect(clean.lines.join('\n')).toContain('1 usage months checked, all consistent');

    await sql`UPDATE usage_months SET active_contacts = 7`.execute(database.store.db);
    const broken = capture();
    expect(await runCli(['verify', '--database', url()], broken)).toBe(1);
    expect(broken.errors[0]).toBe(
      `MISMATCH account ${account.id} month starting 2026-03-01T00:00+01:00 (Europe/Berlin): ledger 2 contacts, active set 2, counter 7`,
    );
  });

  it('names months whose latest_first_at lies before a contact’s first activity', async () => {
    const account = await seedAccount(database.store);
    await recordActivities(database.store, [
      activity(account.id, 'c1', at('2026-03-02T09:00')),
      activity(account.id, 'c2', at('2026-03-03T09:00')),
    ]);
    expect(
      (await database.store.db.selectFrom('usage_months').select('latest_first_at').executeTakeFirstOrThrow())
        .latest_first_at,
    ).toBe(at('2026-03-03T09:00'));
    await sql`UPDATE usage_months SET latest_first_at = ${at('2026-03-02T10:00')}`.execute(database.store.db);
    const broken = capture();
    expect(await runCli(['verify', '--database', url()], broken)).toBe(1);
    expect(broken.errors[0]).toBe(
      `MISMATCH account ${account.id} month starting 2026-03-01T00:00+01:00 (Europe/Berlin): ledger 2 contacts, active set 2, counter 2, 1 first activities after the month's latest_first_at`,
    );
  });

  it('prints the usage of an account’s month', async () => {
    const account = await seedAccount(database.store);
    await recordActivities(database.store, [activity(account.id, 'c1', at('2026-03-02T09:00'))]);
    const usage = capture();
    expect(
      await runCli(['usage', '--account', account.id, '--at', '2026-03-10T00:00:00Z', '-d', url()], usage),
    ).toBe(0);
    expect(usage.lines[0]).toBe(
      `Acme (${account.id}) usage month 2026-03-01T00:00+01:00 – 2026-04-01T00:00+02:00: 1 active contacts`,
    );
  });
});
