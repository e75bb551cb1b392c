import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { startServer } from '../../src/http/start-server.js';

/** The served document (as committed) and the client types derived from it. */
export async function clientSources(): Promise<{ document: string; types: string; operations: number }> {
  const directory = mkdtempSync(join(tmpdir(), 'tally-client-'));
  // The system clock: the test-clock routes are not part of the public contract.
  const server = await startServer({
    databaseUrl: join(directory, 'tally.db'),
    port: 0,
    host: '127.0.0.1',
    clock: 'system',
    operatorKey: 'generate-client',
    closeIntervalMs: 0,
  });
  try {
    const parsed = (await (await fetch(`${server.url}/v1/openapi.json`)).json()) as {
      paths: Record<string, Record<string, unknown>>;
    };
    const document = `${JSON.stringify(parsed, null, 2)}\n`;
    const header =
      '/**\n * Generated from openapi.json by `npm run generate:client`; do not edit by hand.\n */\n\n';
    const types = header + astToString(await openapiTS(document, { alphabetize: true }));
    const operations = Object.values(parsed.paths).reduce(
      (sum, methods) => sum + Object.keys(methods).length,
      0,
    );
    return { document, types, operations };
  } finally {
    await server.close();
    rmSync(directory, { recursive: true, force: true });
  }
}
