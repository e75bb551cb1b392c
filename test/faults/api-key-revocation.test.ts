import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postgresTestUrl } from '../support/engines.js';
import { requestAt } from '../support/http-harness.js';
import { type ServeProcess, startServeProcess } from '../support/serve-process.js';

const operatorKey = 'key-revocation-operator-key';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Three `tally serve` processes on one PostgreSQL database (one schema), each caching the
 * API keys it verified (decision 0047). A key revoked on one is refused by the others
 * within a second; and when every Tally connection is terminated, the caches are dropped,
 * so a revocation made while no instance was listening is not missed. The database is the
 * test's own, so terminating its connections and refusing new ones touches nothing else.
 */
describe('API key revocation across three PostgreSQL instances', () => {
  const databaseName = `tally_keys_${randomBytes(5).toString('hex')}`;
  const databaseUrl = postgresTestUrl.replace(/\/[^/?]*(\?.*)?$/, `/${databaseName}`);
  let admin: pg.Client;
  /** Connected to the test's database before connections are refused, to revoke while they are. */
  let inside: pg.Client;
  let instances: ServeProcess[] = [];

  beforeAll(async () => {
    admin = new pg.Client({ connectionString: postgresTestUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${databaseName}`);
    instances = await Promise.all(
      [0, 1, 2].map(() =>
        startServeProcess(databaseUrl, {
          TALLY_OPERATOR_KEY: operatorKey,
          TALLY_CLOCK: 'manual',
          TALLY_LOG: 'on',
        }),
      ),
    );
    inside = new pg.Client({ connectionString: databaseUrl, application_name: 'tally-test' });
    await inside.connect();
    for (const instance of instances) await waitForMetric(instance, 'tally_api_key_cache_on', 1);
  }, 120_000);

  afterAll(async () => {
    await admin.query(`ALTER DATABASE ${databaseName} WITH ALLOW_CONNECTIONS true`).catch(() => {});
    await inside?.end().catch(() => {});
    await Promise.all(instances.map((instance) => instance.stop()));
    await admin.query(`DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`);
    await admin.end();
  });

  const instance = (index: number): ServeProcess => {
    const found = instances[index];
    if (!found) throw new Error(`no instance ${index}`);
    return found;
  };
  const metric = async (instance: ServeProcess, name: string): Promise<number> => {
    const answer = await requestAt(instance.url, 'GET', '/metrics', { key: operatorKey });
    const escaped = name.replace(/[{}"=]/g, (character) => `\\${character}`);
    const value = new RegExp(`^${escaped} (\\S+)$`, 'm').exec(answer.text)?.[1];
    if (value === undefined) throw new Error(`no ${name} in /metrics`);
    return Number(value);
  };
  async function waitForMetric(instance: ServeProcess, name: string, value: number, timeoutMs = 20_000) {
    const deadline = Date.now() + timeoutMs;
    while ((await metric(instance, name)) !== value) {
      if (Date.now() > deadline) throw new Error(`${instance.url}: ${name} never became ${value}`);
      await sleep(50);
    }
  }
  const hits = (instance: ServeProcess) =>
    metric(instance, 'tally_api_key_cache_lookups_total{result="hit"}');
  const misses = (instance: ServeProcess) =>
    metric(instance, 'tally_api_key_cache_lookups_total{result="miss"}');
  const usage = async (instance: ServeProcess, key: string) =>
    (await requestAt(instance.url, 'GET', '/v1/usage', { key })).status;

  const createAccount = async () => {
    const created = await requestAt(instance(0).url, 'POST', '/v1/accounts', {
      key: operatorKey,
      body: {
        name: 'Acme GmbH',
        timezone: 'Europe/Berlin',
        plan: 'grow',
        cycle: 'monthly',
        addonContacts: 0,
        startsAt: '2026-01-01T00:00:00+01:00',
      },
    });
    expect(created.status).toBe(201);
    return created.body.apiKey as string;
  };
  const createKey = async (accountKey: string) => {
    const created = await requestAt(instance(1).url, 'POST', '/v1/api-keys', {
      key: accountKey,
      body: { label: 'revocable' },
    });
    expect(created.status).toBe(201);
    return { id: created.body.id as string, token: created.body.token as string };
  };
  /** Two calls on every instance: the first reads the key, the second must be a cache hit. */
  const warm = async (token: string) => {
    for (const instance of instances) {
      const before = await hits(instance);
      expect(await usage(instance, token)).toBe(200);
      expect(await usage(instance, token)).toBe(200);
      expect(await hits(instance)).toBeGreaterThan(before);
    }
  };

  it('refuses a key revoked on one instance on the other two within a second, having served it from cache', async () => {
    const accountKey = await createAccount();
    const key = await createKey(accountKey);
    await warm(key.token);

    const [revoking, ...others] = instances as [ServeProcess, ServeProcess, ServeProcess];
    const revoked = await requestAt(revoking.url, 'DELETE', `/v1/api-keys/${key.id}`, { key: accountKey });
    expect(revoked.status).toBe(204);
    const revokedAt = performance.now();
    expect(await usage(revoking, key.token)).toBe(401);

    const delays = await Promise.all(
      others.map(async (instance) => {
        while ((await usage(instance, key.token)) === 200) {
          if (performance.now() - revokedAt > 5_000) throw new Error(`${instance.url} still accepts the key`);
          await sleep(50);
        }
        expect(await usage(instance, key.token)).toBe(401);
        return performance.now() - revokedAt;
      }),
    );
    console.info(
      `revocation reached the other instances after ${delays.map((ms) => Math.round(ms)).join(' and ')} ms`,
    );
    for (const delay of delays) expect(delay).toBeLessThan(1_000);
  });

  it('drops the caches when the listeners are terminated, so a revocation made meanwhile is never missed', async () => {
    const accountKey = await createAccount();
    const revokedWhileDown = await createKey(accountKey);
    const kept = await createKey(accountKey);
    await warm(revokedWhileDown.token);
    await warm(kept.token);
    const missesBefore = await Promise.all(instances.map(misses));

    // Refuse new connections, so no listener can come back before the revocation is made.
    await admin.query(`ALTER DATABASE ${databaseName} WITH ALLOW_CONNECTIONS false`);
    try {
      const terminated = await admin.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
          WHERE datname = $1 AND application_name = 'tally' AND pid <> pg_backend_pid()`,
        [databaseName],
      );
      expect(terminated.rowCount).toBeGreaterThanOrEqual(3);
      // Revoked the way Tally does, announcement included, while nobody listens to it.
      await inside.query('BEGIN');
      await inside.query('UPDATE api_keys SET revoked_at = 1 WHERE key_id = $1', [revokedWhileDown.id]);
      await inside.query("SELECT pg_notify('tally_revoked_' || md5(coalesce(current_schema(), '')), $1)", [
        revokedWhileDown.id,
      ]);
      await inside.query('COMMIT');

      for (const instance of instances) {
        await waitForMetric(instance, 'tally_api_key_cache_on', 0, 5_000);
        // The database is out of reach, so the key cannot be checked: refused, never served from memory.
        expect(await usage(instance, revokedWhileDown.token)).not.toBe(200);
      }
      await sleep(1_500);
      for (const instance of instances) expect(instance.process.exitCode).toBeNull();
    } finally {
      await admin.query(`ALTER DATABASE ${databaseName} WITH ALLOW_CONNECTIONS true`);
    }

    for (const instance of instances) await waitForMetric(instance, 'tally_api_key_cache_on', 1, 10_000);
    for (const [index, instance] of instances.entries()) {
      expect(await usage(instance, revokedWhileDown.token)).toBe(401);
      // Cached before the loss, so only a dropped cache makes it a miss now.
      expect(await usage(instance, kept.token)).toBe(200);
      expect(await misses(instance)).toBeGreaterThan(missesBefore[index] as number);
      expect(instance.process.exitCode).toBeNull();
      expect(instance.output()).toContain('API key revocation listener lost');
      expect(instance.output()).toMatch(/API key revocation listener back after [\d.]+ s/);
    }
  });
});
