import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RevocationListener } from '../../src/store/revocation-feed.js';
import { createTestDatabase, postgresTestUrl, type TestDatabase } from '../support/engines.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(condition: () => boolean, what: string, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

function recorder() {
  const events: string[] = [];
  const listener: RevocationListener = {
    revoked: (keyId) => events.push(`revoked ${keyId}`),
    lost: () => events.push('lost'),
    live: () => events.push('live'),
  };
  return { events, listener };
}

describe('revocation feed', () => {
  it('is absent on SQLite, whose announcement does nothing', async () => {
    const database = await createTestDatabase('sqlite');
    try {
      expect(database.store.revocations).toBeUndefined();
      await database.store.dialect.inWriteTransaction((db) =>
        database.store.dialect.announceKeyRevocation(db, 'k'),
      );
    } finally {
      await database.dispose();
    }
  });

  describe('on PostgreSQL', () => {
    let mine: TestDatabase;
    let other: TestDatabase;
    let admin: pg.Client;
    const { events, listener } = recorder();

    beforeAll(async () => {
      [mine, other] = await Promise.all([createTestDatabase('postgres'), createTestDatabase('postgres')]);
      admin = new pg.Client({ connectionString: postgresTestUrl });
      await admin.connect();
      mine.store.revocations?.subscribe(listener);
      await until(() => mine.store.revocations?.isLive === true, 'the listener');
    });
    afterAll(async () => {
      await admin.end();
      await Promise.all([mine.dispose(), other.dispose()]);
    });

    const announce = (database: TestDatabase, keyId: string) =>
      database.store.dialect.inWriteTransaction((db) =>
        database.store.dialect.announceKeyRevocation(db, keyId),
      );

    it('hears its own schema’s committed revocations only', async () => {
      events.length = 0;
      await announce(other, 'other-schema');
      await mine.store.dialect
        .inWriteTransaction(async (db) => {
          await mine.store.dialect.announceKeyRevocation(db, 'rolled-back');
          throw new Error('rollback');
        })
        .catch(() => {});
      await announce(mine, 'committed');
      await until(() => events.length > 0, 'the announcement');
      await sleep(200);
      expect(events).toEqual(['revoked committed']);
    });

    it('tells its listeners when its connection is terminated, and listens again by itself', async () => {
      events.length = 0;
      // Only this test's listener: Tally's application name and this schema's channel.
      const terminated = await admin.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
          WHERE application_name = 'tally' AND query = 'LISTEN "tally_revoked_' || md5($1::text) || '"'`,
        [mine.schema],
      );
      expect(terminated.rowCount).toBe(1);
      await until(() => events.includes('lost'), 'the loss');
      expect(mine.store.revocations?.isLive).toBe(false);
      await until(() => mine.store.revocations?.isLive === true, 'the reconnection');
      await announce(mine, 'after-reconnect');
      await until(() => events.includes('revoked after-reconnect'), 'the announcement after reconnecting');
      expect(events).toEqual(['lost', 'live', 'revoked after-reconnect']);
    });
  });
});
