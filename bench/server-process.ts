import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { BenchDatabaseHandle } from './bench-database.js';
import { serveUrlOf } from './bench-database.js';

export const benchOperatorKey = 'bench-operator-key';

/** A server under load in a process of its own, so its memory is its own. */
export interface ServerProcess {
  url: string;
  /** Peak resident memory so far, in bytes (Linux's VmHWM). */
  peakRss(): number;
  stop(): Promise<void>;
}

/**
 * `tally serve` (built) on the database, with the test clock set to `now` and the scheduler
 * off; `env` adds settings (durability, admission limits).
 */
export async function startTallyServer(
  handle: BenchDatabaseHandle,
  now: string,
  env: Record<string, string> = {},
): Promise<ServerProcess> {
  const server = await startProcess(
    ['dist/src/cli/main.js', 'serve', '--database', serveUrlOf(handle), '--port', '0'],
    {
      TALLY_OPERATOR_KEY: benchOperatorKey,
      TALLY_LOG: 'off',
      TALLY_CLOCK: 'manual',
      TALLY_CLOSE_INTERVAL_SECONDS: '0',
      ...env,
    },
  );
  const response = await fetch(`${server.url}/v1/admin/clock`, {
    method: 'POST',
    headers: { authorization: `Bearer ${benchOperatorKey}`, 'content-type': 'application/json' },
    body: JSON.stringify({ now }),
  });
  if (response.status !== 200) throw new Error(`setting the clock failed: ${await response.text()}`);
  return server;
}

/** The naive design's minimal server (bench/naive-server.ts) on the database. */
export function startNaiveServer(handle: BenchDatabaseHandle, now: string): Promise<ServerProcess> {
  return startProcess(['dist/bench/naive-server.js'], {
    NAIVE_DATABASE: JSON.stringify(handle),
    NAIVE_NOW: now,
  });
}

async function startProcess(args: string[], env: Record<string, string>): Promise<ServerProcess> {
  // TALLY_BENCH_PROFILE_DIR=dir writes each server's CPU profile there, to see where a phase's time goes.
  const profileDir = process.env.TALLY_BENCH_PROFILE_DIR;
  const nodeArgs = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match) resolve(match[1] as string);
    });
    child.once('exit', (code) => reject(new Error(`${args[0]} exited with ${code}: ${output}`)));
  });
  return {
    url,
    peakRss: () => {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      return Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
    },
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}
