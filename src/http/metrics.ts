import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { ApiKeyCache } from '../accounts/api-key-cache.js';
import type { DatabaseState } from '../store/database-health.js';
import type { Store } from '../store/store.js';
import type { AdmissionGate } from './admission-gate.js';

/** Prometheus metrics of one server, in a registry of its own (tests run several servers). */
export interface Metrics {
  registry: Registry;
  requests: Counter<'method' | 'route' | 'status'>;
  requestSeconds: Histogram<'method' | 'route'>;
  activitiesRecorded: Counter;
  contactsNewlyActive: Counter;
  /** Requests answered 503 `overloaded`: refused at the gate, or past the request timeout. */
  requestsRefused: Counter<'reason'>;
  /** Database faults this process entered (each fault once, however many requests it failed). */
  databaseFaults: Counter<'fault'>;
  /** In-flight and queued requests, read from the gate at scrape time. */
  observeAdmission(gate: AdmissionGate): void;
  /** The database's state and, where the engine tells, its storage, read at scrape time. */
  observeDatabase(store: Store): void;
  /** API key lookups by result and whether the cache is on, read at scrape time. */
  observeApiKeyCache(cache: ApiKeyCache): void;
}

const databaseStates: readonly DatabaseState[] = ['available', 'unavailable', 'storage_full'];

export function createMetrics(): Metrics {
  const registry = new Registry();
  return {
    registry,
    requests: new Counter({
      name: 'tally_http_requests_total',
      help: 'HTTP requests answered, by method, route and status',
      labelNames: ['method', 'route', 'status'],
      registers: [registry],
    }),
    requestSeconds: new Histogram({
      name: 'tally_http_request_duration_seconds',
      help: 'HTTP request latency by method and route',
      labelNames: ['method', 'route'],
      // Up to the request timeouts operators set (default 30 s), so a slow request is told
      // apart from one that ran into its timeout rather than lumped into +Inf.
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers: [registry],
    }),
    activitiesRecorded: new Counter({
      name: 'tally_activities_recorded_total',
      help: 'Qualifying activities appended to the ledger (replays excluded)',
      registers: [registry],
    }),
    contactsNewlyActive: new Counter({
      name: 'tally_contacts_newly_active_total',
      help: 'Contacts that became active in a usage month',
      registers: [registry],
    }),
    requestsRefused: new Counter({
      name: 'tally_http_requests_refused_total',
      help: 'Requests answered 503 overloaded, by reason (overloaded: the gate was full; timeout: past the request timeout)',
      labelNames: ['reason'],
      registers: [registry],
    }),
    databaseFaults: new Counter({
      name: 'tally_database_faults_total',
      help: 'Times the database became unavailable or ran out of storage',
      labelNames: ['fault'],
      registers: [registry],
    }),
    observeAdmission(gate) {
      new Gauge({
        name: 'tally_http_requests_active',
        help: 'Requests being handled now',
        registers: [registry],
        collect() {
          this.set(gate.active);
        },
      });
      new Gauge({
        name: 'tally_http_requests_queued',
        help: 'Requests waiting for their turn',
        registers: [registry],
        collect() {
          this.set(gate.queued);
        },
      });
    },
    observeDatabase(store) {
      new Gauge({
        name: 'tally_database_state',
        help: '1 for the state the database is in (available, unavailable, storage_full), 0 for the others',
        labelNames: ['state'],
        registers: [registry],
        collect() {
          for (const state of databaseStates) this.set({ state }, store.health.state === state ? 1 : 0);
        },
      });
      if (store.storageHeadroom() === undefined) return;
      new Gauge({
        name: 'tally_storage_headroom_bytes',
        help: 'Bytes the SQLite database can still grow by (free disk space, capped by max_page_count, plus free pages)',
        registers: [registry],
        collect() {
          this.set(store.storageHeadroom() ?? 0);
        },
      });
    },
    observeApiKeyCache(cache) {
      new Counter({
        name: 'tally_api_key_cache_lookups_total',
        help: 'API key lookups: hit (answered from memory), miss (read from the database), off (the cache was off: revocations were not being heard)',
        labelNames: ['result'],
        registers: [registry],
        collect() {
          // The cache counts on the hot path; the counter takes its totals only when scraped.
          this.reset();
          for (const [result, count] of Object.entries(cache.lookups)) this.inc({ result }, count);
        },
      });
      new Gauge({
        name: 'tally_api_key_cache_on',
        help: '1 while verified API keys are cached (revocations are heard), 0 while every request reads its key',
        registers: [registry],
        collect() {
          this.set(cache.usable ? 1 : 0);
        },
      });
    },
  };
}
