import { type ChildProcess, spawn } from 'node:child_process';

/** A `tally serve` in an OS process of its own, as an operator would run it. */
export interface ServeProcess {
  url: string;
  process: ChildProcess;
  /** Everything it printed so far (its log, when TALLY_LOG is on). */
  output(): string;
  /** SIGTERM, then waits for the graceful drain to finish. */
  stop(): Promise<void>;
}

/**
 * Tests run many servers and clients on two shared cores, so a burst that production
 * would serve in time can wait seconds here. Only the overload tests set the limits they
 * test; every other test queues without bound, so no answer is a refusal it did not ask for.
 */
const patientAdmission = { TALLY_MAX_QUEUED_REQUESTS: '100000', TALLY_QUEUE_TIMEOUT_MS: '120000' };

/**
 * Starts `tally serve` from the sources on a free loopback port with the given
 * environment added, and resolves once it announces its URL.
 */
export async function startServeProcess(
  databaseUrl: string,
  env: Record<string, string>,
): Promise<ServeProcess> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'src/cli/main.ts', 'serve', '--database', databaseUrl, '--port', '0'],
    {
      env: { ...process.env, TALLY_LOG: 'off', ...patientAdmission, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match) resolve(match[1] as string);
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => reject(new Error(`tally serve exited with ${code}: ${output}`)));
  });
  return {
    url,
    process: child,
    output: () => output,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
