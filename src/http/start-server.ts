import type { FastifyInstance } from 'fastify';
import { warmUsageCalendars } from '../accounts/account-repository.js';
import { cacheApiKeys } from '../accounts/api-key-cache.js';
import { warmApiKeyCache } from '../accounts/api-keys.js';
import { KeyUseRecorder } from '../accounts/key-use-recorder.js';
import { ensureOperatorKey } from '../accounts/operator-key.js';
import { loadCatalog } from '../billing/catalog.js';
import type { SmtpSettings } from '../channels/email-sender.js';
import { dispatchQueuedMessages, recoverInterruptedMessages } from '../contacts/send-message.js';
import type { WebhookDeliveryOptions } from '../notify/deliver-webhooks.js';
import type { EmailDeliveryOptions } from '../notify/email-outbox.js';
import { startNotificationWorker } from '../notify/notification-worker.js';
import { type OpenStoreOptions, openStore } from '../store/store.js';
import { defaultGraceMs } from '../use-cases/close-due-months.js';
import { startCloseScheduler } from '../use-cases/close-scheduler.js';
import type { AdmissionOptions } from './admission-control.js';
import type { AppContext } from './app-context.js';
import { type Clock, ManualClock, systemClock } from './clock.js';
import { watchDatabase } from './database-watch.js';
import { createMetrics } from './metrics.js';
import { buildServer, defaultAdmission } from './server.js';

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
  /** How long after a month ends it is closed (default 1 hour). */
  graceMs?: number;
  /** How often the built-in scheduler closes due months; 0 turns it off (default 60 s). */
  closeIntervalMs?: number;
  /** Tally's own mail server for threshold e-mails; without it they wait in the outbox. */
  smtp?: SmtpSettings;
  /** How often the notification outbox runs; 0 turns it off (default 2 s). */
  notifyIntervalMs?: number;
  /** How often, at most, the outbox also sweeps for overdue invoices (default 60 s). */
  overdueSweepIntervalMs?: number;
  webhooks?: WebhookDeliveryOptions;
  emails?: EmailDeliveryOptions;
  /** The built dashboard to serve at / (default dist/web at the repository root). */
  webRoot?: string;
  /** How many requests run and wait at once, and how long one may take (default: `defaultAdmission`). */
  admission?: AdmissionOptions;
}

