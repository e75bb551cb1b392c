import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, databaseUrlOf, type TestDatabase } from '../support/engines.js';
import { type ServeProcess, startServeProcess } from '../support/serve-process.js';

const operatorKey = 'three-instances-operator-key';
const accountCount = 4;
/** Contacts created in February per account; contact k sits in column k % 3. */
const februaryContacts = 90;
/** Contacts created in March per account, in the first column. */
const marchContacts = 12;
/** External activity ids per account; every instance delivers all of them (replays). */
const externalActivities = 120;
const includedInStart = 50;
const overusageCents = 25;

interface Answer {
  status: number;
  // biome-ignore lint/suspicious/noExplicitAny: the test reads arbitrary JSON bodies
  body: any;
}

async function call(
  base: string,
  method: string,
  path: string,
  key: string,
  body?: unknown,
): Promise<Answer> {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${key}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

async function expectStatus(answer: Promise<Answer>, status: number): Promise<Answer> {
  const settled = await answer;
  if (settled.status !== status) {
    throw new Error(`expected ${status}, got ${settled.status}: ${JSON.stringify(settled.body)}`);
  }
  return settled;
}

interface SeededAccount {
  id: string;
  apiKey: string;
  columns: [string, string, string];
  /** Tally contact ids of the February contacts, by k. */
  contacts: string[];
}

/**
 * Three `tally serve` processes on one PostgreSQL schema, coordinating through nothing but
 * the database. Every step is spread over all three at once: contacts created on one are
 * moved, annotated and renamed on the others, and the same external activities reach all
 * three. Then every instance is asked to close the month while its scheduler runs too.
 */
describe('three tally serve instances sharing one PostgreSQL database', () => {
  let database: TestDatabase;
  let instances: ServeProcess[] = [];

  beforeAll(async () => {
    database = await createTestDatabase('postgres');
    instances = await Promise.all(
      [0, 1, 2].map(() =>
        startServeProcess(databaseUrlOf(database), {
          TALLY_OPERATOR_KEY: operatorKey,
          TALLY_CLOCK: 'manual',
          TALLY_CLOSE_INTERVAL_SECONDS: '1',
        }),
      ),
    );
  }, 120_000);

  afterAll(async () => {
    await Promise.all(instances.map((instance) => instance.stop()));
    await database.dispose();
  });

  /** The test clock is per process: every instance is moved to the same instant. */
  const setClocks = (iso: string) =>
    Promise.all(
      instances.map((instance) =>
        expectStatus(call(instance.url, 'POST', '/v1/admin/clock', operatorKey, { now: iso }), 200),
      ),
    );
  const on = (index: number) => (instances[index % instances.length] as ServeProcess).url;

  it('meters overlapping actions exactly, closes each month once, numbers invoices without gaps and verifies clean', async () => {
    await setClocks('2026-02-15T10:00:00Z');
    const accounts: SeededAccount[] = await Promise.all(
      Array.from({ length: accountCount }, async (_, a) => {
        const created = await expectStatus(
          call(on(a), 'POST', '/v1/accounts', operatorKey, {
            name: `Scale ${a}`,
            timezone: 'Europe/Berlin',
            plan: 'start',
            cycle: 'monthly',
            startsAt: '2026-02-01T00:00:00+01:00',
          }),
          201,
        );
        const apiKey = created.body.apiKey as string;
        const columns: string[] = [];
        for (const name of ['Alpha', 'Beta', 'Gamma']) {
          const column = await expectStatus(call(on(a), 'POST', '/v1/statuses', apiKey, { name }), 201);
          columns.push(column.body.id as string);
        }
        const contacts = await Promise.all(
          Array.from({ length: februaryContacts }, async (_, k) => {
            const contact = await expectStatus(
              call(on(k), 'POST', '/v1/contacts', apiKey, {
                name: `Contact ${k}`,
                statusId: columns[k % 3],
              }),
              201,
            );
            return contact.body.id as string;
          }),
        );
        return {
          id: created.body.account.id as string,
          apiKey,
          columns: columns as [string, string, string],
          contacts,
        };
      }),
    );

    await setClocks('2026-03-10T10:00:00Z');
    // What March must count, worked out from the plan below rather than read back.
    const expectedMarch = new Map<string, Set<string>>();
    await Promise.all(
      accounts.map(async (account) => {
        const expected = new Set<string>();
        expectedMarch.set(account.id, expected);
        const work: Promise<unknown>[] = [];
        for (const instance of [0, 1, 2]) {
          // Notes on the first 30 contacts, from every instance.
          for (let k = 0; k < 30; k++) {
            const contact = account.contacts[k] as string;
            expected.add(contact);
            work.push(
              expectStatus(
                call(on(instance), 'POST', `/v1/contacts/${contact}/notes`, account.apiKey, {
                  body: `note from instance ${instance}`,
                }),
                201,
              ),
            );
          }
          // Moves of first-column contacts 30–59 to the second column, asked of every instance:
          // the first to commit changes the status, the others set the value it has (a no-op).
          for (let k = 30; k < 60; k += 3) {
            const contact = account.contacts[k] as string;
            expected.add(contact);
            work.push(
              expectStatus(
                call(on(instance), 'PATCH', `/v1/contacts/${contact}`, account.apiKey, {
                  statusId: account.columns[1],
                }),
                200,
              ),
            );
          }
          // Every instance renames the third column: each touches all contacts sitting in it.
          work.push(
            expectStatus(
              call(on(instance), 'PATCH', `/v1/statuses/${account.columns[2]}`, account.apiKey, {
                name: `Gamma (${instance})`,
              }),
              200,
            ),
          );
          // The same external activities reach every instance, in batches of 40.
          for (let from = 0; from < externalActivities; from += 40) {
            const batch = Array.from({ length: 40 }, (_, offset) => {
              const n = from + offset;
              // The first 20 name Tally contacts 60–79; the rest 70 external contacts, with repeats.
              return {
                id: `x-${n}`,
                contactId: n < 20 ? (account.contacts[60 + n] as string) : `ext-${n % 70}`,
                kind: 'message.sent',
                occurredAt: '2026-03-09T08:00:00Z',
              };
            });
            for (const activity of batch) expected.add(activity.contactId);
            work.push(
              expectStatus(
                call(on(instance), 'POST', '/v1/activities', account.apiKey, { activities: batch }),
                200,
              ),
            );
          }
        }
        for (let k = 2; k < februaryContacts; k += 3) expected.add(account.contacts[k] as string);
        // New contacts in March, spread over the instances.
        for (let m = 0; m < marchContacts; m++) {
          work.push(
            expectStatus(
              call(on(m), 'POST', '/v1/contacts', account.apiKey, {
                name: `March ${m}`,
                statusId: account.columns[0],
              }),
              201,
            ).then((answer) => expected.add(answer.body.id as string)),
          );
        }
        await Promise.all(work);
      }),
    );

    // 1 April 00:00 in Berlin is 31 March 22:00 UTC; with the hour of grace, March is due at 23:00.
    await setClocks('2026-04-01T02:00:00Z');
    const closes = await Promise.all(
      instances.map((instance) =>
        expectStatus(call(instance.url, 'POST', '/v1/billing/close', operatorKey, {}), 200),
      ),
    );
    // The schedulers (every second) may have closed some months first; nothing is closed twice.
    expect(closes.reduce((sum, answer) => sum + Number(answer.body.monthsClosed), 0)).toBeLessThanOrEqual(
      accountCount * 2,
    );

    for (const account of accounts) {
      const march = await activeContactsOf(on(0), account.apiKey, '2026-03');
      expect(march.sort()).toEqual([...(expectedMarch.get(account.id) as Set<string>)].sort());
      const february = await activeContactsOf(on(1), account.apiKey, '2026-02');
      expect(february.sort()).toEqual([...account.contacts].sort());
    }

    const db = database.store.db;
    const months = await db
      .selectFrom('usage_months')
      .select(['account_id', 'period_start', 'active_contacts', 'closed_at', 'overusage'])
      .where('closed_at', 'is not', null)
      .execute();
    expect(months).toHaveLength(accountCount * 2);

    const invoices = await db
      .selectFrom('invoices')
      .select(['account_id', 'kind', 'source_key', 'sequence', 'total'])
      .execute();
    const sequences = invoices.map((invoice) => Number(invoice.sequence)).sort((a, b) => a - b);
    expect(sequences).toEqual(sequences.map((_, index) => index + 1));
    for (const account of accounts) {
      const overusage = invoices.filter(
        (invoice) => invoice.account_id === account.id && invoice.kind === 'overusage',
      );
      // One overusage invoice for February and one for March, each for the contacts over 50.
      const expectedActive = [februaryContacts, (expectedMarch.get(account.id) as Set<string>).size];
      expect(overusage.map((invoice) => Number(invoice.total)).sort((a, b) => a - b)).toEqual(
        expectedActive.map((active) => (active - includedInStart) * overusageCents).sort((a, b) => a - b),
      );
      expect(new Set(overusage.map((invoice) => invoice.source_key)).size).toBe(2);
      // The fees of February, March and April, each once.
      const upfront = invoices.filter(
        (invoice) => invoice.account_id === account.id && invoice.kind === 'upfront',
      );
      expect(upfront).toHaveLength(3);
    }

    // Threshold notices race on all three instances; each threshold is won once, so no
    // (month, percent) is ever announced twice, and each announced one is on record.
    const notices = await db
      .selectFrom('notifications')
      .select(['account_id', 'data'])
      .where('type', '=', 'usage.threshold_reached')
      .execute();
    const reached = await db.selectFrom('usage_thresholds').select(['account_id', 'percent']).execute();
    for (const account of accounts) {
      const announced = notices
        .filter((notice) => notice.account_id === account.id)
        .map((notice) => {
          const data = JSON.parse(notice.data) as { periodStart: string; percent: number };
          return `${data.periodStart} ${data.percent}`;
        });
      expect(announced.length).toBeGreaterThan(0);
      expect(new Set(announced).size).toBe(announced.length);
      expect(announced.length).toBeLessThanOrEqual(
        reached.filter((threshold) => threshold.account_id === account.id).length,
      );
    }

    const verify = spawn(
      process.execPath,
      ['--import', 'tsx', 'src/cli/main.ts', 'verify', '--database', databaseUrlOf(database)],
      { stdio: 'ignore' },
    );
    expect(await new Promise((resolve) => verify.once('exit', resolve))).toBe(0);
  }, 180_000);
});

/** Every active contact of a usage month, through the API. */
async function activeContactsOf(base: string, apiKey: string, period: string): Promise<string[]> {
  const contacts: string[] = [];
  let cursor: string | null = null;
  do {
    const query: string = `period=${period}&limit=1000${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const page = await expectStatus(call(base, 'GET', `/v1/usage/contacts?${query}`, apiKey), 200);
    contacts.push(...(page.body.data as { contactId: string }[]).map((row) => row.contactId));
    cursor = page.body.nextCursor;
  } while (cursor);
  return contacts;
}
