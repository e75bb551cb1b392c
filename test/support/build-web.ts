import { fileURLToPath } from 'node:url';
import { build } from 'vite';

/**
 * Builds the dashboard into dist/web before any test runs, so the browser tests and the
 * server's static files always exercise the current web sources, on a fresh clone too
 * (a build takes about a second).
 */
export default async function buildWeb(): Promise<void> {
  await build({
    configFile: fileURLToPath(new URL('../../web/vite.config.ts', import.meta.url)),
    logLevel: 'warn',
  });
}
