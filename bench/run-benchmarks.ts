import { execSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Engine } from '../src/store/store.js';
import { type BenchDatabaseHandle, dropBenchDatabase, postgresConnections } from './bench-database.js';
import type { CloseFigures } from './close-benchmark.js';
import type { IngestLoadFigures, ReadLoadFigures } from './http-load.js';
import type { IngestFigures } from './ingest-benchmark.js';
import type { PhaseResult, PhaseSpec } from './phase.js';
import type { RenameFigures } from './rename-benchmark.js';
import { median } from './statistics.js';
import { workloadAt } from './workload.js';

/**
 * `npm run bench`: the whole suite on SQLite and PostgreSQL in one run, each measurement
 * beside the naive raw-events-plus-COUNT(DISTINCT) design — ingest through the library and
 * over HTTP, usage reads under load, month close, status rename, and peak memory. Each
 * phase runs in a process of its own (servers too), so every peak RSS belongs to one
 * phase. Writes bench/results/benchmarks.{md,json} and the README's table.
 * Flags: --scale 0.05 for a quick look (prints only), --runs N, --seconds N (HTTP phases),
 * --engines sqlite,postgres, --batch-size N; --from bench/results/benchmarks.json renders a
 * saved run again without measuring.
 */
const { values: flags } = parseArgs({
  options: {
    scale: { type: 'string', default: '1' },
    runs: { type: 'string', default: '3' },
    seconds: { type: 'string', default: '10' },
    engines: { type: 'string', default: 'sqlite,postgres' },
    'batch-size': { type: 'string', default: '10000' },
    from: { type: 'string' },
  },
});
interface SavedRun {
  measuredAt: string;
  scale: number;
  runs: number;
  seconds: number;
  batchSize: number;
  results: Record<Engine, EngineResults>;
}
const saved =
  flags.from === undefined ? undefined : (JSON.parse(readFileSync(flags.from, 'utf8')) as SavedRun);
const scale = saved?.scale ?? Number(flags.scale);
const runs = saved?.runs ?? Number(flags.runs);
const seconds = saved?.seconds ?? Number(flags.seconds);
const batchSize = saved?.batchSize ?? Number(flags['batch-size']);
const engines = saved
  ? (Object.keys(saved.results) as Engine[])
  : ((flags.engines ?? '').split(',') as Engine[]);
const renameContacts = Math.round(100_000 * scale);
const workload = workloadAt(scale);
const scratch = mkdtempSync(join(tmpdir(), 'tally-bench-results-'));

interface ReadsFigures {
  random: ReadLoadFigures;
  largest: ReadLoadFigures;
}

interface EngineResults {
  ingest: Record<'Tally' | 'bare minimum' | 'naive', PhaseResult>;
  httpIngest: Record<'Tally' | 'naive', PhaseResult>;
  reads: Record<'Tally' | 'naive', PhaseResult>;
  close: Record<'Tally' | 'naive', PhaseResult>;
  rename: Record<'Tally' | 'naive', PhaseResult>;
}

