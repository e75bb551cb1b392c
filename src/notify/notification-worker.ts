import type { Catalog } from '../billing/catalog.js';
import type { SmtpSettings } from '../channels/email-sender.js';
import type { Store } from '../store/store.js';
import { sweepUsageThresholds } from './check-thresholds.js';
import { deliverDueWebhooks, type WebhookDeliveryOptions } from './deliver-webhooks.js';
import { type EmailDeliveryOptions, sendDueEmails } from './email-outbox.js';
import { sweepOverdueInvoices } from './sweep-overdue-invoices.js';

export interface NotificationWorkerOptions {
  /** The business clock (thresholds, overdue invoices); delivery itself runs on the wall clock. */
  businessNow: () => number;
  intervalMs: number;
  /** Invoices fall overdue by the day: a sweep a minute (the default) is timely enough. */
  overdueSweepIntervalMs?: number;
  /** Without SMTP settings e-mails stay queued until an instance that has them sends them. */
  smtp: SmtpSettings | undefined;
  webhooks?: WebhookDeliveryOptions;
  emails?: EmailDeliveryOptions;
  onError: (error: unknown) => void;
}

/** How often, at most, a pass also sweeps for overdue invoices (wall clock), unless told. */
const defaultOverdueSweepIntervalMs = 60_000;

export interface NotificationWorker {
  /** Runs a pass soon (after a request queued something), without waiting for the interval. */
  kick(): void;
  stop(): Promise<void>;
}

/**
 * The outbox worker of `tally serve`: every interval it sweeps for thresholds the
 * per-request check missed and (at most once a minute) for invoices that became overdue,
 * posts due webhooks and sends due e-mails. Passes never overlap within a process; across
 * instances the leases on each row keep one sender.
 */
export function startNotificationWorker(
  store: Store,
  catalog: Catalog,
  options: NotificationWorkerOptions,
): NotificationWorker {
  let running: Promise<void> | undefined;
  let again = false;
  let stopped = false;
  let lastOverdueSweep = Number.NEGATIVE_INFINITY;
  const overdueSweepIntervalMs = options.overdueSweepIntervalMs ?? defaultOverdueSweepIntervalMs;
  const pass = async () => {
    await sweepUsageThresholds(store, catalog, options.businessNow()).catch(options.onError);
    // Not every pass: that would scan the unannounced invoices every few seconds for a state
    // that changes by the day (POST /v1/billing/overdue runs a sweep at once).
    if (Date.now() - lastOverdueSweep >= overdueSweepIntervalMs) {
      lastOverdueSweep = Date.now();
      await sweepOverdueInvoices(store, catalog, options.businessNow()).catch(options.onError);
    }
    await Promise.all([
      deliverDueWebhooks(store, options.webhooks).catch(options.onError),
      options.smtp ? sendDueEmails(store, options.smtp, options.emails).catch(options.onError) : undefined,
    ]);
  };
  const tick = () => {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = pass().finally(() => {
      running = undefined;
      if (again) {
        again = false;
        tick();
      }
    });
  };
  const timer = setInterval(tick, options.intervalMs);
  timer.unref();
  return {
    kick: () => setImmediate(tick),
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
