import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey, revokeApiKey } from '../../src/accounts/api-keys.js';
import { openStore } from '../../src/store/store.js';
import { engines, postgresTestUrl } from '../support/engines.js';
import { type Harness, startHarness } from '../support/http-harness.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Verified API keys are cached where the store announces revocations to every instance
 * (PostgreSQL), and not at all on SQLite (decision 0047). Either way a revoked key is
 * refused: at once on the instance that revoked it, within a second elsewhere.
 */
describe.each(engines)('API key cache on %s', (engine) => {
  let api: Harness;
  beforeAll(async () => {
    api = await startHarness(engine);
    const cache = api.server.context.apiKeyCache;
    // The listener connects in the background; until it listens the cache is off.
    const deadline = Date.now() + 10_000;
    while (cache && !cache.usable && Date.now() < deadline) await sleep(20);
  });
  afterAll(() => api.dispose());

  const newKey = async (accountKey: string) => {
    const created = await api.request('POST', '/v1/api-keys', { key: accountKey, body: { label: 'cached' } });
    expect(created.status).toBe(201);
    return { id: created.body.id as string, token: created.body.token as string };
  };

  it(
    engine === 'postgres' ? 'serves a key from its cache' : 'keeps no cache: every request reads its key',
    async () => {
      const cache = api.server.context.apiKeyCache;
      if (engine === 'sqlite') {
        expect(cache).toBeUndefined();
        return;
      }
      if (!cache) throw new Error('expected a key cache on PostgreSQL');
      expect(cache.usable).toBe(true);
      const account = await api.createAccount();
      const key = await newKey(account.apiKey);
      const before = { ...cache.lookups };
      for (let call = 0; call < 3; call += 1) {
        expect((await api.request('GET', '/v1/usage', { key: key.token })).status).toBe(200);
      }
      expect(cache.lookups.miss - before.miss).toBe(1);
      expect(cache.lookups.hit - before.hit).toBe(2);
      const metrics = await api.request('GET', '/metrics', { key: 'test-operator-key' });
      expect(metrics.text).toMatch(/tally_api_key_cache_lookups_total\{result="hit"\} [1-9]/);
      expect(metrics.text).toContain('tally_api_key_cache_on 1');
    },
  );

  it('refuses a cached key with the wrong secret', async () => {
    const account = await api.createAccount();
    const key = await newKey(account.apiKey);
    expect((await api.request('GET', '/v1/usage', { key: key.token })).status).toBe(200);
    const forged = `${key.token.slice(0, -1)}${key.token.endsWith('A') ? 'B' : 'A'}`;
    expect((await api.request('GET', '/v1/usage', { key: forged })).status).toBe(401);
    expect((await api.request('GET', '/v1/usage', { key: key.token })).status).toBe(200);
  });

  it('refuses a key at once on the instance that revoked it', async () => {
    const account = await api.createAccount();
    const key = await newKey(account.apiKey);
    expect((await api.request('GET', '/v1/usage', { key: key.token })).status).toBe(200);
    expect((await api.request('GET', '/v1/usage', { key: key.token })).status).toBe(200);
    expect((await api.request('DELETE', `/v1/api-keys/${key.id}`, { key: account.apiKey })).status).toBe(204);
    const refused = await api.request('GET', '/v1/usage', { key: key.token });
    expect(refused.status).toBe(401);
    expect(refused.body.code).toBe('unauthenticated');
  });

  it('refuses a key revoked by another process (the CLI) within a second', async () => {
    const account = await api.createAccount();
    const key = await newKey(account.apiKey);
    expect((await api.request('GET', '/v1/usage', { key: key.token })).status).toBe(200);
    expect((await api.request('GET', '/v1/usage', { key: key.token })).status).toBe(200);
    const cli = await openStore(api.databaseUrl, { ...api.storeOptions, migrate: false });
    let revokedAt: number;
    try {
      expect(await revokeApiKey(cli, account.id, key.id, Date.now())).toBe(true);
      revokedAt = performance.now();
    } finally {
      await cli.close();
    }
    let status = 200;
    while (status === 200 && performance.now() - revokedAt < 2_000) {
      status = (await api.request('GET', '/v1/usage', { key: key.token })).status;
      if (status === 200) await sleep(20);
    }
    expect(status).toBe(401);
    expect(performance.now() - revokedAt).toBeLessThan(1_000);
  });

  it.runIf(engine === 'postgres')(
    'fills the cache with the keys in use when it is turned on again, so their next use reads nothing',
    async () => {
      const cache = api.server.context.apiKeyCache;
      if (!cache) throw new Error('expected a key cache on PostgreSQL');
      const account = await api.createAccount();
      // Made and used by another instance: this one has never read it.
      const cli = await openStore(api.databaseUrl, { ...api.storeOptions, migrate: false });
      let token: string;
      try {
        const created = await createApiKey(cli.db, account.id, 'other instance', Date.now());
        token = created.token;
        await cli.db
          .updateTable('api_keys')
          .set({ last_used_at: Date.now() })
          .where('key_id', '=', created.key.keyId)
          .execute();
      } finally {
        await cli.close();
      }
      // Lose this instance's listener: the cache is dropped and, once it listens again, warmed.
      const admin = new pg.Client({ connectionString: postgresTestUrl });
      await admin.connect();
      try {
        const channel = await admin.query<{ channel: string }>(
          "SELECT 'tally_revoked_' || md5($1::text) AS channel",
          [api.storeOptions.schema],
        );
        const terminated = await admin.query(
          'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query = $1',
          [`LISTEN "${channel.rows[0]?.channel}"`],
        );
        expect(terminated.rowCount).toBe(1);
      } finally {
        await admin.end();
      }
      const deadline = Date.now() + 10_000;
      while (cache.usable && Date.now() < deadline) await sleep(10);
      while ((!cache.usable || cache.size === 0) && Date.now() < deadline) await sleep(20);
      expect(cache.usable).toBe(true);
      const before = { ...cache.lookups };
      expect((await api.request('GET', '/v1/usage', { key: token })).status).toBe(200);
      expect(cache.lookups.hit - before.hit).toBe(1);
      expect(cache.lookups.miss - before.miss).toBe(0);
    },
  );
});
