import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ManualClock } from '../../src/http/clock.js';
import { defaultAdmission } from '../../src/http/server.js';
import { type RunningServer, type StartOptions, startServer } from '../../src/http/start-server.js';
import { dropPostgresSchema, type Engine, type OpenStoreOptions } from '../../src/store/store.js';
import { checkAgainstContract } from './contract-check.js';
import { postgresTestUrl } from './engines.js';

export const operatorKey = 'test-operator-key';

export interface TestAccount {
  id: string;
  apiKey: string;
}

export interface ApiResponse {
  status: number;
  headers: Headers;
  // biome-ignore lint/suspicious/noExplicitAny: tests inspect arbitrary JSON bodies
  body: any;
  text: string;
}

/** A real Tally server on a loopback port over a fresh database, with helpers to call it. */
export interface Harness {
  server: RunningServer;
  url: string;
  /** Where the database is, for a second instance on the same one. */
  databaseUrl: string;
  storeOptions: OpenStoreOptions;
  request(
    method: string,
    path: string,
    options?: { key?: string; body?: unknown; headers?: Record<string, string> },
  ): Promise<ApiResponse>;
  /** A fresh account (Grow monthly, anchored 1 January 2026 Berlin unless told otherwise). */
  createAccount(overrides?: Record<string, unknown>): Promise<TestAccount>;
  setClock(iso: string): void;
  /** External `note.added` activities for `contacts` contacts `${prefix}000`, `${prefix}001`, … at one instant. */
  recordNotes(key: string, contacts: number, occurredAt: string, prefix?: string): Promise<ApiResponse>;
  /** Another instance on the same database, its clock at this one's time (disposed with the harness). */
  startPeer(server?: Partial<StartOptions>): Promise<Peer>;
  dispose(): Promise<void>;
}

export interface Peer {
  server: RunningServer;
  url: string;
  request: Harness['request'];
  close(): Promise<void>;
}

type RequestOptions = { key?: string; body?: unknown; headers?: Record<string, string> };

/** One call to a Tally server: the JSON body parsed when there is one. */
export async function requestAt(
  url: string,
  method: string,
  path: string,
  { key, body, headers = {} }: RequestOptions = {},
): Promise<ApiResponse> {
  const response = await fetch(`${url}${path}`, {
    method,
    headers: {
      ...(key === undefined ? {} : { authorization: `Bearer ${key}` }),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...headers,
    },
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  });
  const text = await response.text();
  let parsed: unknown;
  try {
    parsed = text.length > 0 ? JSON.parse(text) : undefined;
  } catch {
    parsed = undefined;
  }
  await checkAgainstContract(url, {
    method,
    path,
    status: response.status,
    contentType: response.headers.get('content-type'),
    text,
    body: parsed,
  });
  return { status: response.status, headers: response.headers, body: parsed, text };
}

/** Many servers share two cores here: queue without bound (the overload tests set limits). */
const patientAdmission = { ...defaultAdmission, maxQueued: 100_000, queueTimeoutMs: 120_000 };

export async function startHarness(
  engine: Engine,
  options: { clock?: 'manual' | 'system'; server?: Partial<StartOptions> } = {},
): Promise<Harness> {
  let databaseUrl: string;
  let cleanUp: () => Promise<void>;
  let storeOptions: OpenStoreOptions = {};
  if (engine === 'sqlite') {
    const directory = mkdtempSync(join(tmpdir(), 'tally-http-'));
    databaseUrl = join(directory, 'tally.db');
    cleanUp = async () => rmSync(directory, { recursive: true, force: true });
  } else {
    const schema = `tally_http_${randomBytes(6).toString('hex')}`;
    databaseUrl = postgresTestUrl;
    storeOptions = { schema };
    cleanUp = () => dropPostgresSchema(postgresTestUrl, schema);
  }
  const server = await startServer({
    databaseUrl,
    storeOptions,
    port: 0,
    host: '127.0.0.1',
    clock: options.clock ?? 'manual',
    operatorKey,
    // Tests close months explicitly (POST /v1/billing/close), never behind their back.
    closeIntervalMs: 0,
    admission: patientAdmission,
    ...options.server,
  });
  const peers: RunningServer[] = [];
  const harness: Harness = {
    server,
    url: server.url,
    databaseUrl,
    storeOptions,
    request: (method, path, requestOptions) => requestAt(server.url, method, path, requestOptions),
    async createAccount(overrides = {}) {
      const response = await harness.request('POST', '/v1/accounts', {
        key: operatorKey,
        body: {
          name: 'Acme GmbH',
          timezone: 'Europe/Berlin',
          plan: 'grow',
          cycle: 'monthly',
          addonContacts: 0,
          startsAt: '2026-01-01T00:00:00+01:00',
          ...overrides,
        },
      });
      if (response.status !== 201) throw new Error(`account creation failed: ${response.text}`);
      return { id: response.body.account.id, apiKey: response.body.apiKey };
    },
    setClock(iso) {
      if (!server.context.clock.manual) throw new Error('this harness runs on the system clock');
      (server.context.clock as ManualClock).set(Date.parse(iso));
    },
    recordNotes(key, contacts, occurredAt, prefix = 'c') {
      return harness.request('POST', '/v1/activities', {
        key,
        body: {
          activities: Array.from({ length: contacts }, (_, index) => ({
            id: `${prefix}-${occurredAt}-${index}`,
            contactId: `${prefix}${String(index).padStart(3, '0')}`,
            kind: 'note.added',
            occurredAt,
          })),
        },
      });
    },
    async startPeer(overrides = {}) {
      const peer = await startServer({
        databaseUrl,
        storeOptions,
        port: 0,
        host: '127.0.0.1',
        clock: 'manual',
        operatorKey,
        closeIntervalMs: 0,
        admission: patientAdmission,
        ...options.server,
        ...overrides,
      });
      peers.push(peer);
      (peer.context.clock as ManualClock).set(server.context.clock.now());
      return {
        server: peer,
        url: peer.url,
        request: (method, path, requestOptions) => requestAt(peer.url, method, path, requestOptions),
        close: async () => {
          peers.splice(peers.indexOf(peer), 1);
          await peer.close();
        },
      };
    },
    async dispose() {
      for (const peer of peers) await peer.close();
      await server.close();
      await cleanUp();
    },
  };
  if (server.context.clock.manual) harness.setClock('2026-03-15T12:00:00Z');
  return harness;
}
