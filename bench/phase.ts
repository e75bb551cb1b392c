import { writeFileSync } from 'node:fs';
import { Temporal } from 'temporal-polyfill';
import type { Engine } from '../src/store/store.js';
import { recordThresholdsReached, seedBenchAccounts } from './bench-accounts.js';
import { type BenchDatabaseHandle, openBenchDatabase, reopenBenchDatabase } from './bench-database.js';
import { measureClose } from './close-benchmark.js';
import { createRawEventsTable, designs } from './designs.js';
import { loadIngest, loadReads } from './http-load.js';
import { measureIngest } from './ingest-benchmark.js';
import { measureNaiveRename, measureRename } from './rename-benchmark.js';
import { startNaiveServer, startTallyServer } from './server-process.js';
import { workloadAt } from './workload.js';

/** Tally or the naive raw-events design; library ingest also knows the bare minimum. */
export type DesignName = 'Tally' | 'naive' | 'bare minimum';

export type PhaseSpec =
  | {
      phase: 'ingest';
      engine: Engine;
      design: DesignName;
      scale: number;
      runs: number;
      batchSize: number;
      keep: boolean;
    }
  | { phase: 'http-ingest'; engine: Engine; design: DesignName; scale: number; seconds: number }
  | {
      phase: 'reads';
      engine: Engine;
      design: DesignName;
      scale: number;
      seconds: number;
      handle: BenchDatabaseHandle;
    }
  | { phase: 'close'; engine: Engine; design: DesignName; scale: number; handle: BenchDatabaseHandle }
  | { phase: 'rename'; engine: Engine; design: DesignName; contacts: number };

export interface PhaseResult {
  spec: PhaseSpec;
  // biome-ignore lint/suspicious/noExplicitAny: each phase has figures of its own shape
  figures: any;
  /** Peak resident memory of the process doing the work (the server, for HTTP phases), in bytes. */
  peakRss: number;
}

/** The servers' clock during the HTTP phases: late in the metered month. */
const serverNow = Temporal.ZonedDateTime.from('2026-11-28T12:00[Europe/Berlin]').toInstant().toString();

function log(line: string) {
  process.stderr.write(`${line}\n`);
}

/**
 * One phase of `npm run bench`, in a process of its own so that its peak memory is its
 * own: `node dist/bench/phase.js '<spec as JSON>' <result file>`.
 */
async function runPhase(spec: PhaseSpec): Promise<PhaseResult> {
  const ownRss = () => process.resourceUsage().maxRSS * 1024;
  switch (spec.phase) {
    case 'ingest': {
      const designName = spec.design === 'naive' ? 'naive raw events' : spec.design;
      const design = designs.find((candidate) => candidate.name === designName);
      if (!design) throw new Error(`no design ${spec.design}`);
      const figures = await measureIngest(spec.engine, design, workloadAt(spec.scale), {
        runs: spec.runs,
        batchSize: spec.batchSize,
        keep: spec.keep,
        log,
      });
      return { spec, figures, peakRss: ownRss() };
    }
    case 'http-ingest': {
      const workload = workloadAt(spec.scale);
      const database = await openBenchDatabase(spec.engine, true);
      const accounts = Array.from(
        { length: Math.min(1000, workload.accountIds.length) },
        (_, index) => `http-${index}`,
      );
      await seedBenchAccounts(database.store, accounts, workload.anchor, workload.monthStart);
      if (spec.design === 'naive') await createRawEventsTable(database.store);
      await database.close();
      try {
        const server = await (spec.design === 'Tally' ? startTallyServer : startNaiveServer)(
          database.handle,
          serverNow,
        );
        try {
          const figures = await loadIngest(
            server.url,
            {
              prefix: 'h',
              accounts: accounts.length,
              monthStart: workload.monthStart,
              latest: Date.parse(serverNow),
            },
            spec.seconds,
          );
          return { spec, figures, peakRss: server.peakRss() };
        } finally {
          await server.stop();
        }
      } finally {
        await (await reopenBenchDatabase(database.handle, false)).dispose();
      }
    }
    case 'reads': {
      const workload = workloadAt(spec.scale);
      if (spec.design === 'Tally') {
        const database = await reopenBenchDatabase(spec.handle, false);
        await recordThresholdsReached(database.store, workload.monthStart, Date.parse(serverNow));
        await database.close();
      }
      const server = await (spec.design === 'Tally' ? startTallyServer : startNaiveServer)(
        spec.handle,
        serverNow,
      );
      try {
        const stream = (prefix: string) => ({
          prefix,
          accounts: workload.accountIds.length,
          monthStart: workload.monthStart,
          latest: Date.parse(serverNow),
        });
        const figures = {
          random: await loadReads(server.url, stream('bg'), workload.accountIds.length, spec.seconds),
          // The largest account (20,000 contacts at full scale) is the naive design's worst case.
          largest: await loadReads(server.url, stream('bl'), 1, spec.seconds),
        };
        return { spec, figures, peakRss: server.peakRss() };
      } finally {
        await server.stop();
      }
    }
    case 'close': {
      const figures = await measureClose(
        spec.handle,
        spec.design === 'Tally' ? 'Tally' : 'naive',
        workloadAt(spec.scale),
      );
      return { spec, figures, peakRss: ownRss() };
    }
    case 'rename': {
      const figures = await (spec.design === 'Tally' ? measureRename : measureNaiveRename)(
        spec.engine,
        spec.contacts,
      );
      return { spec, figures, peakRss: ownRss() };
    }
  }
}

const [specText, resultPath] = process.argv.slice(2) as [string, string];
const result = await runPhase(JSON.parse(specText) as PhaseSpec);
writeFileSync(resultPath, JSON.stringify(result));
