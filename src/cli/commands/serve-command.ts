import { defaultMailFrom, parseSmtpUrl } from '../../channels/smtp-url.js';
import { startServer } from '../../http/start-server.js';
import type { Output } from '../output.js';
import { serveSettingsFromEnvironment } from '../serve-settings.js';

export interface ServeOptions {
  database: string;
  port: number;
  host: string;
  /** The request log (default: on unless TALLY_LOG=off). */
  logger?: boolean;
}

/** `tally serve`: the HTTP API until SIGTERM or SIGINT, then a graceful drain. */
export async function serveCommand(
  options: ServeOptions,
  output: Output,
  /** Told the URL once the server listens (the demo prints where to sign in). */
  announce?: (url: string) => void,
): Promise<number> {
  const settings = serveSettingsFromEnvironment();
  const server = await startServer({
    databaseUrl: options.database,
    storeOptions: { durability: settings.durability, maxConnections: settings.databaseConnections },
    admission: settings.admission,
    port: options.port,
    host: options.host,
    clock: process.env.TALLY_CLOCK === 'manual' ? 'manual' : 'system',
    operatorKey: process.env.TALLY_OPERATOR_KEY,
    logger: options.logger ?? process.env.TALLY_LOG !== 'off',
    graceMs: Number(process.env.TALLY_CLOSE_GRACE_MINUTES ?? 60) * 60_000,
    closeIntervalMs: Number(process.env.TALLY_CLOSE_INTERVAL_SECONDS ?? 60) * 1000,
    ...(process.env.TALLY_SMTP_URL
      ? { smtp: parseSmtpUrl(process.env.TALLY_SMTP_URL, process.env.TALLY_MAIL_FROM ?? defaultMailFrom) }
      : {}),
  });
  output.out(`Tally listening on ${server.url} (database ${options.database})`);
  output.out(`Dashboard: ${server.url}/ · API reference: ${server.url}/v1/docs`);
  if (server.generatedOperatorKey) {
    output.out(`Operator key (shown once, stored only as a hash): ${server.generatedOperatorKey}`);
  }
  if (!process.env.TALLY_SMTP_URL) output.out('No TALLY_SMTP_URL: threshold e-mails wait in the outbox');
  if (server.context.clock.manual) output.out('Test clock enabled: POST /v1/admin/clock sets the time');
  announce?.(server.url);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
  });
  output.out('Shutting down: draining requests…');
  await server.close();
  return 0;
}
