import { fileURLToPath } from 'node:url';
import { build } from 'vite';

/**
 * Builds the dashboard into dist/web before any test runs, so the browser tests and the
 * server's static files always exercise the current web sources, on a fresh clone too
 * (a build takes about a second).
 */
export default async function buildWeb(): Promise<void> {
  // Vitest sets NODE_ENV=test, and Vite would then bundle React's development build: the
  // tests must run, and the size budget must measure, what `npm run build` ships.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      configFile: fileURLToPath(new URL('../../web/vite.config.ts', import.meta.url)),
      mode: 'production',
      logLevel: 'warn',
    });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
}
