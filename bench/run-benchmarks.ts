import { execSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import type { Engine } from '../src/store/store.js';
import { postgresConnections } from './bench-database.js';
import { type CloseFigures, measureClose } from './close-benchmark.js';
import { bareMinimumDesign, type Design, designs, naiveDesign, tallyDesign } from './designs.js';
import { measureRename, type RenameFigures } from './rename-benchmark.js';
import { forEachConcurrently, median, percentile } from './statistics.js';
import { buildWorkload, type Workload } from './workload.js';

/**
 * `npm run bench`: the metering workload of issue 2 through Tally, the bare minimum and
 * the naive design, on SQLite and PostgreSQL in one run. Figures go to stdout and to
 * bench/results/metering.{md,json}. Flags: --scale 0.1 for a quick look, --runs N,
 * --engines sqlite,postgres.
 */
const { values: flags } = parseArgs({
  options: {
    scale: { type: 'string', default: '1' },
    runs: { type: 'string', default: '3' },
    engines: { type: 'string', default: 'sqlite,postgres' },
    'batch-size': { type: 'string', default: '10000' },
  },
});
const scale = Number(flags.scale);
const runs = Number(flags.runs);
const batchSize = Number(flags['batch-size']);
const engines = (flags.engines ?? '').split(',') as Engine[];

interface DesignFigures {
  engine: Engine;
  design: string;
  activitiesPerSecond: number[];
  readAll: { p50: number; p99: number };
  readLargest: { p50: number; p99: number };
}

const workload = buildWorkload({
  accounts: Math.round(10_000 * scale),
  activities: Math.round(2_000_000 * scale),
  largest: Math.round(20_000 * Math.sqrt(scale)),
});
log(
  `workload: ${workload.accountIds.length} accounts, ${workload.events.length} activities, ` +
    `${workload.distinctContacts} distinct contacts (${percent(1 - workload.distinctContacts / workload.events.length)} repeats), ` +
    `largest account ${workload.largestAccountContacts} contacts; batches of ${batchSize}; ${runs} runs each`,
);

const figures: DesignFigures[] = [];
for (const engine of engines) {
  for (const design of designs) figures.push(await measure(engine, design, workload));
}
const closeFigures: CloseFigures[] = [];
for (const engine of engines) {
  const measured = await measureClose(engine, workload.accountIds.length);
  log(`${engine} month close: ${measured.accounts} accounts in ${measured.seconds.toFixed(2)} s`);
  closeFigures.push(measured);
}
const renameFigures: RenameFigures[] = [];
for (const engine of engines) {
  const measured = await measureRename(engine, Math.round(100_000 * scale));
  log(`${engine} rename of a ${measured.contacts}-contact column: ${measured.seconds.toFixed(2)} s`);
  renameFigures.push(measured);
}
report(figures);

async function measure(engine: Engine, design: Design, workload: Workload): Promise<DesignFigures> {
  const rates: number[] = [];
  let readAll = { p50: 0, p99: 0 };
  let readLargest = { p50: 0, p99: 0 };
  for (let run = 1; run <= runs; run++) {
    const database = await design.open(engine, workload);
    try {
      const batches = Math.ceil(workload.events.length / batchSize);
      const ingest = (batch: number) =>
        design.ingest(
          database.store,
          workload,
          batch * batchSize,
          Math.min(workload.events.length, (batch + 1) * batchSize),
        );
      const started = performance.now();
      if (engine === 'sqlite') for (let batch = 0; batch < batches; batch++) await ingest(batch);
      else await forEachConcurrently(batches, postgresConnections, ingest);
      const seconds = (performance.now() - started) / 1000;
      rates.push(workload.events.length / seconds);
      log(
        `${engine} ${design.name} run ${run}: ${Math.round(workload.events.length / seconds)} activities/s`,
      );
      if (run === runs) {
        // Reads are measured in steady state, not while autovacuum digests the bulk load.
        if (engine === 'postgres') await sql`VACUUM ANALYZE`.execute(database.store.db);
        const counted = await design.readCount(database.store, workload, workload.largestAccount);
        if (counted !== workload.largestAccountContacts) {
          throw new Error(`${design.name} counted ${counted}, expected ${workload.largestAccountContacts}`);
        }
        readAll = await latencies(
          () =>
            design.readCount(
              database.store,
              workload,
              Math.floor(Math.random() * workload.accountIds.length),
            ),
          design === naiveDesign ? 500 : 5000,
        );
        readLargest = await latencies(
          () => design.readCount(database.store, workload, workload.largestAccount),
          design === naiveDesign ? 100 : 2000,
        );
        log(
          `${engine} ${design.name} reads: all p99 ${readAll.p99.toFixed(3)} ms, largest p99 ${readLargest.p99.toFixed(3)} ms`,
        );
      }
    } finally {
      await database.dispose();
    }
  }
  return { engine, design: design.name, activitiesPerSecond: rates, readAll, readLargest };
}

async function latencies(read: () => Promise<number>, count: number) {
  for (let warmUp = 0; warmUp < 50; warmUp++) await read();
  const samples: number[] = [];
  for (let sample = 0; sample < count; sample++) {
    const started = process.hrtime.bigint();
    await read();
    samples.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return { p50: percentile(samples, 50), p99: percentile(samples, 99) };
}

function report(figures: DesignFigures[]) {
  const find = (engine: Engine, design: Design) =>
    figures.find((row) => row.engine === engine && row.design === design.name) as DesignFigures;
  const lines = [
    '# Metering benchmark',
    '',
    `${new Date().toISOString()} · ${cpus().length} × ${cpus()[0]?.model.trim()} · Node ${process.version} · ${postgresVersion()}`,
    '',
    `Workload: ${workload.accountIds.length.toLocaleString('en')} accounts, ${workload.events.length.toLocaleString('en')} activities in one month, ` +
      `${workload.distinctContacts.toLocaleString('en')} distinct contacts (${percent(1 - workload.distinctContacts / workload.events.length)} repeats), ` +
      `largest account ${workload.largestAccountContacts.toLocaleString('en')} contacts. Batches of ${batchSize.toLocaleString('en')}; ` +
      `SQLite one connection (WAL), PostgreSQL ${postgresConnections} connections. Ingest is the median of ${runs} runs; ` +
      'count reads follow the last run (PostgreSQL after VACUUM ANALYZE), one at a time, random accounts or the largest.',
    '',
    '| engine | design | activities/s | count read p50 | count read p99 | largest account p50 | largest account p99 |',
    '|---|---|---:|---:|---:|---:|---:|',
    ...figures.map(
      (row) =>
        `| ${row.engine} | ${row.design} | ${Math.round(median(row.activitiesPerSecond)).toLocaleString('en')} | ${ms(row.readAll.p50)} | ${ms(row.readAll.p99)} | ${ms(row.readLargest.p50)} | ${ms(row.readLargest.p99)} |`,
    ),
    '',
    '| engine | Tally ingest ÷ bare minimum | Tally ingest ÷ naive ingest | naive ÷ Tally count read p99, largest account |',
    '|---|---:|---:|---:|',
    ...engines.map((engine) => {
      const tally = find(engine, tallyDesign);
      const bare = find(engine, bareMinimumDesign);
      const naive = find(engine, naiveDesign);
      return `| ${engine} | ${ratio(median(tally.activitiesPerSecond) / median(bare.activitiesPerSecond))} | ${ratio(median(tally.activitiesPerSecond) / median(naive.activitiesPerSecond))} | ${ratio(naive.readLargest.p99 / tally.readLargest.p99)} |`;
    }),
    '',
    '| engine | month close: accounts | usage months closed | invoices issued | seconds | accounts/s |',
    '|---|---:|---:|---:|---:|---:|',
    ...closeFigures.map(
      (row) =>
        `| ${row.engine} | ${row.accounts.toLocaleString('en')} | ${row.monthsClosed.toLocaleString('en')} | ${row.invoices.toLocaleString('en')} | ${row.seconds.toFixed(2)} | ${Math.round(row.accounts / row.seconds).toLocaleString('en')} |`,
    ),
    '',
    '| engine | column rename: contacts | newly active | preview | rename | preview = rename |',
    '|---|---:|---:|---:|---:|---|',
    ...renameFigures.map(
      (row) =>
        `| ${row.engine} | ${row.contacts.toLocaleString('en')} | ${row.newlyActive.toLocaleString('en')} | ${row.previewSeconds.toFixed(2)} s | ${row.seconds.toFixed(2)} s | ${row.previewMatches ? 'yes' : 'NO'} |`,
    ),
    '',
  ];
  const text = lines.join('\n');
  process.stdout.write(`\n${text}\n`);
  // Only the full workload on both engines is a result worth keeping; quick looks just print.
  if (scale !== 1 || engines.length < 2) return;
  mkdirSync('bench/results', { recursive: true });
  writeFileSync('bench/results/metering.md', text);
  writeFileSync(
    'bench/results/metering.json',
    `${JSON.stringify({ scale, runs, batchSize, figures, closeFigures, renameFigures }, null, 2)}\n`,
  );
}

function postgresVersion(): string {
  try {
    return execSync('psql --version', { encoding: 'utf8' }).trim();
  } catch {
    return 'PostgreSQL version unknown';
  }
}

function ms(value: number): string {
  return `${value.toFixed(3)} ms`;
}

function ratio(value: number): string {
  return `${value.toFixed(2)}×`;
}

function percent(value: number): string {
  return `${Math.round(value * 100)} %`;
}

function log(line: string) {
  process.stderr.write(`${line}\n`);
}
