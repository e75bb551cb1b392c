import type BetterSqlite3 from 'better-sqlite3';
import { sql } from 'kysely';
import type { Activity } from '../src/domain/activity.js';
import { recordActivities } from '../src/metering/record-activities.js';
import { readUsageCount } from '../src/metering/usage-count.js';
import type { Store } from '../src/store/store.js';
import { withSqliteConnection } from '../src/store/store.js';
import { seedBenchAccounts } from './bench-accounts.js';
import { type BenchDatabase, openBenchDatabase } from './bench-database.js';
import { accountOf, activityMix, contactOf, type Workload } from './workload.js';

/**
 * One way of metering the workload: Tally itself, the bare minimum a database must do
 * for exact once-per-month counting, and the naive raw-events design billing peers use.
 */
export interface Design {
  name: string;
  open(engine: Store['engine'], workload: Workload): Promise<BenchDatabase>;
  ingest(store: Store, workload: Workload, from: number, to: number): Promise<void>;
  /** The active count of one account's month, as the design reads it. */
  readCount(store: Store, workload: Workload, account: number): Promise<number>;
}

function activitiesOf(workload: Workload, from: number, to: number): Activity[] {
  const batch: Activity[] = new Array(to - from);
  for (let index = from; index < to; index++) {
    const event = workload.events[index] as number;
    const mix = activityMix[index % activityMix.length] as (typeof activityMix)[number];
    batch[index - from] = {
      accountId: workload.accountIds[accountOf(event)] as string,
      key: `e${index}`,
      contactId: `c${contactOf(event)}`,
      kind: mix.kind,
      actor: mix.actor,
      occurredAt: workload.monthStart + index * workload.step,
    };
  }
  return batch;
}

export const tallyDesign: Design = {
  name: 'Tally',
  async open(engine, workload) {
    const database = await openBenchDatabase(engine, true);
    await seedBenchAccounts(database.store, workload.accountIds, workload.anchor, workload.monthStart);
    // As `tally serve` would have: the month's ledger partition exists before its first write.
    await database.store.dialect.prepareLedgerMonths(workload.monthStart);
    return database;
  },
  async ingest(store, workload, from, to) {
    const outcome = await recordActivities(store, activitiesOf(workload, from, to));
    if (!outcome.ok)
      throw new Error(`benchmark batch refused: ${JSON.stringify(outcome.issues.slice(0, 2))}`);
  },
  async readCount(store, workload, account) {
    const usage = await readUsageCount(store, workload.accountIds[account] as string, workload.monthStart);
    return usage?.activeContacts ?? 0;
  },
};

const sqliteStatements = new WeakMap<BetterSqlite3.Database, Record<string, BetterSqlite3.Statement>>();

function statementsOf(sqlite: BetterSqlite3.Database, texts: Record<string, string>) {
  let statements = sqliteStatements.get(sqlite);
  if (!statements) {
    statements = Object.fromEntries(
      Object.entries(texts).map(([name, text]) => [name, sqlite.prepare(text)]),
    );
    sqliteStatements.set(sqlite, statements);
  }
  return statements;
}

/** Column arrays of a batch, for PostgreSQL's `unnest`. */
function columnsOf(batch: readonly Activity[]) {
  return {
    accounts: batch.map((activity) => activity.accountId),
    keys: batch.map((activity) => activity.key),
    contacts: batch.map((activity) => activity.contactId),
    kinds: batch.map((activity) => activity.kind),
    actors: batch.map((activity) => activity.actor),
    times: batch.map((activity) => activity.occurredAt),
  };
}

/**
 * The least a database must do: append the raw event and INSERT-OR-IGNORE the
 * (account, month, contact) pair into a bare active set. No idempotency, no counter, no
 * explanation, no month computation (one month is assumed).
 */
