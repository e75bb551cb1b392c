import Fastify from 'fastify';
import { findAccount, findUsageCalendar, warmUsageCalendars } from '../src/accounts/account-repository.js';
import { authenticateApiKey } from '../src/accounts/api-keys.js';
import { computeUsageFigures } from '../src/billing/allowance.js';
import { loadCatalog } from '../src/billing/catalog.js';
import { loadTerms } from '../src/billing/subscription-repository.js';
import { termInForce } from '../src/billing/subscription-term.js';
import type { Activity, ActivityKind, Actor } from '../src/domain/activity.js';
import { formatInstantIn, parseInstant } from '../src/http/instants.js';
import { RecordActivitiesBody } from '../src/http/schemas/activity-schemas.js';
import { type BenchDatabaseHandle, reopenBenchDatabase } from './bench-database.js';
import { appendRawEvents, countDistinctContacts } from './designs.js';

/**
 * The naive design behind HTTP, for the benchmark's side-by-side: a minimal Fastify server
 * with Tally's body schema and API keys, whose ingest only appends raw events and whose
 * usage read is COUNT(DISTINCT) over them. The body schema, key check and account reads
 * are Tally's, so the figures differ by the metering and by what `tally serve` does around
 * it: Tally caches verified keys (decision 0047) and notes each key's last use; this server
 * reads the key on every request and notes nothing. Run as `node dist/bench/naive-server.js` with
 * NAIVE_DATABASE set to a bench database handle (JSON) and NAIVE_NOW to an instant; prints its URL like `tally serve`.
 */
const handle = JSON.parse(process.env.NAIVE_DATABASE as string) as BenchDatabaseHandle;
// The same pool size as `tally serve` (10).
const database = await reopenBenchDatabase(handle, false, 10);
const store = database.store;
// Warmed at start as `tally serve` warms its own: the same calendars in memory for both designs.
await warmUsageCalendars(store);
const catalog = loadCatalog();
// Its clock stands still at NAIVE_NOW, as Tally's test clock does in the benchmark.
const now = Date.parse(process.env.NAIVE_NOW as string);

interface Batch {
  activities: { id: string; contactId: string; kind: ActivityKind; occurredAt: string; actor?: Actor }[];
}

const app = Fastify({ logger: false });

async function accountOf(authorization: string | undefined): Promise<string | undefined> {
  const token = authorization?.startsWith('Bearer ') ? authorization.slice('Bearer '.length) : undefined;
  return token === undefined ? undefined : (await authenticateApiKey(store.db, token))?.accountId;
}

app.post<{ Body: Batch }>(
  '/v1/activities',
  { schema: { body: RecordActivitiesBody } },
  async (request, reply) => {
    const accountId = await accountOf(request.headers.authorization);
    if (!accountId) return reply.code(401).send({ code: 'unauthenticated' });
    const batch: Activity[] = request.body.activities.map((item) => ({
      accountId,
      key: item.id,
      contactId: item.contactId,
      kind: item.kind,
      actor: item.actor ?? 'api',
      occurredAt: parseInstant(item.occurredAt) ?? 0,
    }));
    await appendRawEvents(store, batch);
    return { accepted: batch.length };
  },
);

app.get('/v1/usage', async (request, reply) => {
  const accountId = await accountOf(request.headers.authorization);
  if (!accountId) return reply.code(401).send({ code: 'unauthenticated' });
  const calendar = await findUsageCalendar(store, accountId);
  const month = calendar?.monthAt(now);
  if (!month) return reply.code(404).send({ code: 'not_found' });
  const [account, terms, activeContacts] = await Promise.all([
    findAccount(store.db, accountId),
    loadTerms(store.db, accountId),
    countDistinctContacts(store.db, accountId, month.start, month.end),
  ]);
  const configuration = termInForce(terms, month.end, 'before')?.configuration;
  const figures = computeUsageFigures(catalog, configuration, activeContacts);
  const zone = account?.timeZone ?? 'UTC';
  return {
    periodStart: formatInstantIn(month.start, zone),
    periodEnd: formatInstantIn(month.end, zone),
    activeContacts,
    allowance: figures.allowance ?? null,
    overusage: figures.overusage,
  };
});

await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address();
process.stdout.write(
  `naive server listening on http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}\n`,
);
process.once('SIGTERM', async () => {
  await app.close();
  await database.close();
  process.exit(0);
});
