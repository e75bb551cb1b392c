import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tallyLockClass, withScheduledCloseLock } from '../../src/billing/scheduled-close-lock.js';
import { createTestDatabase, type TestDatabase } from '../support/engines.js';

/** Another instance's session on the same schema, holding the scheduled-close lock. */
async function holdLockElsewhere(database: TestDatabase): Promise<pg.Client> {
  const client = new pg.Client({
    connectionString: database.url,
    options: `-c search_path=${database.schema}`,
  });
  await client.connect();
  await client.query('SELECT pg_advisory_lock($1, hashtext(current_schema()))', [tallyLockClass]);
  return client;
}

describe('the scheduled close lock on postgres', () => {
  let database: TestDatabase;
  let other: TestDatabase | undefined;
  beforeEach(async () => {
    database = await createTestDatabase('postgres');
  });
  afterEach(async () => {
    await database.dispose();
    await other?.dispose();
    other = undefined;
  });

  it('skips the pass while another instance holds the lock, and runs it once that instance lets go', async () => {
    const holder = await holdLockElsewhere(database);
    let runs = 0;
    const pass = () => withScheduledCloseLock(database.store, async () => ++runs);
    try {
      expect(await pass()).toBeUndefined();
      expect(runs).toBe(0);
    } finally {
      await holder.end();
    }
    expect(await pass()).toBe(1);
  });

  it('lets one of two passes started at once run; the other skips', async () => {
    let release: () => void = () => {};
    const blocked = new Promise<void>((resolve) => {
      release = resolve;
    });
    let entered: () => void = () => {};
    const inside = new Promise<void>((resolve) => {
      entered = resolve;
    });
    const first = withScheduledCloseLock(database.store, async () => {
      entered();
      await blocked;
      return 'first';
    });
    await inside;
    const second = await withScheduledCloseLock(database.store, async () => 'second');
    release();
    expect(second).toBeUndefined();
    expect(await first).toBe('first');
  });

  it('does not hold back a pass on another schema of the same database', async () => {
    const holder = await holdLockElsewhere(database);
    try {
      other = await createTestDatabase('postgres');
      expect(await withScheduledCloseLock(other.store, async () => 'ran')).toBe('ran');
    } finally {
      await holder.end();
    }
  });
});

describe('the scheduled close lock on sqlite', () => {
  it('always runs the pass: one process owns the file', async () => {
    const database = await createTestDatabase('sqlite');
    try {
      expect(await withScheduledCloseLock(database.store, async () => 'ran')).toBe('ran');
    } finally {
      await database.dispose();
    }
  });
});
