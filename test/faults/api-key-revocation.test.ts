import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postgresTestUrl } from '../support/engines.js';
import { requestAt } from '../support/http-harness.js';
import { type ServeProcess, startServeProcess } from '../support/serve-process.js';

const operatorKey = 'key-revocation-operator-key';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Activity {
  id: string;
  contactId: string;
  kind: string;
  occurredAt: string;
}

/** A batch an instance answered 200: what the client may rely on being counted. */
interface Acknowledged {
  account: number;
  instance: number;
  activities: Activity[];
}

/**
 * Three `tally serve` processes on one PostgreSQL database (one schema), each caching the
 * API keys it verified (decision 0047). A key revoked on one is refused by the others
 * within a second; and when every Tally connection is terminated, the caches are dropped,
 * so a revocation made while no instance was listening is not missed. Under concurrent
 * ingest through all three, with a key revoked midway, each acknowledged activity is
 * counted exactly once and nothing refused is counted. The database is the test's own,
 * so terminating its connections and refusing new ones touches nothing else.
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

  const openAccount = async () => {
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
    return { id: created.body.account.id as string, apiKey: created.body.apiKey as string };
  };
  const createAccount = async () => (await openAccount()).apiKey;
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

  it('counts exactly what three instances acknowledged under concurrent ingest, while a key is revoked on one of them', async () => {
    // Each manual clock reads the moment its process started; one instant on all three keeps
    // every activity in one usage month, whatever day the test runs.
    for (const instance of instances) {
      const set = await requestAt(instance.url, 'POST', '/v1/admin/clock', {
        key: operatorKey,
        body: { now: '2026-03-15T12:00:00Z' },
      });
      expect(set.status).toBe(200);
    }
    const accounts = [await openAccount(), await openAccount(), await openAccount()];
    const [first] = accounts as [{ id: string; apiKey: string }];
    const revocable = await createKey(first.apiKey);
    await warm(revocable.token);

    // Larger than what one account receives in 3 s, so the count is not simply the pool's
    // size, and small enough that the same contacts arrive through different instances.
    const contactPool = 2_000;
    const batchSize = 20;
    const acknowledged: Acknowledged[] = [];
    const keyAnswers: { instance: number; sentAt: number; answeredAt: number; status: number }[] = [];
    const unexpected: string[] = [];
    let redeliveries = 0;
    let stopAt = performance.now() + 3_000;
    let revokeSentAt = Number.POSITIVE_INFINITY;
    let revokedAt = Number.POSITIVE_INFINITY;

    /**
     * Every other batch re-delivers half of a batch another instance acknowledged for the
     * same account (same ids, same contents), so replays race first deliveries; the rest
     * are new activities on contacts drawn from the account's shared pool.
     */
    const batchFor = (loop: string, round: number, account: number, at: number) => {
      const earlier = acknowledged.filter((batch) => batch.account === account && batch.instance !== at);
      const replayed =
        round % 2 === 1 && earlier.length > 0
          ? (earlier[Math.floor(Math.random() * earlier.length)] as Acknowledged).activities.slice(
              0,
              batchSize / 2,
            )
          : [];
      const fresh = Array.from({ length: batchSize - replayed.length }, (_, i) => ({
        id: `${loop}-b${round}-${i}`,
        contactId: `contact-${Math.floor(Math.random() * contactPool)}`,
        kind: 'note.added',
        // Several days, so concurrent writers also race to record a contact's first activity.
        occurredAt: `2026-03-${String(2 + ((round + i) % 13)).padStart(2, '0')}T08:00:00Z`,
      }));
      return { activities: [...replayed, ...fresh], replayed: replayed.length > 0 };
    };

    /** Sends batches one after the other to one instance until the window closes. */
    const ingest = async (
      loop: string,
      at: number,
      caller: (round: number) => { account: number; key: string; revocable: boolean },
    ) => {
      for (let round = 0; performance.now() < stopAt; round++) {
        const { account, key, revocable } = caller(round);
        const { activities, replayed } = batchFor(loop, round, account, at);
        const sentAt = performance.now();
        let answer: Awaited<ReturnType<typeof requestAt>>;
        try {
          answer = await requestAt(instance(at).url, 'POST', '/v1/activities', { key, body: { activities } });
        } catch (error) {
          unexpected.push(`${loop} round ${round}: ${error}`);
          continue;
        }
        if (revocable) {
          keyAnswers.push({ instance: at, sentAt, answeredAt: performance.now(), status: answer.status });
        }
        if (answer.status === 200 && answer.body.accepted === activities.length) {
          acknowledged.push({ account, instance: at, activities });
          if (replayed) redeliveries++;
        } else if (!(revocable && answer.status === 401)) {
          unexpected.push(`${loop} round ${round} on instance ${at}: ${answer.status} ${answer.text}`);
        }
      }
    };

    const writing = [
      // Four writers on the accounts' own keys, each turning through all three accounts.
      ...[0, 1, 2, 3].map((w) =>
        ingest(`w${w}`, w % instances.length, (round) => {
          const account = (w + round) % accounts.length;
          return { account, key: (accounts[account] as { apiKey: string }).apiKey, revocable: false };
        }),
      ),
      // Two on the second key of the first account, on the instances that do not revoke it.
      ...[1, 2].map((at) =>
        ingest(`k${at}`, at, () => ({ account: 0, key: revocable.token, revocable: true })),
      ),
    ];
    const revoking = (async () => {
      await sleep(1_200);
      revokeSentAt = performance.now();
      const revoked = await requestAt(instance(0).url, 'DELETE', `/v1/api-keys/${revocable.id}`, {
        key: first.apiKey,
      });
      revokedAt = performance.now();
      // Long enough after the revocation to see the other two refuse the key.
      stopAt = Math.max(stopAt, revokedAt + 1_500);
      return revoked.status;
    })();
    expect(await revoking).toBe(204);
    await Promise.all(writing);

    // Nothing failed: every answer was a 200, or a 401 for the revoked key (never a 5xx).
    expect(unexpected).toEqual([]);
    expect(redeliveries).toBeGreaterThan(0);

    // The key served ingest on both other instances until the revocation, and every request
    // sent to them a second after it was refused.
    for (const at of [1, 2]) {
      const answers = keyAnswers.filter((answer) => answer.instance === at);
      const before = answers.filter((answer) => answer.sentAt < revokeSentAt);
      const late = answers.filter((answer) => answer.sentAt >= revokedAt + 1_000);
      expect(before.length).toBeGreaterThan(0);
      expect(before.map((answer) => answer.status)).toEqual(before.map(() => 200));
      expect(late.length).toBeGreaterThan(0);
      expect(late.map((answer) => answer.status)).toEqual(late.map(() => 401));
      const firstRefused = Math.min(
        ...answers.filter((answer) => answer.status === 401).map((answer) => answer.answeredAt - revokedAt),
      );
      console.info(
        `instance ${at}: ${before.length} batches on the key before its revocation, first refused ${Math.round(firstRefused)} ms after it`,
      );
    }
    for (const instance of instances) expect(await usage(instance, revocable.token)).toBe(401);

    // Each account counts exactly the contacts its acknowledged batches named, on every
    // instance; the ledger holds each acknowledged activity once, and nothing else.
    const tally = new pg.Client({ connectionString: databaseUrl });
    await tally.connect();
    try {
      for (const [index, account] of accounts.entries()) {
        const batches = acknowledged.filter((batch) => batch.account === index);
        const activities = batches.flatMap((batch) => batch.activities);
        const ids = new Set(activities.map((activity) => activity.id));
        const contacts = new Set(activities.map((activity) => activity.contactId));
        // The same contacts did arrive through more than one instance.
        const through = new Map<string, Set<number>>();
        for (const batch of batches) {
          for (const activity of batch.activities) {
            through.set(
              activity.contactId,
              (through.get(activity.contactId) ?? new Set()).add(batch.instance),
            );
          }
        }
        const shared = [...through.values()].filter((seen) => seen.size > 1).length;
        expect(shared).toBeGreaterThan(0);
        expect(ids.size).toBeLessThan(activities.length);
        console.info(
          `account ${index}: ${batches.length} batches acknowledged, ${activities.length} activities, ${ids.size} distinct, ${contacts.size} contacts (${shared} through several instances)`,
        );

        for (const instance of instances) {
          const answer = await requestAt(instance.url, 'GET', '/v1/usage', { key: account.apiKey });
          expect(answer.status).toBe(200);
          expect(answer.body.activeContacts).toBe(contacts.size);
        }
        const ledger = await tally.query('SELECT activity_key FROM activity_ledger WHERE account_id = $1', [
          account.id,
        ]);
        expect(ledger.rowCount).toBe(ids.size);
        expect(new Set(ledger.rows.map((row) => row.activity_key as string))).toEqual(ids);
      }
    } finally {
      await tally.end();
    }

    // `tally verify` recounts every usage month from the ledger and finds no difference.
    const verify = spawn(
      process.execPath,
      ['--import', 'tsx', 'src/cli/main.ts', 'verify', '--database', databaseUrl],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let verifyOutput = '';
    verify.stdout?.on('data', (chunk: Buffer) => {
      verifyOutput += chunk.toString();
    });
    verify.stderr?.on('data', (chunk: Buffer) => {
      verifyOutput += chunk.toString();
    });
    const exitCode = await new Promise((resolve) => verify.once('exit', resolve));
    expect(verifyOutput).toContain('all consistent with the activity ledger');
    expect(exitCode).toBe(0);
  });
});
