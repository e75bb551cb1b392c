import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postgresTestUrl } from '../support/engines.js';
import { requestAt } from '../support/http-harness.js';
import { type ServeProcess, startServeProcess } from '../support/serve-process.js';
import { eventually, startWebhookReceiver } from '../support/webhook-receiver.js';

const operatorKey = 'postgres-faults-operator-key';
const contactsPerAccount = 1_500;
const batchSize = 50;
const writers = 6;
const faultRounds = 3;
/** How long each outage lasts once every instance has noticed it. */
const outageMs = 1_500;

interface Batch {
  apiKey: string;
  accountIndex: number;
  activities: { id: string; contactId: string; kind: string; occurredAt: string }[];
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Three `tally serve` processes on a PostgreSQL database of the test's own. While six
 * clients record activities through all three, every one of Tally's connections is
 * terminated, three times, each time with the database refusing new connections for a
 * moment (as during a restart or a failover). The database is the test's own so that
 * refusing connections touches nothing else on the shared server.
 */
describe('PostgreSQL connections lost under load', () => {
  const databaseName = `tally_faults_${randomBytes(5).toString('hex')}`;
  const databaseUrl = postgresTestUrl.replace(/\/[^/?]*(\?.*)?$/, `/${databaseName}`);
  let admin: pg.Client;
  let instances: ServeProcess[] = [];
  let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;

  beforeAll(async () => {
    admin = new pg.Client({ connectionString: postgresTestUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${databaseName}`);
    receiver = await startWebhookReceiver();
    instances = await Promise.all(
      [0, 1, 2].map(() =>
        startServeProcess(databaseUrl, {
          TALLY_OPERATOR_KEY: operatorKey,
          TALLY_CLOCK: 'manual',
          TALLY_CLOSE_INTERVAL_SECONDS: '1',
          TALLY_CLOSE_GRACE_MINUTES: '60',
        }),
      ),
    );
  }, 120_000);

  afterAll(async () => {
    await admin.query(`ALTER DATABASE ${databaseName} WITH ALLOW_CONNECTIONS true`).catch(() => {});
    await Promise.all(instances.map((instance) => instance.stop()));
    await admin.query(`DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`);
    await admin.end();
    await receiver.close();
  });

  const readiness = async (instance: ServeProcess) => {
    try {
      const answer = await requestAt(instance.url, 'GET', '/readyz');
      return answer.status;
    } catch {
      return 0;
    }
  };
  const waitForReadiness = async (status: number) => {
    const deadline = Date.now() + 20_000;
    for (const instance of instances) {
      while ((await readiness(instance)) !== status) {
        if (Date.now() > deadline) throw new Error(`${instance.url}/readyz never answered ${status}`);
        await sleep(50);
      }
    }
  };

  it('keeps every instance up, answers 503 while the database is gone, and loses or doubles no acknowledged activity', async () => {
    for (const instance of instances) {
      expect(
        (
          await requestAt(instance.url, 'POST', '/v1/admin/clock', {
            key: operatorKey,
            body: { now: '2026-03-15T12:00:00Z' },
          })
        ).status,
      ).toBe(200);
    }
    const accounts = await Promise.all(
      [0, 1].map(async (index) => {
        const created = await requestAt(instances[index]?.url as string, 'POST', '/v1/accounts', {
          key: operatorKey,
          body: {
            name: `Fault ${index}`,
            timezone: 'Europe/Berlin',
            plan: 'grow',
            cycle: 'monthly',
            startsAt: '2026-03-01T00:00:00+01:00',
          },
        });
        expect(created.status).toBe(201);
        const apiKey = created.body.apiKey as string;
        const endpoint = await requestAt(instances[index]?.url as string, 'POST', '/v1/webhook-endpoints', {
          key: apiKey,
          body: { url: receiver.url, eventTypes: ['month.closed'] },
        });
        expect(endpoint.status).toBe(201);
        return { id: created.body.account.id as string, apiKey };
      }),
    );

    // Every batch is retried until it is acknowledged; what the clients saw is kept.
    const acknowledged: Batch[] = [];
    const refusals: { status: number; code: string | undefined; retryAfter: string | null }[] = [];
    let networkErrors = 0;
    let faultsDone = false;
    const writer = async (w: number) => {
      for (let b = 0; !faultsDone || b < 3; b++) {
        const accountIndex = (w + b) % accounts.length;
        const account = accounts[accountIndex] as { apiKey: string };
        const batch: Batch = {
          apiKey: account.apiKey,
          accountIndex,
          activities: Array.from({ length: batchSize }, (_, i) => ({
            id: `w${w}-b${b}-${i}`,
            contactId: `c${(w * 7919 + b * batchSize + i * 31) % contactsPerAccount}`,
            kind: 'note.added',
            occurredAt: `2026-03-${String(10 + ((b + i) % 5)).padStart(2, '0')}T08:00:00Z`,
          })),
        };
        for (let attempt = 0; ; attempt++) {
          const instance = instances[(w + attempt) % instances.length] as ServeProcess;
          try {
            const answer = await requestAt(instance.url, 'POST', '/v1/activities', {
              key: batch.apiKey,
              body: { activities: batch.activities },
            });
            if (answer.status === 200 || answer.status === 201) {
              acknowledged.push(batch);
              break;
            }
            refusals.push({
              status: answer.status,
              code: answer.body?.code,
              retryAfter: answer.headers.get('retry-after'),
            });
          } catch {
            networkErrors++;
          }
          if (attempt > 400) throw new Error(`batch w${w}-b${b} was never acknowledged`);
          await sleep(100);
        }
      }
    };
    const writing = Promise.all(Array.from({ length: writers }, (_, w) => writer(w)));

    for (let round = 0; round < faultRounds; round++) {
      await sleep(700);
      await admin.query(`ALTER DATABASE ${databaseName} WITH ALLOW_CONNECTIONS false`);
      const terminated = await admin.query(
        'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
        [databaseName],
      );
      expect(terminated.rowCount).toBeGreaterThan(0);
      await waitForReadiness(503);
      await sleep(outageMs);
      await admin.query(`ALTER DATABASE ${databaseName} WITH ALLOW_CONNECTIONS true`);
      await waitForReadiness(200);
    }
    faultsDone = true;
    await writing;

    // No instance died on the lost connections.
    for (const instance of instances) {
      expect(instance.process.exitCode).toBeNull();
      expect(instance.process.signalCode).toBeNull();
    }
    expect(networkErrors).toBe(0);
    // The outages were felt, and answered as such: 503 with a code and Retry-After, never 500.
    expect(refusals.length).toBeGreaterThan(0);
    for (const refusal of refusals) {
      expect(refusal).toMatchObject({ status: 503, code: 'database_unavailable' });
      expect(Number(refusal.retryAfter)).toBeGreaterThan(0);
    }

    // Every acknowledged activity is in the ledger exactly once, and each account counts
    // exactly the contacts its acknowledged activities touched.
    const sent = new Set(acknowledged.flatMap((batch) => batch.activities.map((activity) => activity.id)));
    expect(sent.size).toBe(acknowledged.length * batchSize);
    const tally = new pg.Client({ connectionString: databaseUrl });
    await tally.connect();
    try {
      const ledger = await tally.query('SELECT count(*)::int AS rows FROM activity_ledger');
      expect(ledger.rows[0].rows).toBe(sent.size);
    } finally {
      await tally.end();
    }
    for (const [index, account] of accounts.entries()) {
      const contacts = new Set(
        acknowledged
          .filter((batch) => batch.accountIndex === index)
          .flatMap((batch) => batch.activities.map((activity) => activity.contactId)),
      );
      const usage = await requestAt(instances[index]?.url as string, 'GET', '/v1/usage', {
        key: account.apiKey,
      });
      expect(usage.status).toBe(200);
      expect(usage.body.activeContacts).toBe(contacts.size);
    }

    // The scheduled close, whose connections were terminated too, closes March by itself.
    for (const instance of instances) {
      await requestAt(instance.url, 'POST', '/v1/admin/clock', {
        key: operatorKey,
        body: { now: '2026-04-01T02:00:00Z' },
      });
    }
    const deadline = Date.now() + 20_000;
    for (const account of accounts) {
      for (;;) {
        const months = await requestAt(instances[0]?.url as string, 'GET', '/v1/usage/months', {
          key: account.apiKey,
        });
        const march = months.body.data.find((month: { period: string }) => month.period === '2026-03');
        if (march?.closed === true) break;
        if (Date.now() > deadline) throw new Error(`March was not closed: ${months.text}`);
        await sleep(200);
      }
    }

    // The outbox workers, whose connections were terminated too, deliver the close's events.
    await eventually(
      () =>
        accounts.every((account) =>
          receiver.received.some(
            (hook) => hook.body.type === 'month.closed' && JSON.stringify(hook.body).includes(account.id),
          ),
        ),
      20_000,
    );

    const verify = spawn(
      process.execPath,
      ['--import', 'tsx', 'src/cli/main.ts', 'verify', '--database', databaseUrl],
      {
        stdio: 'ignore',
      },
    );
    expect(await new Promise((resolve) => verify.once('exit', resolve))).toBe(0);
  }, 180_000);
});
