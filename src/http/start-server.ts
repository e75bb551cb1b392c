import type { FastifyInstance } from 'fastify';
import { ensureOperatorKey } from '../accounts/operator-key.js';
import { loadCatalog } from '../billing/catalog.js';
import { type OpenStoreOptions, openStore } from '../store/store.js';
import type { AppContext } from './app-context.js';
import { type Clock, ManualClock, systemClock } from './clock.js';
import { createMetrics } from './metrics.js';
import { buildServer } from './server.js';

export interface StartOptions {
  databaseUrl: string;
  storeOptions?: OpenStoreOptions;
  port: number;
  host: string;
  /** `manual` enables POST /v1/admin/clock. */
  clock?: 'system' | 'manual';
  operatorKey?: string;
  catalogPath?: string;
  logger?: boolean;
}

export interface RunningServer {
  app: FastifyInstance;
  context: AppContext;
  url: string;
  /** The operator key, when this start generated it (print it: it is never shown again). */
  generatedOperatorKey: string | undefined;
  /** Stops accepting, drains in-flight requests, then closes the database. */
  close(): Promise<void>;
}

export async function startServer(options: StartOptions): Promise<RunningServer> {
  const store = await openStore(options.databaseUrl, options.storeOptions);
  try {
    const catalog = loadCatalog(options.catalogPath);
    const operator = await ensureOperatorKey(store.db, options.operatorKey);
    const clock: Clock = options.clock === 'manual' ? new ManualClock() : systemClock;
    const context: AppContext = { store, catalog, clock, operator, metrics: createMetrics() };
    const app = await buildServer(context, { logger: options.logger ?? false });
    await app.listen({ port: options.port, host: options.host });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : options.port;
    return {
      app,
      context,
      url: `http://${options.host.includes(':') ? `[${options.host}]` : options.host}:${port}`,
      generatedOperatorKey: operator.generated,
      close: async () => {
        await app.close();
        await store.close();
      },
    };
  } catch (error) {
    await store.close();
    throw error;
  }
}
