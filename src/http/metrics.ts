import { Counter, Histogram, Registry } from 'prom-client';

/** Prometheus metrics of one server, in a registry of its own (tests run several servers). */
export interface Metrics {
  registry: Registry;
  requests: Counter<'method' | 'route' | 'status'>;
  requestSeconds: Histogram<'method' | 'route'>;
  activitiesRecorded: Counter;
  contactsNewlyActive: Counter;
}

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
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
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
  };
}
