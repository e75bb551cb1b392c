import { sql } from 'kysely';
import type { Engine } from '../src/store/store.js';
import { type BenchDatabaseHandle, postgresConnections } from './bench-database.js';
import { type Design, naiveDesign } from './designs.js';
import { forEachConcurrently, percentile } from './statistics.js';
import type { Workload } from './workload.js';

export interface Latencies {
  p50: number;
  p99: number;
}

export interface IngestFigures {
  engine: Engine;
  design: string;
  /** One figure per run; the table shows the median. */
  activitiesPerSecond: number[];
  /** Count reads one at a time with nothing else running, after the last run. */
  readAll: Latencies;
  readLargest: Latencies;
  /** The last run's database, when asked to keep it for the phases that follow. */
  kept: BenchDatabaseHandle | undefined;
}

/**
 * Ingests the workload through the library `runs` times, each into a fresh database: SQLite
 * one batch at a time, PostgreSQL from `postgresConnections` connections. After the last
 * run, times count reads and keeps the database if asked.
 */
export async function measureIngest(
  engine: Engine,
  design: Design,
  workload: Workload,
  options: { runs: number; batchSize: number; keep: boolean; log: (line: string) => void },
): Promise<IngestFigures> {
  const rates: number[] = [];
  let readAll: Latencies = { p50: 0, p99: 0 };
  let readLargest: Latencies = { p50: 0, p99: 0 };
  let kept: BenchDatabaseHandle | undefined;
  for (let run = 1; run <= options.runs; run++) {
    const database = await design.open(engine, workload);
    const last = run === options.runs;
    try {
      const batches = Math.ceil(workload.events.length / options.batchSize);
      const ingest = (batch: number) =>
        design.ingest(
          database.store,
          workload,
          batch * options.batchSize,
          Math.min(workload.events.length, (batch + 1) * options.batchSize),
        );
      const started = performance.now();
      if (engine === 'sqlite') for (let batch = 0; batch < batches; batch++) await ingest(batch);
      else await forEachConcurrently(batches, postgresConnections, ingest);
      const seconds = (performance.now() - started) / 1000;
      rates.push(workload.events.length / seconds);
      options.log(
        `${engine} ${design.name} run ${run}: ${Math.round(workload.events.length / seconds)} activities/s`,
      );
      if (last) {
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
      }
    } finally {
      if (last && options.keep) {
        kept = database.handle;
        await database.close();
      } else {
        await database.dispose();
      }
    }
  }
  return { engine, design: design.name, activitiesPerSecond: rates, readAll, readLargest, kept };
}

async function latencies(read: () => Promise<number>, count: number): Promise<Latencies> {
  for (let warmUp = 0; warmUp < 50; warmUp++) await read();
  const samples: number[] = [];
  for (let sample = 0; sample < count; sample++) {
    const started = process.hrtime.bigint();
    await read();
    samples.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return { p50: percentile(samples, 50), p99: percentile(samples, 99) };
}
