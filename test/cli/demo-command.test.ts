import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Output } from '../../src/cli/output.js';
import { runCli } from '../../src/cli/program.js';
import { createTestDatabase, databaseUrlOf, engines, type TestDatabase } from '../support/engines.js';

describe.each(engines)('tally demo on %s', (engine) => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await createTestDatabase(engine);
  });
  afterEach(() => database.dispose());

  const url = () => databaseUrlOf(database);

  it('records a month of activities, prints the usage, and records nothing twice when run again', async () => {
    const run = async () => {
      const lines: string[] = [];
      const output: Output = { out: (line) => lines.push(line), error: (line) => lines.push(line) };
      expect(await runCli(['demo', '--database', url()], output)).toBe(0);
      return lines.join('\n');
    };
    const first = await run();
    expect(first).toMatch(/Activities recorded this run: [1-9]\d+/);
    // 180 funnel leads, 80 imported rows and 60 e-mailed customers.
    expect(first).toContain('Active contacts: 320');
    expect(first).toContain('match the activity ledger exactly');
    const second = await run();
    expect(second).toContain('Activities recorded this run: 0');
    expect(second).toContain('Active contacts: 320');
  });
});