const results = new Map<Engine, EngineResults>(
  saved ? (Object.entries(saved.results) as [Engine, EngineResults][]) : [],
);
const measuredAt = saved?.measuredAt ?? new Date().toISOString();
try {
  if (!saved) for (const engine of engines) results.set(engine, await benchEngine(engine));
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
report();

async function benchEngine(engine: Engine): Promise<EngineResults> {
  const ingest = async (design: 'Tally' | 'bare minimum' | 'naive', keep: boolean) =>
    runPhase({ phase: 'ingest', engine, design, scale, runs, batchSize, keep });
  const kept: BenchDatabaseHandle[] = [];
  try {
    const tally = await ingest('Tally', true);
    kept.push((tally.figures as IngestFigures).kept as BenchDatabaseHandle);
    const bare = await ingest('bare minimum', false);
    const naive = await ingest('naive', true);
    kept.push((naive.figures as IngestFigures).kept as BenchDatabaseHandle);
    const [tallyDatabase, naiveDatabase] = kept as [BenchDatabaseHandle, BenchDatabaseHandle];
    // Reads under load on the month just ingested, then the close of that month.
    const reads = {
      Tally: await runPhase({
        phase: 'reads',
        engine,
        design: 'Tally',
        scale,
        seconds,
        handle: tallyDatabase,
      }),
      naive: await runPhase({
        phase: 'reads',
        engine,
        design: 'naive',
        scale,
        seconds,
        handle: naiveDatabase,
      }),
    };
    const close = {
      Tally: await runPhase({ phase: 'close', engine, design: 'Tally', scale, handle: tallyDatabase }),
      naive: await runPhase({ phase: 'close', engine, design: 'naive', scale, handle: naiveDatabase }),
    };
    const httpIngest = {
      Tally: await runPhase({ phase: 'http-ingest', engine, design: 'Tally', scale, seconds }),
      naive: await runPhase({ phase: 'http-ingest', engine, design: 'naive', scale, seconds }),
    };
    const rename = {
      Tally: await runPhase({ phase: 'rename', engine, design: 'Tally', contacts: renameContacts }),
      naive: await runPhase({ phase: 'rename', engine, design: 'naive', contacts: renameContacts }),
    };
    return { ingest: { Tally: tally, 'bare minimum': bare, naive }, httpIngest, reads, close, rename };
  } finally {
    for (const handle of kept) await dropBenchDatabase(handle);
  }
}

/** Runs one phase in a fresh Node process and reads back what it measured. */
async function runPhase(spec: PhaseSpec): Promise<PhaseResult> {
  const resultPath = join(scratch, 'phase.json');
  const label = `${spec.engine} ${spec.phase} ${spec.design}`;
  log(`${label}…`);
  const child = spawn(
    process.execPath,
    ['--expose-gc', 'dist/bench/phase.js', JSON.stringify(spec), resultPath],
    {
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`${label} failed (exit ${code})`);
  const result = JSON.parse(readFileSync(resultPath, 'utf8')) as PhaseResult;
  log(`${label}: ${JSON.stringify(result.figures)} · peak RSS ${mib(result.peakRss)}`);
  return result;
}

function report() {
  const rows: string[] = [];
  const detail: string[] = [];
  for (const [engine, result] of results) {
    const ingestRate = (phase: PhaseResult) => median((phase.figures as IngestFigures).activitiesPerSecond);
    const httpRate = (phase: PhaseResult) => (phase.figures as IngestLoadFigures).activitiesPerSecond;
    const readP99 = (which: keyof ReadsFigures) => (phase: PhaseResult) =>
      (phase.figures as ReadsFigures)[which].p99;
    const closeSeconds = (phase: PhaseResult) => (phase.figures as CloseFigures).seconds;
    const renameSeconds = (phase: PhaseResult) => (phase.figures as RenameFigures).seconds;
    const row = (
      measurement: string,
      pair: Record<'Tally' | 'naive', PhaseResult>,
      value: (phase: PhaseResult) => number,
      format: (value: number) => string,
      better: 'higher' | 'lower',
    ) => {
      const tally = value(pair.Tally);
      const naive = value(pair.naive);
      // Ratios first: the machine is shared, so absolute figures move between runs while
      // Tally and the naive design measured in the same run move together.
      rows.push(
        `| ${measurement} | ${engine} | ${ratio(tally / naive)} (${better} is better) | ${format(tally)} | ${format(naive)} | ${ratio(pair.Tally.peakRss / pair.naive.peakRss)} | ${mib(pair.Tally.peakRss)} | ${mib(pair.naive.peakRss)} |`,
      );
    };
    row('ingest, library (activities/s)', result.ingest, ingestRate, count, 'higher');
    row('ingest, HTTP (activities/s)', result.httpIngest, httpRate, count, 'higher');
    row(
      `usage reads/s under load, random of ${count(workload.accountIds.length)} accounts`,
      result.reads,
      (phase) => (phase.figures as ReadsFigures).random.readsPerSecond,
      count,
      'higher',
    );
    row(
      'usage read p99 under load, random accounts',
      result.reads,
      readP99('random'),
      (value) => `${value} ms`,
      'lower',
    );
    row(
      'usage read p99 under load, largest account',
      result.reads,
      readP99('largest'),
      (value) => `${value} ms`,
      'lower',
    );
    row(
      `month close, ${count(workload.accountIds.length)} accounts`,
      result.close,
      closeSeconds,
      secondsOf,
      'lower',
    );
    row(`status rename, ${count(renameContacts)} contacts`, result.rename, renameSeconds, secondsOf, 'lower');

    const ingest = (name: 'Tally' | 'bare minimum' | 'naive') => result.ingest[name].figures as IngestFigures;
    const reads = (name: 'Tally' | 'naive') => (result.reads[name].figures as ReadsFigures).random;
    const http = (name: 'Tally' | 'naive') => result.httpIngest[name].figures as IngestLoadFigures;
    const close = (name: 'Tally' | 'naive') => result.close[name].figures as CloseFigures;
    const rename = result.rename.Tally.figures as RenameFigures;
    detail.push(
      `- ${engine}: library ingest, bare minimum ${count(median(ingest('bare minimum').activitiesPerSecond))}/s ` +
        `(Tally ÷ bare minimum ${ratio(median(ingest('Tally').activitiesPerSecond) / median(ingest('bare minimum').activitiesPerSecond))}); ` +
        `count read p99 with nothing else running, largest account: Tally ${ms(ingest('Tally').readLargest.p99)}, ` +
        `naive ${ms(ingest('naive').readLargest.p99)}; ` +
        `HTTP ingest p99 Tally ${http('Tally').p99} ms, naive ${http('naive').p99} ms; ` +
        `random-account reads under load Tally ${count(reads('Tally').readsPerSecond)}/s (p50 ${reads('Tally').p50} ms), ` +
        `naive ${count(reads('naive').readsPerSecond)}/s (p50 ${reads('naive').p50} ms), ` +
        `beside ${count(reads('Tally').backgroundActivitiesPerSecond)} and ${count(reads('naive').backgroundActivitiesPerSecond)} activities/s written; ` +
        `close: ${count(close('Tally').monthsClosed)} months and ${count(close('Tally').invoices)} invoices (Tally), ` +
        `${count(close('naive').monthsClosed)} and ${count(close('naive').invoices)} (naive); ` +
        `rename preview ${secondsOf(rename.previewSeconds ?? 0)}, predicted ${rename.previewMatches ? 'exactly' : 'WRONGLY'} ` +
        `(${count(rename.newlyActive ?? 0)} newly active).`,
    );
    const failures = [
      ...Object.values(result.httpIngest).map((phase) => phase.figures as IngestLoadFigures),
      ...Object.values(result.reads).flatMap((phase) => {
        const figures = phase.figures as ReadsFigures;
        return [figures.random, figures.largest];
      }),
    ].reduce((sum, figures) => sum + figures.failures, 0);
    if (failures > 0) {
      detail.push(`- ${engine}: ${failures} HTTP requests FAILED; the HTTP figures are not valid.`);
      process.exitCode = 1;
    }
  }
  const lines = [
    `${measuredAt} · ${cpus().length} × ${cpus()[0]?.model.trim()} · Node ${process.version} · ${postgresVersion()}` +
      (scale === 1 ? '' : ` · scale ${scale}`),
    '',
    '| measurement | engine | Tally ÷ naive | Tally | naive | RSS Tally ÷ naive | Tally peak RSS | naive peak RSS |',
    '|---|---|---:|---:|---:|---:|---:|---:|',
    ...rows,
    '',
    `Workload (issue 2): ${count(workload.accountIds.length)} accounts on Start monthly, ${count(workload.events.length)} activities in one month, ` +
      `${count(workload.distinctContacts)} distinct contacts (30 % repeats), largest account ${count(workload.largestAccountContacts)} contacts. ` +
      `Naive: every activity appended as a raw event, counts by COUNT(DISTINCT contact) over the account's month (index on account and time). ` +
      `Library ingest: batches of ${count(batchSize)}, SQLite one connection, PostgreSQL ${postgresConnections}; median of ${runs} runs. ` +
      `HTTP: \`tally serve\` or a minimal Fastify server with the same body schema and API keys (bench/naive-server.ts), ` +
      `in its own process, loaded over loopback by autocannon for ${seconds} s: ingest is 100 activities a request from 16 connections, each request one account's (1,000 accounts in turn, 2,000 contacts each) into a fresh database — more locality per batch and a smaller database than the library row's 10,000-account batches filling 2,000,000 rows, which is why it can outrun that row; ` +
      'reads are GET /v1/usage from 16 connections on the month just ingested, of random accounts and then of the largest alone, while 20 batches a second are written. ' +
      'Month close: that month, the overusage invoice and the next fee per account, 8 closers on PostgreSQL. ' +
      'Rename: one column holding every contact, set-based on both sides. ' +
      'Peak RSS: the process that did the work — the phase process for library work, the server for HTTP; PostgreSQL’s own memory is not included.',
    '',
    ...detail,
    '',
  ];
  const text = lines.join('\n');
  process.stdout.write(`\n${text}\n`);
  // Only the full workload on both engines is a result worth keeping; quick looks just print.
  if (scale !== 1 || engines.length < 2) return;
  mkdirSync('bench/results', { recursive: true });
  writeFileSync('bench/results/benchmarks.md', `# Benchmarks\n\n${text}`);
  writeFileSync(
    'bench/results/benchmarks.json',
    `${JSON.stringify({ measuredAt, scale, runs, seconds, batchSize, results: Object.fromEntries(results) }, null, 2)}\n`,
  );
  const readme = readFileSync('README.md', 'utf8');
  const start = '<!-- bench:start -->';
  const end = '<!-- bench:end -->';
  if (readme.includes(start) && readme.includes(end)) {
    writeFileSync(
      'README.md',
      `${readme.slice(0, readme.indexOf(start) + start.length)}\n${text}\n${readme.slice(readme.indexOf(end))}`,
    );
  }
}

function postgresVersion(): string {
  try {
    return execSync('psql --version', { encoding: 'utf8' }).trim();
  } catch {
    return 'PostgreSQL version unknown';
  }
}

function count(value: number): string {
  return Math.round(value).toLocaleString('en');
}

function ms(value: number): string {
  return `${value.toFixed(3)} ms`;
}

function secondsOf(value: number): string {
  return `${value.toFixed(2)} s`;
}

function mib(bytes: number): string {
  return `${Math.round(bytes / 1048576)} MiB`;
}

/** Two decimals; two significant digits below 0.1, so a large advantage does not read 0.00×. */
function ratio(value: number): string {
  return `${value >= 0.1 ? value.toFixed(2) : value.toPrecision(2)}×`;
}

function log(line: string) {
  process.stderr.write(`${line}\n`);
}
