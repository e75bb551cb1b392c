import type { DayCount } from '../metering/daily-activations.js';
import type { PostgresPool, SqliteConnection, SqliteStatement } from '../store/dialect.js';
import type { AccountsTable, BillingDetailsTable, SubscriptionTermsTable } from '../store/schema.js';
import type { Store } from '../store/store.js';

/**
 * Every row a usage read needs, for one account and usage month: the account, the month's
 * counter and the month before's, the thresholds reached, the subscription terms, the day
 * counters and the billing details. Read at once because a usage read is the most frequent
 * request after ingest, and on PostgreSQL each round trip costs more than the primary-key
 * reads in it (decision 0010, issue 18).
 */
export interface UsageSnapshot {
  account: AccountsTable;
  activeContacts: number;
  /** The count of the month that ended when this one started; null when there is none. */
  previousMonthActive: number | null;
  /** When the month reached each usage threshold, by percent. */
  thresholdsReachedAt: ReadonlyMap<number, number>;
  /** In order: by effective date, then sequence. */
  terms: SubscriptionTermsTable[];
  days: DayCount[];
  billingDetails: BillingDetailsTable | undefined;
}

/** The snapshot of the account's usage month that starts at `monthStart`; undefined for an unknown account. */
export function readUsageSnapshot(
  store: Store,
  accountId: string,
  monthStart: number,
): Promise<UsageSnapshot | undefined> {
  return store.dialect.runPerDriver({
    sqliteConnection: (connection) => readOnSqlite(connection, accountId, monthStart),
    postgresPool: (pool) => readOnPostgres(pool, accountId, monthStart),
  });
}

/**
 * One statement, one round trip: the account row with the month's figures as scalar
 * subqueries and the lists as JSON arrays. Prepared by name, so each connection plans it
 * once. JSON carries the bigint columns as numbers, as the rows' types declare them.
 */
const postgresSnapshot = `
  SELECT to_jsonb(a) AS account,
    (SELECT m.active_contacts FROM usage_months m WHERE m.account_id = a.account_id AND m.period_start = $2) AS active_contacts,
    (SELECT p.active_contacts FROM usage_months p WHERE p.account_id = a.account_id AND p.period_end = $2) AS previous_month_active,
    (SELECT coalesce(jsonb_agg(jsonb_build_array(t.percent, t.reached_at)), '[]')
       FROM usage_thresholds t WHERE t.account_id = a.account_id AND t.period_start = $2) AS thresholds,
    (SELECT coalesce(jsonb_agg(to_jsonb(s) ORDER BY s.effective_from, s.sequence), '[]')
       FROM subscription_terms s WHERE s.account_id = a.account_id) AS terms,
    (SELECT coalesce(jsonb_agg(jsonb_build_array(d.day_start, d.newly_active)), '[]')
       FROM daily_activations d WHERE d.account_id = a.account_id AND d.period_start = $2) AS days,
    (SELECT to_jsonb(b) FROM billing_details b WHERE b.account_id = a.account_id) AS billing_details
  FROM accounts a WHERE a.account_id = $1`;

interface PostgresSnapshotRow {
  account: AccountsTable;
  active_contacts: string | number | null;
  previous_month_active: string | number | null;
  thresholds: [number, number][];
  terms: SubscriptionTermsTable[];
  days: [number, number][];
  billing_details: BillingDetailsTable | null;
}

async function readOnPostgres(
  pool: PostgresPool,
  accountId: string,
  monthStart: number,
): Promise<UsageSnapshot | undefined> {
  // The pool's promise connect, not pool.query: a failed connect then reads as the
  // database being unavailable (503), as every other request's does.
  const client = await pool.connect();
  let row: PostgresSnapshotRow | undefined;
  try {
    const result = await client.query<PostgresSnapshotRow>({
      name: 'tally_usage_snapshot',
      text: postgresSnapshot,
      values: [accountId, monthStart],
    });
    row = result.rows[0];
  } finally {
    client.release();
  }
  if (!row) return undefined;
  return {
    account: row.account,
    activeContacts: Number(row.active_contacts ?? 0),
    previousMonthActive: row.previous_month_active === null ? null : Number(row.previous_month_active),
    thresholdsReachedAt: new Map(row.thresholds),
    terms: row.terms,
    days: row.days.map(([dayStart, newlyActive]) => ({ dayStart, newlyActive })),
    billingDetails: row.billing_details ?? undefined,
  };
}

interface SqliteStatements {
  account: SqliteStatement;
  thresholds: SqliteStatement;
  terms: SqliteStatement;
  days: SqliteStatement;
  billingDetails: SqliteStatement;
}

const statementsByConnection = new WeakMap<SqliteConnection, SqliteStatements>();

/** Prepared once per connection: SQLite reads are in-process, so what costs is building and compiling queries. */
function prepare(sqlite: SqliteConnection): SqliteStatements {
  let statements = statementsByConnection.get(sqlite);
  if (!statements) {
    statements = {
      account: sqlite.prepare(
        `SELECT a.*,
           (SELECT m.active_contacts FROM usage_months m WHERE m.account_id = a.account_id AND m.period_start = @monthStart) AS active_contacts,
           (SELECT p.active_contacts FROM usage_months p WHERE p.account_id = a.account_id AND p.period_end = @monthStart) AS previous_month_active
         FROM accounts a WHERE a.account_id = @accountId`,
      ),
      thresholds: sqlite
        .prepare('SELECT percent, reached_at FROM usage_thresholds WHERE account_id = ? AND period_start = ?')
        .raw(),
      terms: sqlite.prepare(
        'SELECT * FROM subscription_terms WHERE account_id = ? ORDER BY effective_from, sequence',
      ),
      days: sqlite
        .prepare(
          'SELECT day_start, newly_active FROM daily_activations WHERE account_id = ? AND period_start = ?',
        )
        .raw(),
      billingDetails: sqlite.prepare('SELECT * FROM billing_details WHERE account_id = ?'),
    };
    statementsByConnection.set(sqlite, statements);
  }
  return statements;
}

function readOnSqlite(
  sqlite: SqliteConnection,
  accountId: string,
  monthStart: number,
): UsageSnapshot | undefined {
  const statements = prepare(sqlite);
  const row = statements.account.get({ accountId, monthStart }) as
    | (AccountsTable & { active_contacts: number | null; previous_month_active: number | null })
    | undefined;
  if (!row) return undefined;
  const { active_contacts, previous_month_active, ...account } = row;
  return {
    account,
    activeContacts: active_contacts ?? 0,
    previousMonthActive: previous_month_active,
    thresholdsReachedAt: new Map(statements.thresholds.all(accountId, monthStart) as [number, number][]),
    terms: statements.terms.all(accountId) as SubscriptionTermsTable[],
    days: (statements.days.all(accountId, monthStart) as [number, number][]).map(
      ([dayStart, newlyActive]) => ({
        dayStart,
        newlyActive,
      }),
    ),
    billingDetails: statements.billingDetails.get(accountId) as BillingDetailsTable | undefined,
  };
}
