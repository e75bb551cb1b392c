import autocannon from 'autocannon';
import { benchToken } from './bench-accounts.js';

/** Activities per request, as a connector would batch them. */
export const activitiesPerRequest = 100;
const loadConnections = 16;

export interface IngestLoadFigures {
  activitiesPerSecond: number;
  p50: number;
  p99: number;
  failures: number;
}

export interface ReadLoadFigures {
  readsPerSecond: number;
  p50: number;
  p99: number;
  /** Activities per second written meanwhile (the same fixed rate for every design). */
  backgroundActivitiesPerSecond: number;
  failures: number;
}

export interface Stream {
  prefix: string;
  accounts: number;
  monthStart: number;
  /** Occurrence times stay before this (the server's clock). */
  latest: number;
}

/** One request's body: a batch for the next account in turn, every id new, contacts repeating. */
export function batchMaker(stream: Stream) {
  let sequence = 0;
  let request = 0;
  const span = Math.max(1, stream.latest - stream.monthStart);
  return () => {
    const account = request++ % stream.accounts;
    const activities = Array.from({ length: activitiesPerRequest }, () => {
      sequence++;
      return {
        id: `${stream.prefix}${sequence}`,
        // About 2,000 contacts an account: later batches mostly touch contacts already active.
        contactId: `c${(sequence * 7919) % 2000}`,
        kind: 'message.sent',
        occurredAt: new Date(stream.monthStart + ((sequence * 1009) % span)).toISOString(),
      };
    });
    return { token: benchToken(account), body: JSON.stringify({ activities }) };
  };
}

function ingestRequest(stream: Stream): autocannon.Request {
  const next = batchMaker(stream);
  return {
    method: 'POST',
    path: '/v1/activities',
    setupRequest: (request) => {
      const batch = next();
      return {
        ...request,
        headers: { authorization: `Bearer ${batch.token}`, 'content-type': 'application/json' },
        body: batch.body,
      };
    },
  };
}

/** Batch ingest as fast as the server takes it, from 16 connections, for `seconds`. */
export async function loadIngest(url: string, stream: Stream, seconds: number): Promise<IngestLoadFigures> {
  const result = await autocannon({
    url,
    connections: loadConnections,
    duration: seconds,
    requests: [ingestRequest(stream)],
  });
  return {
    activitiesPerSecond: result.requests.average * activitiesPerRequest,
    p50: result.latency.p50,
    p99: result.latency.p99,
    failures: result.non2xx + result.errors,
  };
}

/**
 * `GET /v1/usage` from 16 connections while a steady stream of batches (20 a second, 2,000
 * activities a second) is written to the same server. `readAccounts` accounts are read in
 * a random order (the same for every design); 1 reads the first (largest) account only.
 */
export async function loadReads(
  url: string,
  stream: Stream,
  readAccounts: number,
  seconds: number,
): Promise<ReadLoadFigures> {
  let state = 0x9e3779b9;
  const randomAccount = () => {
    // xorshift: cheap, and the same sequence for every design.
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) % readAccounts;
  };
  const [reads, writes] = await Promise.all([
    autocannon({
      url,
      connections: loadConnections,
      duration: seconds,
      requests: [
        {
          method: 'GET',
          path: '/v1/usage',
          setupRequest: (request) => ({
            ...request,
            headers: { authorization: `Bearer ${benchToken(randomAccount())}` },
          }),
        },
      ],
    }),
    autocannon({
      url,
      connections: 2,
      duration: seconds,
      overallRate: 20,
      requests: [ingestRequest(stream)],
    }),
  ]);
  return {
    readsPerSecond: reads.requests.average,
    p50: reads.latency.p50,
    p99: reads.latency.p99,
    backgroundActivitiesPerSecond: writes.requests.average * activitiesPerRequest,
    failures: reads.non2xx + reads.errors + writes.non2xx + writes.errors,
  };
}
