import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';

/**
 * `npm run bench:http`: `tally serve` on SQLite in its own process, loaded from this one
 * over loopback with autocannon — batch ingest (100 activities a request, every id new)
 * and `GET /v1/usage`. Writes bench/results/http.md.
 */
const operatorKey = 'bench-operator-key';
const seconds = Number(process.env.TALLY_BENCH_SECONDS ?? 10);
const directory = mkdtempSync(join(tmpdir(), 'tally-http-bench-'));
const server = await startServerProcess(join(directory, 'bench.db'));

try {
  const account = await createAccount(server.url);
  let sequence = 0;
  const monthStart = Date.parse('2026-11-01T00:00:00Z');
  const ingest = await autocannon({
    url: server.url,
    connections: 16,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        path: '/v1/activities',
        headers: { authorization: `Bearer ${account.apiKey}`, 'content-type': 'application/json' },
        setupRequest: (request) => {
          const activities = Array.from({ length: 100 }, () => {
            sequence++;
            return {
              id: `h${sequence}`,
              contactId: `c${(sequence * 7919) % 50_000}`,
              kind: 'message.sent',
              occurredAt: new Date(monthStart + (sequence % 2_000_000)).toISOString(),
            };
          });
          return { ...request, body: JSON.stringify({ activities }) };
        },
      },
    ],
  });
  const reads = await autocannon({
    url: `${server.url}/v1/usage`,
    connections: 16,
    duration: seconds,
    headers: { authorization: `Bearer ${account.apiKey}` },
  });
  const failures = ingest.non2xx + ingest.errors + reads.non2xx + reads.errors;
  const lines = [
    '# HTTP benchmark',
    '',
    `${new Date().toISOString()} · tally serve on SQLite in one process, autocannon in another, loopback, 16 connections, ${seconds} s each`,
    '',
    '| scenario | requests/s | activities/s | p50 | p99 | failed requests |',
    '|---|---:|---:|---:|---:|---:|',
    `| POST /v1/activities, 100 per batch | ${Math.round(ingest.requests.average).toLocaleString('en')} | ${Math.round(ingest.requests.average * 100).toLocaleString('en')} | ${ingest.latency.p50} ms | ${ingest.latency.p99} ms | ${ingest.non2xx + ingest.errors} |`,
    `| GET /v1/usage | ${Math.round(reads.requests.average).toLocaleString('en')} | – | ${reads.latency.p50} ms | ${reads.latency.p99} ms | ${reads.non2xx + reads.errors} |`,
    '',
  ];
  const text = lines.join('\n');
  process.stdout.write(`${text}\n`);
  mkdirSync('bench/results', { recursive: true });
  writeFileSync('bench/results/http.md', text);
  if (failures > 0) process.exitCode = 1;
} finally {
  server.process.kill('SIGTERM');
  await new Promise((resolve) => server.process.once('exit', resolve));
  rmSync(directory, { recursive: true, force: true });
}

async function startServerProcess(databasePath: string): Promise<{ url: string; process: ChildProcess }> {
  const child = spawn(
    process.execPath,
    ['dist/src/cli/main.js', 'serve', '--database', databasePath, '--port', '0'],
    {
      env: { ...process.env, TALLY_OPERATOR_KEY: operatorKey, TALLY_LOG: 'off', TALLY_CLOCK: 'manual' },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match) resolve(match[1] as string);
    });
    child.once('exit', (code) => reject(new Error(`tally serve exited with ${code}: ${output}`)));
  });
  return { url, process: child };
}

async function createAccount(url: string): Promise<{ id: string; apiKey: string }> {
  const post = (path: string, body: unknown) =>
    fetch(`${url}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${operatorKey}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  await post('/v1/admin/clock', { now: '2026-11-28T12:00:00Z' });
  const response = await post('/v1/accounts', {
    name: 'HTTP bench',
    plan: 'scale',
    cycle: 'monthly',
    startsAt: '2026-11-01T00:00:00+01:00',
  });
  if (response.status !== 201) throw new Error(`account creation failed: ${await response.text()}`);
  const created = (await response.json()) as { account: { id: string }; apiKey: string };
  return { id: created.account.id, apiKey: created.apiKey };
}