/** How often `tally serve` re-tunes what follows the database's size (the SQLite WAL policy). */
const storageMaintenanceMs = 10_000;

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
  const admission = options.admission ?? defaultAdmission;
  // No statement may outlast the request that runs it (PostgreSQL cancels it server-side).
  const store = await openStore(options.databaseUrl, {
    statementTimeoutMs: admission.requestTimeoutMs,
    ...options.storeOptions,
  });
  try {
    const catalog = loadCatalog(options.catalogPath);
    const operator = await ensureOperatorKey(store.db, options.operatorKey);
    await warmUsageCalendars(store);
    const clock: Clock = options.clock === 'manual' ? new ManualClock() : systemClock;
    const context: AppContext = {
      store,
      catalog,
      clock,
      operator,
      metrics: createMetrics(),
      billing: { graceMs: options.graceMs ?? defaultGraceMs },
      keyUses: new KeyUseRecorder(store.db),
    };
    const app = await buildServer(context, {
      logger: options.logger ?? false,
      admission,
      ...(options.webRoot === undefined ? {} : { webRoot: options.webRoot }),
    });
    let listenerLostAt: number | undefined;
    const keyCache = cacheApiKeys(store.revocations, {
      warm: (cache) => warmApiKeyCache(store.db, cache),
      onLost: (error) => {
        listenerLostAt = Date.now();
        app.log.warn(
          { err: error, apiKeyCache: 'off' },
          'API key revocation listener lost: the key cache is dropped and every request reads its key until it listens again (retried every second)',
        );
      },
      onLive: () => {
        if (listenerLostAt === undefined) return;
        const lostMs = Date.now() - listenerLostAt;
        listenerLostAt = undefined;
        app.log.info(
          { apiKeyCache: 'on', listenerLostMs: lostMs },
          `API key revocation listener back after ${Math.round(lostMs / 100) / 10} s: keys are cached again`,
        );
      },
    });
    if (keyCache) {
      context.apiKeyCache = keyCache.cache;
      context.metrics.observeApiKeyCache(keyCache.cache);
    }

    const notifyIntervalMs = options.notifyIntervalMs ?? 2_000;
    const notifications =
      notifyIntervalMs > 0
        ? startNotificationWorker(store, catalog, {
            businessNow: () => clock.now(),
            intervalMs: notifyIntervalMs,
            ...(options.overdueSweepIntervalMs === undefined
              ? {}
              : { overdueSweepIntervalMs: options.overdueSweepIntervalMs }),
            smtp: options.smtp,
            ...(options.webhooks ? { webhooks: options.webhooks } : {}),
            ...(options.emails ? { emails: options.emails } : {}),
            onError: (error) => app.log.error(error, 'notification outbox failed'),
          })
        : undefined;
    if (notifications) context.notifications = notifications;
    // A backlog larger than Node's 511: connections arriving in a burst while the event loop
    // is busy wait in the kernel to be accepted and answered (served, or refused at once by
    // the admission gate) instead of being dropped into TCP's retry backoff of 1, 3, 7 … s.
    await app.listen({ port: options.port, host: options.host, backlog: 4096 }).catch(async (error) => {
      keyCache?.stop();
      await notifications?.stop();
      throw error;
    });
    const databaseWatch = watchDatabase(store, app.log, context.metrics);
    // The ledger's months ahead get their partitions long before a write needs them, and
    // rows a backdated write put in the default partition move to their month's (decision 0049).
    const prepareLedger = () =>
      store.dialect.prepareLedgerMonths(clock.now()).then(
        (created) => {
          if (created.length > 0) app.log.info({ partitions: created }, 'ledger partitions created');
        },
        (error) => app.log.warn(error, 'could not prepare the ledger partitions'),
      );
    await prepareLedger();
    const maintenance = setInterval(() => {
      try {
        store.adaptToSize();
      } catch (error) {
        app.log.warn(error, 'could not re-tune the database to its size');
      }
      void prepareLedger();
    }, storageMaintenanceMs);
    maintenance.unref();
    const closeIntervalMs = options.closeIntervalMs ?? 60_000;
    const scheduler =
      closeIntervalMs > 0
        ? startCloseScheduler(
            store,
            catalog,
            () => clock.now(),
            context.billing.graceMs,
            closeIntervalMs,
            (error) => app.log.error(error, 'scheduled month close failed'),
            (report) => {
              if (report.accounts > 0) app.log.info(report, 'scheduled month close');
            },
          )
        : undefined;
    // The message outbox: messages queued before a crash are sent, interrupted ones flagged.
    const outbox =
      closeIntervalMs > 0
        ? setInterval(() => {
            recoverInterruptedMessages(store, clock.now())
              .then(() => dispatchQueuedMessages(store, () => clock.now()))
              .catch((error) => app.log.error(error, 'message outbox failed'));
          }, 5_000)
        : undefined;
    outbox?.unref();
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : options.port;
    return {
      app,
      context,
      url: `http://${options.host.includes(':') ? `[${options.host}]` : options.host}:${port}`,
      generatedOperatorKey: operator.generated,
      close: async () => {
        if (outbox) clearInterval(outbox);
        clearInterval(maintenance);
        databaseWatch.stop();
        await scheduler?.stop();
        await app.close();
        await notifications?.stop();
        keyCache?.stop();
        await context.keyUses?.flush();
        await store.close();
      },
    };
  } catch (error) {
    await store.close();
    throw error;
  }
}
