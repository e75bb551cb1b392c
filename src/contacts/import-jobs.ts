import { randomBytes } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import type { Kysely } from 'kysely';
import type { Catalog } from '../billing/catalog.js';
import type { Database } from '../store/schema.js';
import type { Store } from '../store/store.js';
import { type ImportReport, importContacts } from './import-contacts.js';

/** A running job whose progress has not moved for this long died with its process. */
export const importHeartbeatTimeoutMs = 120_000;

export type ImportJobStatus = 'running' | 'succeeded' | 'failed' | 'interrupted';

export interface ImportJob {
  id: string;
  status: ImportJobStatus;
  rowsTotal: number;
  rowsDone: number;
  report: Omit<ImportReport, 'impact'> | undefined;
  error: string | undefined;
  createdAt: number;
  finishedAt: number | undefined;
}

/**
 * Starts a CSV import in the background and answers its job at once (decision 0052). The
 * import writes 500 rows a transaction; after each batch the job row gets the rows done and a
 * wall-clock heartbeat, so any instance can answer a poll, and a job whose process died is
 * reported `interrupted` rather than running for ever. What the batches wrote stays written.
 */
export async function startImportJob(
  store: Store,
  catalog: Catalog,
  accountId: string,
  csv: string,
  now: number,
  options: { onSettled?: (job: Promise<void>) => void } = {},
): Promise<ImportJob> {
  // Read once here so a file that is no CSV is refused at once, and the total is known from the start.
  const rowsTotal = countCsvRows(csv);
  const jobId = `imp_${randomBytes(10).toString('hex')}`;
  await store.db
    .insertInto('import_jobs')
    .values({
      account_id: accountId,
      job_id: jobId,
      status: 'running',
      rows_total: rowsTotal,
      rows_done: 0,
      report: null,
      error: null,
      created_at: now,
      heartbeat_at: Date.now(),
      finished_at: null,
    })
    .execute();
  const job = store.db
    .updateTable('import_jobs')
    .where('account_id', '=', accountId)
    .where('job_id', '=', jobId);
  let progress = Promise.resolve();
  const run = importContacts(store, catalog, accountId, csv, now, {
    onProgress: (done, total) => {
      progress = progress
        .then(() => job.set({ rows_done: done, rows_total: total, heartbeat_at: Date.now() }).execute())
        .then(() => undefined);
    },
  })
    .then(async (report) => {
      await progress;
      const { impact: _, ...counts } = report;
      await job
        .set({
          status: 'succeeded',
          rows_total: report.rows,
          rows_done: report.rows,
          report: JSON.stringify(counts),
          heartbeat_at: Date.now(),
          finished_at: Date.now(),
        })
        .execute();
    })
    .catch(async (error: unknown) => {
      await progress.catch(() => undefined);
      await job
        .set({
          status: 'failed',
          error: error instanceof Error ? error.message : String(error),
          heartbeat_at: Date.now(),
          finished_at: Date.now(),
        })
        .execute()
        .catch(() => undefined);
    });
  options.onSettled?.(run);
  return {
    id: jobId,
    status: 'running',
    rowsTotal,
    rowsDone: 0,
    report: undefined,
    error: undefined,
    createdAt: now,
    finishedAt: undefined,
  };
}

export async function findImportJob(
  db: Kysely<Database>,
  accountId: string,
  jobId: string,
  wallNow: number = Date.now(),
): Promise<ImportJob | undefined> {
  const row = await db
    .selectFrom('import_jobs')
    .selectAll()
    .where('account_id', '=', accountId)
    .where('job_id', '=', jobId)
    .executeTakeFirst();
  if (!row) return undefined;
  const stalled = row.status === 'running' && wallNow - Number(row.heartbeat_at) > importHeartbeatTimeoutMs;
  return {
    id: row.job_id,
    status: stalled ? 'interrupted' : row.status,
    rowsTotal: Number(row.rows_total),
    rowsDone: Number(row.rows_done),
    report: row.report === null ? undefined : (JSON.parse(row.report) as ImportJob['report']),
    error: row.error ?? undefined,
    createdAt: Number(row.created_at),
    finishedAt: row.finished_at === null ? undefined : Number(row.finished_at),
  };
}

/** The CSV's data rows, as the import reads them; throws the parser's CSV_ error on a broken file. */
export function countCsvRows(csv: string): number {
  const records = parse(csv, { skip_empty_lines: true, bom: true, relax_column_count: false }) as unknown[];
  return Math.max(0, records.length - 1);
}
