import { existsSync, statSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { parseArgs } from 'node:util';
import { Temporal } from 'temporal-polyfill';
import type { Engine, SqliteStore } from '../src/store/store.js';
import { seedBenchAccounts } from './bench-accounts.js';
import { type BenchDatabase, openBenchDatabase, reopenBenchDatabase } from './bench-database.js';
import { tallyDesign } from './designs.js';
import { activitiesPerRequest, batchMaker, loadIngest } from './http-load.js';
import { startTallyServer } from './server-process.js';
import { percentile } from './statistics.js';
import { workloadAt } from './workload.js';

/**
 * `npm run bench` (after the main suite), or alone: `node dist/bench/fault-benchmarks.js`.
 * What decision 0032's fault handling costs and buys, each beside its alternative in the
 * same run:
 * - durability: HTTP ingest on SQLite with `synchronous = FULL` (the default) and NORMAL;
 * - the WAL checkpoint policy: the WAL's peak size against the database's while the library
 *   ingests the workload, with the policy (a quarter of the database, at most 128 MiB, cut
 *   back after each checkpoint) and with the fixed 128 MiB and no limit it replaces;
 * - overload: 1,000 connections sending batches at once for a while, against the default
 *   admission limits and against a server that admits everything.
 * Writes bench/results/faults.md. Flags: --scale, --seconds, --engines, --only durability,wal,overload.
 */
const { values: flags } = parseArgs({
  options: {
    scale: { type: 'string', default: '1' },
    seconds: { type: 'string', default: '10' },
    engines: { type: 'string', default: 'sqlite,postgres' },
    only: { type: 'string', default: 'durability,wal,overload' },
  },
});
const only = new Set((flags.only ?? '').split(','));
const scale = Number(flags.scale);
const seconds = Number(flags.seconds);
const engines = (flags.engines ?? '').split(',') as Engine[];
const serverNow = Temporal.ZonedDateTime.from('2026-11-28T12:00[Europe/Berlin]').toInstant().toString();
const mib = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MiB`;
const count = (value: number) => Math.round(value).toLocaleString('en');
const log = (line: string) => process.stderr.write(`${line}\n`);

/** A database with 1,000 accounts and their API keys, for the HTTP phases. */
async function seededForHttp(engine: Engine): Promise<{ database: BenchDatabase; accounts: number }> {
  const workload = workloadAt(scale);
  const database = await openBenchDatabase(engine, true);
  const accounts = Array.from({ length: Math.min(1000, workload.accountIds.length) }, (_, i) => `http-${i}`);
  await seedBenchAccounts(database.store, accounts, workload.anchor, workload.monthStart);
  await database.close();
  return { database, accounts: accounts.length };
}

function fileSize(path: string): number {
  return existsSync(path) ? statSync(path).size : 0;
}

async function durability(): Promise<string[]> {
  const rows: string[] = [];
  const rates: Record<string, number> = {};
  for (const setting of ['full', 'normal'] as const) {
    const { database, accounts } = await seededForHttp('sqlite');
    const server = await startTallyServer(database.handle, serverNow, { TALLY_DURABILITY: setting });
    let peakWal = 0;
    const path = database.handle.location;
    const sampler = setInterval(() => {
      peakWal = Math.max(peakWal, fileSize(`${path}-wal`));
    }, 100);
    try {
      const workload = workloadAt(scale);
      const figures = await loadIngest(
        server.url,
        { prefix: 'd', accounts, monthStart: workload.monthStart, latest: Date.parse(serverNow) },
        seconds,
      );
      rates[setting] = figures.activitiesPerSecond;
      rows.push(
        `| SQLite, \`TALLY_DURABILITY=${setting}\` | ${count(figures.activitiesPerSecond)} | ${figures.p50} ms | ${figures.p99} ms | ${mib(peakWal)} | ${mib(fileSize(path))} | ${figures.failures} |`,
      );
      log(`durability ${setting}: ${JSON.stringify(figures)}`);
    } finally {
      clearInterval(sampler);
      await server.stop();
      await (await reopenBenchDatabase(database.handle, false)).dispose();
    }
  }
  return [
    '## Durability: what `synchronous = FULL` costs',
    '',
    `HTTP ingest, 100 activities a request from 16 connections for ${seconds} s, into a fresh SQLite database.`,
    '',
    '| setting | activities/s | p50 | p99 | WAL peak | database | failed requests |',
    '|---|---:|---:|---:|---:|---:|---:|',
    ...rows,
    '',
    `FULL ÷ NORMAL: ${((rates.full ?? 0) / (rates.normal ?? 1)).toFixed(2)}×.`,
    '',
  ];
}

