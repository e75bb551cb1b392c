import { spawn } from 'node:child_process';
import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';
import { isPostgresUrl } from './store.js';

export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupError';
  }
}

export interface BackupReport {
  engine: 'sqlite' | 'postgres';
  destination: string;
  bytes: number;
  /** How to put it back. */
  restore: string;
}

/**
 * A consistent copy of a live database (SPEC §7 `tally backup`), safe while `tally serve`
 * writes: SQLite's online backup API copies a snapshot page by page; PostgreSQL's pg_dump
 * reads one repeatable-read snapshot (custom format, for pg_restore). The copy is written
 * beside the destination and renamed into place only once complete and checked, so a
 * failed backup never leaves a file that looks like a good one. An existing destination
 * is never overwritten.
 */
export async function backupDatabase(url: string, destination: string): Promise<BackupReport> {
  if (existsSync(destination)) throw new BackupError(`${destination} exists; choose a new file`);
  const partial = `${destination}.partial`;
  rmSync(partial, { force: true });
  try {
    const report = isPostgresUrl(url)
      ? await dumpPostgres(url, partial, destination)
      : await copySqlite(url, partial, destination);
    renameSync(partial, destination);
    return { ...report, bytes: statSync(destination).size };
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
}

async function copySqlite(path: string, partial: string, destination: string) {
  if (!existsSync(path)) throw new BackupError(`no database at ${path}`);
  const source = new BetterSqlite3(path, { fileMustExist: true });
  try {
    await source.backup(partial);
  } finally {
    source.close();
  }
  const copy = new BetterSqlite3(partial, { readonly: true });
  try {
    const check = copy.pragma('integrity_check', { simple: true });
    if (check !== 'ok') throw new BackupError(`the copy failed its integrity check: ${String(check)}`);
  } finally {
    copy.close();
  }
  return {
    engine: 'sqlite' as const,
    destination,
    restore: `stop tally, then copy ${destination} over the database file`,
  };
}

async function dumpPostgres(url: string, partial: string, destination: string) {
  // A schema chosen in the URL (options=-c search_path=…) is what Tally uses: dump just that.
  const options = new URL(url).searchParams.get('options') ?? '';
  const schema = /search_path=([A-Za-z0-9_]+)/.exec(options)?.[1];
  await run('pg_dump', [
    '--format=custom',
    '--no-owner',
    '--no-privileges',
    `--file=${partial}`,
    ...(schema ? [`--schema=${schema}`] : []),
    `--dbname=${url}`,
  ]);
  // pg_restore reads the whole table of contents: a truncated dump fails here.
  await run('pg_restore', ['--list', partial]);
  return {
    engine: 'postgres' as const,
    destination,
    restore: `pg_restore --no-owner --dbname=<empty database URL> ${destination}`,
  };
}

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    child.on('error', (error) =>
      reject(
        new BackupError(`${command} could not run (${error.message}); install the PostgreSQL client tools`),
      ),
    );
    child.on('close', (code) =>
      code === 0
        ? resolve()
        : reject(new BackupError(`${command} failed: ${stderr.trim() || `exit ${code}`}`)),
    );
  });
}
