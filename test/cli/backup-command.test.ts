import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Output } from '../../src/cli/output.js';
import { runCli } from '../../src/cli/program.js';
import { recordActivities } from '../../src/metering/record-activities.js';
import { openStore, type Store } from '../../src/store/store.js';
import {
  createTestDatabase,
  databaseUrlOf,
  engines,
  postgresTestUrl,
  type TestDatabase,
} from '../support/engines.js';
import { activity, at, seedAccount } from '../support/metering-fixtures.js';
import { countRows } from '../support/row-counts.js';

function capture(): Output & { lines: string[]; errors: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  return { lines, errors, out: (line) => lines.push(line), error: (line) => errors.push(line) };
}

async function counts(store: Store) {
  const count = (table: 'accounts' | 'activity_ledger' | 'active_contacts' | 'usage_months') =>
    countRows(store.db, table);
  return {
    accounts: await count('accounts'),
    ledger: await count('activity_ledger'),
    active: await count('active_contacts'),
    months: await count('usage_months'),
  };
}

describe.each(engines)('tally backup on %s', (engine) => {
  let database: TestDatabase;
  let directory: string;
  beforeEach(async () => {
    database = await createTestDatabase(engine);
    directory = mkdtempSync(join(tmpdir(), 'tally-backup-'));
  });
  afterEach(async () => {
    await database.dispose();
    rmSync(directory, { recursive: true, force: true });
  });

  it('writes a consistent copy that restores to the same data and verifies clean; never overwrites', async () => {
    const account = await seedAccount(database.store);
    await recordActivities(
      database.store,
      Array.from({ length: 120 }, (_, index) =>
        activity(account.id, `c${index % 80}`, at(`2026-0${1 + (index % 3)}-1${index % 10}T09:00`)),
      ),
    );
    const before = await counts(database.store);
    expect(before.ledger).toBe(120);

    const destination = join(directory, engine === 'sqlite' ? 'tally-backup.db' : 'tally.dump');
    const output = capture();
    expect(await runCli(['backup', destination, '--database', databaseUrlOf(database)], output)).toBe(0);
    expect(output.lines[0]).toMatch(
      new RegExp(`^Backed up the ${engine} database to .* \\(\\d+ bytes\\)\\.$`),
    );
    const written = readFileSync(destination);

    // A second backup to the same file is refused and leaves it as it was.
    const again = capture();
    expect(await runCli(['backup', destination, '--database', databaseUrlOf(database)], again)).toBe(2);
    expect(again.errors[0]).toContain('exists');
    expect(readFileSync(destination).equals(written)).toBe(true);
    expect(statSync(destination).size).toBeGreaterThan(0);

    if (engine === 'sqlite') {
      const copy = await openStore(destination, { migrate: false });
      try {
        expect(await counts(copy)).toEqual(before);
      } finally {
        await copy.close();
      }
      expect(await runCli(['verify', '--database', destination], capture())).toBe(0);
      return;
    }
    // PostgreSQL: restore into a database of its own and look.
    const restoreName = `tally_restore_${randomBytes(5).toString('hex')}`;
    const admin = new pg.Client({ connectionString: postgresTestUrl });
    await admin.connect();
    try {
      await admin.query(`CREATE DATABASE ${restoreName}`);
      const restoreUrl = new URL(postgresTestUrl);
      restoreUrl.pathname = `/${restoreName}`;
      execFileSync('pg_restore', ['--no-owner', `--dbname=${restoreUrl.toString()}`, destination]);
      const restored = await openStore(restoreUrl.toString(), {
        schema: database.schema as string,
        migrate: false,
      });
      try {
        expect(await counts(restored)).toEqual(before);
      } finally {
        await restored.close();
      }
      const verifyUrl = `${restoreUrl.toString()}?options=${encodeURIComponent(`-c search_path=${database.schema}`)}`;
      expect(await runCli(['verify', '--database', verifyUrl], capture())).toBe(0);
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${restoreName} WITH (FORCE)`);
      await admin.end();
    }
  });

  it('fails clearly, leaving no file, when there is nothing to back up', async () => {
    const destination = join(directory, 'nothing.db');
    const source =
      engine === 'sqlite' ? join(directory, 'missing.db') : `${postgresTestUrl}_missing_database`;
    const output = capture();
    expect(await runCli(['backup', destination, '--database', source], output)).toBe(1);
    expect(output.errors[0]).toMatch(engine === 'sqlite' ? /no database at/ : /pg_dump failed/);
    expect(() => statSync(destination)).toThrow();
    expect(() => statSync(`${destination}.partial`)).toThrow();
  });
});