async function walPolicy(): Promise<string[]> {
  const workload = workloadAt(scale);
  const batchSize = 10_000;
  const rows: string[] = [];
  for (const policy of ['sized to the database', 'fixed 128 MiB, never cut back'] as const) {
    const database = await tallyDesign.open('sqlite', workload);
    const store = database.store as SqliteStore;
    if (policy !== 'sized to the database') {
      store.sqlite.pragma('wal_autocheckpoint = 16384');
      store.sqlite.pragma('journal_size_limit = -1');
    }
    const path = database.handle.location;
    let peakWal = 0;
    let peakRatio = 0;
    const started = performance.now();
    try {
      for (let from = 0; from < workload.events.length; from += batchSize) {
        await tallyDesign.ingest(store, workload, from, Math.min(workload.events.length, from + batchSize));
        // What `tally serve` does every 10 s; here after every batch, as the database grows.
        if (policy === 'sized to the database') store.adaptToSize();
        const wal = fileSize(`${path}-wal`);
        peakWal = Math.max(peakWal, wal);
        // Against the database's own size (pages in the WAL not yet copied count too).
        const databaseBytes = Number(store.sqlite.pragma('page_count', { simple: true })) * 8192;
        peakRatio = Math.max(peakRatio, wal / databaseBytes);
      }
      const rate = workload.events.length / ((performance.now() - started) / 1000);
      rows.push(
        `| ${policy} | ${count(rate)} | ${mib(peakWal)} | ${mib(fileSize(`${path}-wal`))} | ${mib(fileSize(path))} | ${peakRatio.toFixed(2)} |`,
      );
      log(`wal ${policy}: ${count(rate)}/s, peak ${mib(peakWal)}`);
    } finally {
      await database.dispose();
    }
  }
  return [
    '## The SQLite WAL checkpoint policy',
    '',
    `Library ingest of the workload (${count(workload.events.length)} activities, batches of 10,000, one connection); WAL and database file sizes after every batch.`,
    '',
    '| policy | activities/s | WAL peak | WAL file at the end | database file at the end | largest WAL ÷ database size |',
    '|---|---:|---:|---:|---:|---:|',
    ...rows,
    '',
  ];
}

interface Shot {
  status: number;
  ms: number;
}

/** `clients` connections, each sending its next batch as soon as the last is answered, for `seconds`. */
async function overloadLoad(url: string, accounts: number, clients: number): Promise<Shot[]> {
  const workload = workloadAt(scale);
  const next = batchMaker({
    prefix: 'o',
    accounts,
    monthStart: workload.monthStart,
    latest: Date.parse(serverNow),
  });
  const shots: Shot[] = [];
  const until = performance.now() + seconds * 1000;
  const send = (): Promise<Shot> => {
    const batch = next();
    const started = performance.now();
    return new Promise((resolve) => {
      const request = httpRequest(
        `${url}/v1/activities`,
        {
          method: 'POST',
          agent: false,
          headers: { authorization: `Bearer ${batch.token}`, 'content-type': 'application/json' },
        },
        (response) => {
          response.resume();
          response.on('end', () =>
            resolve({ status: response.statusCode ?? 0, ms: performance.now() - started }),
          );
        },
      );
      request.on('error', () => resolve({ status: 0, ms: performance.now() - started }));
      request.end(batch.body);
    });
  };
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (performance.now() < until) {
        const shot = await send();
        shots.push(shot);
        // A refused client comes back after a moment, as Retry-After asks (shortened to keep the pressure on).
        if (shot.status !== 200) await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }),
  );
  return shots;
}

async function overload(): Promise<string[]> {
  const rows: string[] = [];
  for (const engine of engines) {
    for (const gate of ['default limits (64 running, 512 queued for 1 s)', 'no limits'] as const) {
      const { database, accounts } = await seededForHttp(engine);
      const server = await startTallyServer(
        database.handle,
        serverNow,
        gate === 'no limits'
          ? {
              TALLY_MAX_CONCURRENT_REQUESTS: '1000000',
              TALLY_QUEUE_TIMEOUT_MS: '600000',
              TALLY_REQUEST_TIMEOUT_SECONDS: '600',
            }
          : {},
      );
      try {
        const shots = await overloadLoad(server.url, accounts, 1_000);
        const served = shots.filter((shot) => shot.status === 200).map((shot) => shot.ms);
        const refused = shots.filter((shot) => shot.status === 503).map((shot) => shot.ms);
        const failed = shots.length - served.length - refused.length;
        const p = (values: number[], q: number) =>
          values.length === 0 ? '–' : `${Math.round(percentile(values, q))} ms`;
        rows.push(
          `| ${engine} | ${gate} | ${count((served.length * activitiesPerRequest) / seconds)} | ${p(served, 50)} | ${p(served, 99)} | ${p(served, 100)} | ${count(refused.length)} (${((100 * refused.length) / Math.max(1, shots.length)).toFixed(0)} %) | ${p(refused, 99)} | ${failed} | ${mib(server.peakRss())} |`,
        );
        log(
          `overload ${engine} ${gate}: served ${served.length}, refused ${refused.length}, failed ${failed}`,
        );
      } finally {
        await server.stop();
        await (await reopenBenchDatabase(database.handle, false)).dispose();
      }
    }
  }
  return [
    '## Overload: 1,000 connections at once',
    '',
    `1,000 clients, each on a connection of its own, sending 100-activity batches for ${seconds} s, the next as soon as the last is answered (100 ms after a refusal).`,
    '',
    '| engine | admission | served activities/s | served p50 | served p99 | served max | refused | refused p99 | no answer | server peak RSS |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows,
    '',
  ];
}

const sections = [
  `${new Date().toISOString()} · scale ${scale}`,
  '',
  ...(engines.includes('sqlite') && only.has('durability') ? await durability() : []),
  ...(engines.includes('sqlite') && only.has('wal') ? await walPolicy() : []),
  ...(only.has('overload') ? await overload() : []),
];
const text = sections.join('\n');
process.stdout.write(`\n${text}\n`);
if (scale === 1 && engines.length === 2)
  writeFileSync('bench/results/faults.md', `# Fault handling benchmarks\n\n${text}`);
