import { loadCatalog } from '../src/billing/catalog.js';
import { type Store, sql } from '../src/store/store.js';
import { inWriteTransaction } from '../src/store/write-transaction.js';
import { countDistinctContacts } from './designs.js';
import { forEachConcurrently } from './statistics.js';

/**
 * The naive design's month close, built as Tally's is (one transaction per account, one
 * gapless number series, parallel accounts on PostgreSQL) but counting with COUNT(DISTINCT)
 * over the month's raw events. It knows every account is on Start monthly, so it loads no
 * subscription: the difference to Tally is the count, and it is given every advantage else.
 */
export async function closeNaively(
  store: Store,
  accountIds: readonly string[],
  monthStart: number,
  monthEnd: number,
  connections: number,
): Promise<{ monthsClosed: number; invoices: number }> {
  const start = loadCatalog().plans.find((plan) => plan.id === 'start');
  if (!start) throw new Error('the catalog has no Start plan');
  const int = store.engine === 'postgres' ? 'bigint' : 'integer';
  await sql
    .raw(
      `CREATE TABLE naive_month_closes (account_id text NOT NULL, period_start ${int} NOT NULL, active_contacts ${int} NOT NULL, overusage ${int} NOT NULL, PRIMARY KEY (account_id, period_start))`,
    )
    .execute(store.db);
  await sql
    .raw(
      `CREATE TABLE naive_invoices (sequence ${int} PRIMARY KEY, account_id text NOT NULL, source_key text NOT NULL, total_cents ${int} NOT NULL, UNIQUE (account_id, source_key))`,
    )
    .execute(store.db);
  await sql
    .raw(`CREATE TABLE naive_invoice_series (id ${int} PRIMARY KEY, last ${int} NOT NULL)`)
    .execute(store.db);
  await sql.raw('INSERT INTO naive_invoice_series VALUES (1, 0)').execute(store.db);
  const overusageCents = 25;
  const feeCents = 2900;
  let monthsClosed = 0;
  let invoices = 0;
  await forEachConcurrently(
    accountIds.length,
    store.engine === 'postgres' ? connections : 1,
    async (index) => {
      const accountId = accountIds[index] as string;
      await inWriteTransaction(store, async (db) => {
        const active = await countDistinctContacts(db, accountId, monthStart, monthEnd);
        const overusage = Math.max(0, active - start.includedContacts);
        await sql`INSERT INTO naive_month_closes VALUES (${accountId}, ${monthStart}, ${active}, ${overusage})`.execute(
          db,
        );
        const drafts = [
          ...(overusage > 0
            ? [{ source: `overusage:${monthStart}`, total: overusage * overusageCents }]
            : []),
          { source: `upfront:${monthEnd}`, total: feeCents },
        ];
        // Numbers last, as Tally does: the series row is every closer's lock until the commit.
        for (const draft of drafts) {
          const taken = await sql<{
            last: number;
          }>`UPDATE naive_invoice_series SET last = last + 1 WHERE id = 1 RETURNING last`.execute(db);
          await sql`INSERT INTO naive_invoices VALUES (${Number(taken.rows[0]?.last)}, ${accountId}, ${draft.source}, ${draft.total})`.execute(
            db,
          );
        }
        monthsClosed++;
        invoices += drafts.length;
      });
    },
  );
  return { monthsClosed, invoices };
}
