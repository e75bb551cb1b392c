import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Account } from '../../src/accounts/account.js';
import { ApiKeyCache } from '../../src/accounts/api-key-cache.js';
import { createApiKey, listApiKeys, revokeApiKey, warmApiKeyCache } from '../../src/accounts/api-keys.js';
import { KeyUseRecorder } from '../../src/accounts/key-use-recorder.js';
import { createTestDatabase, engines, type TestDatabase } from '../support/engines.js';
import { at, seedAccount } from '../support/metering-fixtures.js';

const t0 = at('2026-02-10T10:00');

describe.each(engines)('API key use and the key cache warm-up on %s', (engine) => {
  let database: TestDatabase;
  let account: Account;

  beforeEach(async () => {
    database = await createTestDatabase(engine);
    account = await seedAccount(database.store);
  });
  afterEach(() => database.dispose());

  const lastUsed = async () =>
    new Map((await listApiKeys(database.store.db, account.id)).map((key) => [key.keyId, key.lastUsedAt]));

  it('writes the uses of many keys together, each with its own time, and not before the flush', async () => {
    const keys = [];
    for (let index = 0; index < 450; index++) {
      keys.push((await createApiKey(database.store.db, account.id, `key ${index}`, t0)).key.keyId);
    }
    // Long enough that only the explicit flush writes.
    const recorder = new KeyUseRecorder(database.store.db, { flushAfterMs: 60_000 });
    for (const [index, keyId] of keys.entries()) recorder.record(keyId, t0 + 1_000 + index);
    expect([...(await lastUsed()).values()].every((usedAt) => usedAt === undefined)).toBe(true);

    await recorder.flush();
    const written = await lastUsed();
    // 450 keys cross the 200-keys-a-statement chunks: every one has its own instant.
    expect(keys.map((keyId) => written.get(keyId))).toEqual(keys.map((_, index) => t0 + 1_000 + index));
  });

  it('writes a key at most once a minute, and again when the clock went back', async () => {
    const { key } = await createApiKey(database.store.db, account.id, 'CRM sync', t0);
    const first = new KeyUseRecorder(database.store.db, { flushAfterMs: 60_000 });
    first.record(key.keyId, t0 + 5_000);
    await first.flush();
    // Another instance (its own recorder) within the minute: the UPDATE's condition keeps the value.
    const second = new KeyUseRecorder(database.store.db, { flushAfterMs: 60_000 });
    second.record(key.keyId, t0 + 40_000);
    await second.flush();
    expect((await lastUsed()).get(key.keyId)).toBe(t0 + 5_000);

    second.record(key.keyId, t0 + 100_000);
    await second.flush();
    expect((await lastUsed()).get(key.keyId)).toBe(t0 + 100_000);
    // A test clock set back an hour must not freeze "last used".
    second.record(key.keyId, t0 - 3_600_000);
    await second.flush();
    expect((await lastUsed()).get(key.keyId)).toBe(t0 - 3_600_000);
  });

  it('flushes by itself shortly after a use', async () => {
    const { key } = await createApiKey(database.store.db, account.id, 'CRM sync', t0);
    const recorder = new KeyUseRecorder(database.store.db, { flushAfterMs: 20 });
    recorder.record(key.keyId, t0 + 1);
    await expect.poll(async () => (await lastUsed()).get(key.keyId)).toBe(t0 + 1);
  });

  it('warms the cache with the keys in use, most recently used first, never a revoked one', async () => {
    const created = [];
    for (let index = 0; index < 5; index++) {
      created.push((await createApiKey(database.store.db, account.id, `key ${index}`, t0 + index)).key.keyId);
    }
    const [never, old, recent, newest, revoked] = created as [string, string, string, string, string];
    const recorder = new KeyUseRecorder(database.store.db);
    recorder.record(old, t0 + 100_000);
    recorder.record(recent, t0 + 200_000);
    recorder.record(newest, t0 + 300_000);
    recorder.record(revoked, t0 + 400_000);
    await recorder.flush();
    expect(await revokeApiKey(database.store, account.id, revoked, t0 + 500_000)).toBe(true);

    // Room for three: the three most recently used live keys, not the unused one nor the revoked one.
    const cache = new ApiKeyCache(3);
    cache.resume();
    expect(await warmApiKeyCache(database.store.db, cache)).toBe(3);
    const cached = (keyId: string) => cache.lookup(keyId) !== undefined;
    expect([newest, recent, old].map(cached)).toEqual([true, true, true]);
    expect(cached(revoked)).toBe(false);
    expect(cached(never)).toBe(false);
    expect(cache.lookup(newest)?.accountId).toBe(account.id);
  });

  it('keeps nothing it read when a revocation was heard during the warm-up', async () => {
    const { key } = await createApiKey(database.store.db, account.id, 'CRM sync', t0);
    const cache = new ApiKeyCache();
    cache.resume();
    const warming = warmApiKeyCache(database.store.db, cache);
    // The notification arrives while the query runs: the rows it read may be stale.
    cache.forget('some-other-key');
    expect(await warming).toBe(0);
    expect(cache.lookup(key.keyId)).toBeUndefined();
  });

  it('loads nothing into a cache that is off', async () => {
    await createApiKey(database.store.db, account.id, 'CRM sync', t0);
    const cache = new ApiKeyCache();
    expect(await warmApiKeyCache(database.store.db, cache)).toBe(0);
    expect(cache.size).toBe(0);
  });
});