export const bareMinimumDesign: Design = {
  name: 'bare minimum',
  async open(engine) {
    const database = await openBenchDatabase(engine, false);
    const int = engine === 'postgres' ? 'bigint' : 'integer';
    const clustered = engine === 'sqlite' ? ' WITHOUT ROWID' : '';
    await sql
      .raw(
        `CREATE TABLE bare_log (account_id text NOT NULL, contact_id text NOT NULL, kind text NOT NULL, occurred_at ${int} NOT NULL)`,
      )
      .execute(database.store.db);
    await sql
      .raw(
        `CREATE TABLE bare_active (account_id text NOT NULL, period_start ${int} NOT NULL, contact_id text NOT NULL, PRIMARY KEY (account_id, period_start, contact_id))${clustered}`,
      )
      .execute(database.store.db);
    return database;
  },
  async ingest(store, workload, from, to) {
    const batch = activitiesOf(workload, from, to);
    if (store.engine === 'sqlite') {
      await withSqliteConnection(store, (sqlite) => {
        const statements = statementsOf(sqlite, {
          log: 'INSERT INTO bare_log VALUES (?, ?, ?, ?)',
          active: 'INSERT OR IGNORE INTO bare_active VALUES (?, ?, ?)',
        });
        sqlite.transaction(() => {
          for (const activity of batch) {
            statements.log?.run(activity.accountId, activity.contactId, activity.kind, activity.occurredAt);
            statements.active?.run(activity.accountId, workload.monthStart, activity.contactId);
          }
        })();
      });
      return;
    }
    const columns = columnsOf(batch);
    await store.pool.query({
      name: 'bare_minimum',
      text: `WITH input AS (SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::int8[]) AS t (account_id, contact_id, kind, occurred_at)),
        log AS (INSERT INTO bare_log SELECT account_id, contact_id, kind, occurred_at FROM input)
        INSERT INTO bare_active SELECT account_id, $5, contact_id FROM input ORDER BY account_id, contact_id ON CONFLICT DO NOTHING`,
      values: [columns.accounts, columns.contacts, columns.kinds, columns.times, workload.monthStart],
    });
  },
  async readCount(store, workload, account) {
    const row = await sql<{ contacts: number }>`SELECT count(*) AS contacts FROM bare_active
      WHERE account_id = ${workload.accountIds[account]} AND period_start = ${workload.monthStart}`.execute(
      store.db,
    );
    return Number(row.rows[0]?.contacts ?? 0);
  },
};

/**
 * The naive design's one table: raw events, indexed for a month's scan of one account.
 * It lives beside Tally's (empty) tables, so its servers can reuse Tally's accounts and
 * API keys and differ from Tally in the metering only.
 */
export async function createRawEventsTable(store: Store): Promise<void> {
  const int = store.engine === 'postgres' ? 'bigint' : 'integer';
  await sql
    .raw(
      `CREATE TABLE raw_events (event_id text NOT NULL, account_id text NOT NULL, contact_id text NOT NULL, kind text NOT NULL, actor text NOT NULL, occurred_at ${int} NOT NULL)`,
    )
    .execute(store.db);
  await sql
    .raw('CREATE INDEX raw_events_by_account_time ON raw_events (account_id, occurred_at)')
    .execute(store.db);
}

/** The naive count: distinct contacts among the account's raw events of the month. */
export async function countDistinctContacts(
  db: Store['db'],
  accountId: string,
  monthStart: number,
  monthEnd: number,
): Promise<number> {
  const row = await sql<{ contacts: number }>`SELECT count(DISTINCT contact_id) AS contacts FROM raw_events
    WHERE account_id = ${accountId} AND occurred_at >= ${monthStart} AND occurred_at < ${monthEnd}`.execute(
    db,
  );
  return Number(row.rows[0]?.contacts ?? 0);
}

/** The naive design's whole write path: append the batch, nothing else. */
export async function appendRawEvents(store: Store, batch: readonly Activity[]): Promise<void> {
  if (store.engine === 'sqlite') {
    await withSqliteConnection(store, (sqlite) => {
      const statements = statementsOf(sqlite, {
        append: 'INSERT INTO raw_events VALUES (?, ?, ?, ?, ?, ?)',
      });
      sqlite.transaction(() => {
        for (const activity of batch) {
          statements.append?.run(
            activity.key,
            activity.accountId,
            activity.contactId,
            activity.kind,
            activity.actor,
            activity.occurredAt,
          );
        }
      })();
    });
    return;
  }
  const columns = columnsOf(batch);
  await store.pool.query({
    name: 'naive_append',
    text: `INSERT INTO raw_events SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::int8[])`,
    values: [columns.keys, columns.accounts, columns.contacts, columns.kinds, columns.actors, columns.times],
  });
}

/** What billing peers do: append raw events, then COUNT(DISTINCT contact) per account and month. */
export const naiveDesign: Design = {
  name: 'naive raw events',
  async open(engine, workload) {
    const database = await openBenchDatabase(engine, true);
    await seedBenchAccounts(database.store, workload.accountIds, workload.anchor, workload.monthStart);
    await createRawEventsTable(database.store);
    return database;
  },
  async ingest(store, workload, from, to) {
    await appendRawEvents(store, activitiesOf(workload, from, to));
  },
  async readCount(store, workload, account) {
    return countDistinctContacts(
      store.db,
      workload.accountIds[account] as string,
      workload.monthStart,
      workload.monthEnd,
    );
  },
};

export const designs: readonly Design[] = [tallyDesign, bareMinimumDesign, naiveDesign];
