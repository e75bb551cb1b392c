import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readdirSync } from 'node:fs';
import pg from 'pg';
import { postgresBenchUrl } from './bench-database.js';

/**
 * A fault drill, run by hand (it restarts the PostgreSQL server, which no test may do):
 *   npm run build && node dist/bench/postgres-restart-drill.js
 * Three `tally serve` instances on a database of the drill's own take batches of
 * activities from six clients that retry until acknowledged; meanwhile the server is
 * restarted with `pg_ctlcluster … restart`. It reports what the instances and the clients
 * saw, and checks that no process exited, every acknowledged activity is in the ledger
 * once, and `tally verify` is clean. docs/operations.md records a run.
 */
const batchSize = 50;
const writers = 6;
const operatorKey = 'drill-operator-key';
const databaseName = `tally_drill_${randomBytes(4).toString('hex')}`;
const databaseUrl = postgresBenchUrl.replace(/\/[^/?]*(\?.*)?$/, `/${databaseName}`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const started = performance.now();
const at = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
const say = (line: string) => process.stdout.write(`${at()}  ${line}\n`);

interface Instance {
  url: string;
  child: ReturnType<typeof spawn>;
  exitCode: number | null;
  log: string;
}

async function startInstance(): Promise<Instance> {
  const child = spawn(
    process.execPath,
    ['dist/src/cli/main.js', 'serve', '--database', databaseUrl, '--port', '0'],
    {
      env: { ...process.env, TALLY_OPERATOR_KEY: operatorKey, TALLY_CLOCK: 'manual', TALLY_LOG: 'on' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const instance: Instance = { url: '', child, exitCode: null, log: '' };
  child.once('exit', (code) => {
    instance.exitCode = code ?? -1;
  });
  instance.url = await new Promise<string>((resolve, reject) => {
    const read = (chunk: Buffer) => {
      instance.log += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(instance.log);
      if (match) resolve(match[1] as string);
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => reject(new Error(`tally serve exited with ${code}`)));
  });
  return instance;
}

async function call(url: string, method: string, path: string, key: string, body?: unknown) {
  const response = await fetch(`${url}${path}`, {
    method,
    headers: { authorization: `Bearer ${key}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

const admin = new pg.Client({ connectionString: postgresBenchUrl });
await admin.connect();
await admin.query(`CREATE DATABASE ${databaseName}`);
await admin.end();
const instances: Instance[] = [];
for (let i = 0; i < 3; i++) instances.push(await startInstance());
say(`3 instances on ${databaseName}: ${instances.map((instance) => instance.url).join(', ')}`);
for (const instance of instances) {
  await call(instance.url, 'POST', '/v1/admin/clock', operatorKey, { now: '2026-03-15T12:00:00Z' });
}
const apiKeys: string[] = [];
for (let a = 0; a < 2; a++) {
  const created = await call(instances[a]?.url as string, 'POST', '/v1/accounts', operatorKey, {
    name: `Drill ${a}`,
    plan: 'grow',
    cycle: 'monthly',
    startsAt: '2026-03-01T00:00:00+01:00',
  });
  apiKeys.push(created.body.apiKey as string);
}

// Readiness, polled every 100 ms: each instance's transitions.
const readiness = instances.map(() => ({ state: 200, changes: [] as string[] }));
let polling = true;
const poller = (async () => {
  while (polling) {
    await Promise.all(
      instances.map(async (instance, index) => {
        const status = await fetch(`${instance.url}/readyz`).then(
          (response) => response.status,
          () => 0,
        );
        const seen = readiness[index] as { state: number; changes: string[] };
        if (status !== seen.state) {
          seen.changes.push(`${at()} → ${status}`);
          seen.state = status;
        }
      }),
    );
    await sleep(100);
  }
})();

const acknowledged = new Set<string>();
const contactsByAccount = [new Set<string>(), new Set<string>()];
const answers = new Map<string, number>();
let longestWaitMs = 0;
let writing = true;
const writer = async (w: number) => {
  for (let b = 0; writing; b++) {
    const account = (w + b) % 2;
    const activities = Array.from({ length: batchSize }, (_, i) => ({
      id: `w${w}-b${b}-${i}`,
      contactId: `c${(w * 7919 + b * batchSize + i * 31) % 3000}`,
      kind: 'note.added',
      occurredAt: `2026-03-${String(10 + ((b + i) % 5)).padStart(2, '0')}T08:00:00Z`,
    }));
    const first = performance.now();
    for (let attempt = 0; ; attempt++) {
      const url = instances[(w + attempt) % 3]?.url as string;
      const answer = await call(url, 'POST', '/v1/activities', apiKeys[account] as string, {
        activities,
      }).catch(() => ({ status: 0, body: undefined }));
      const label = `${answer.status} ${answer.body?.code ?? ''}`.trim();
      answers.set(label, (answers.get(label) ?? 0) + 1);
      if (answer.status === 200) break;
      await sleep(200);
    }
    longestWaitMs = Math.max(longestWaitMs, performance.now() - first);
    for (const activity of activities) {
      acknowledged.add(activity.id);
      contactsByAccount[account]?.add(activity.contactId);
    }
  }
};
const writing$ = Promise.all(Array.from({ length: writers }, (_, w) => writer(w)));

await sleep(3_000);
const cluster = readdirSync('/etc/postgresql')[0] as string;
say(`restarting PostgreSQL ${cluster} (pg_ctlcluster restart)…`);
const restartStarted = performance.now();
// Not execFileSync: the clients and the readiness poller run in this process and must go on.
const restart = spawn('pg_ctlcluster', ['--skip-systemctl-redirect', cluster, 'main', 'restart'], {
  stdio: 'inherit',
});
await new Promise((resolve) => restart.once('exit', resolve));
say(`PostgreSQL restarted in ${((performance.now() - restartStarted) / 1000).toFixed(1)} s`);
await sleep(8_000);
writing = false;
await writing$;
polling = false;
await poller;

const alive = instances.filter((instance) => instance.exitCode === null).length;
const check = new pg.Client({ connectionString: databaseUrl });
await check.connect();
const ledger = Number((await check.query('SELECT count(*) AS rows FROM activity_ledger')).rows[0].rows);
await check.end();
const counted: number[] = [];
for (const [a, key] of apiKeys.entries()) {
  counted.push(
    (await call(instances[0]?.url as string, 'GET', '/v1/usage', key)).body.activeContacts as number,
  );
  say(`account ${a}: ${counted[a]} active, ${contactsByAccount[a]?.size} expected`);
}
const verify = spawn(process.execPath, ['dist/src/cli/main.js', 'verify', '--database', databaseUrl], {
  stdio: 'inherit',
});
const verified = await new Promise((resolve) => verify.once('exit', resolve));

say(`instances still running: ${alive} of 3`);
for (const [index, seen] of readiness.entries())
  say(`instance ${index} /readyz: 200 ${seen.changes.join(', ')}`);
say(`client answers: ${[...answers].map(([label, n]) => `${label} ×${n}`).join(', ')}`);
say(`longest a batch took from first attempt to acknowledgement: ${(longestWaitMs / 1000).toFixed(1)} s`);
say(`acknowledged activities ${acknowledged.size}, ledger rows ${ledger}; tally verify exit ${verified}`);
for (const instance of instances) {
  const lines = instance.log
    .split('\n')
    .filter((line) => /"database":"(unavailable|available|storage_full)"/.test(line));
  for (const line of lines.slice(0, 2)) {
    const entry = JSON.parse(line) as { msg: string; database: string };
    say(`log: ${entry.database}: ${entry.msg.slice(0, 110)}…`);
  }
}
for (const instance of instances) instance.child.kill('SIGTERM');
await sleep(1_000);
const cleanup = new pg.Client({ connectionString: postgresBenchUrl });
await cleanup.connect();
await cleanup.query(`DROP DATABASE ${databaseName} WITH (FORCE)`);
await cleanup.end();
const ok =
  alive === 3 &&
  ledger === acknowledged.size &&
  verified === 0 &&
  counted.every((value, a) => value === contactsByAccount[a]?.size);
say(ok ? 'drill passed' : 'drill FAILED');
process.exitCode = ok ? 0 : 1;
