import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { authenticateApiKey } from '../../src/accounts/api-keys.js';
import type { Output } from '../../src/cli/output.js';
import { runCli } from '../../src/cli/program.js';
import { createTestDatabase, databaseUrlOf, engines, type TestDatabase } from '../support/engines.js';

describe.each(engines)('tally demo on %s', (engine) => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await createTestDatabase(engine);
  });
  afterEach(() => database.dispose());

  const run = async () => {
    const lines: string[] = [];
    const output: Output = { out: (line) => lines.push(line), error: (line) => lines.push(line) };
    expect(await runCli(['demo', '--database', databaseUrlOf(database), '--no-serve'], output)).toBe(0);
    return lines.join('\n');
  };
  const keyOf = (text: string) => /API key of Demo GmbH[^:]*: (\S+)/.exec(text)?.[1] as string;

  it('seeds a few hundred contacts over several months through contact actions, one month over, with invoices', async () => {
    const first = await run();
    const seeded = /Seeded Demo GmbH \(acc_demo\): (\d+) contacts over 5 usage months/.exec(first);
    expect(seeded, first).not.toBeNull();
    expect(Number(seeded?.[1])).toBeGreaterThanOrEqual(400);
    // Four closed months; exactly one of them is over the Grow allowance of 250.
    expect(first.match(/active.*closed/g)).toHaveLength(4);
    expect(first.match(/\d+ over \(€\d+\.\d\d\), closed/g)).toHaveLength(1);
    expect(first).toMatch(/Invoices: ([5-9]|\d\d) \(TLY-000001, /);
    expect(first).toContain('match the activity ledger exactly');
    // The contacts exist as contacts (board, notes), not only as metered activities.
    const contacts = await database.store.db
      .selectFrom('contacts')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .where('account_id', '=', 'acc_demo')
      .executeTakeFirstOrThrow();
    expect(Number(contacts.count)).toBe(Number(seeded?.[1]));
    const notes = await database.store.db
      .selectFrom('notes')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .where('account_id', '=', 'acc_demo')
      .executeTakeFirstOrThrow();
    expect(Number(notes.count)).toBeGreaterThan(50);
    expect((await authenticateApiKey(database.store.db, keyOf(first)))?.accountId).toBe('acc_demo');
  });

  it('reuses the demo account on a rerun, records nothing twice and swaps the key', async () => {
    const first = await run();
    const second = await run();
    expect(second).toContain('Reusing Demo GmbH (acc_demo) from an earlier run');
    const months = (text: string) => text.split('\n').filter((line) => /^ {2}\d{4}-\d\d-\d\d/.test(line));
    expect(months(second)).toEqual(months(first));
    expect(keyOf(second)).not.toBe(keyOf(first));
    expect(await authenticateApiKey(database.store.db, keyOf(first))).toBeUndefined();
    expect((await authenticateApiKey(database.store.db, keyOf(second)))?.accountId).toBe('acc_demo');
  });
});
