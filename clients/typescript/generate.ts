/**
 * Regenerates the client from the server: `npm run generate:client`. Starts Tally on a
 * scratch database, takes its served OpenAPI document, and writes it with the TypeScript
 * types openapi-typescript derives from it. `npm test` fails when these files are stale.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { clientSources } from './client-sources.js';

const here = dirname(fileURLToPath(import.meta.url));
const sources = await clientSources();
writeFileSync(join(here, 'openapi.json'), sources.document);
writeFileSync(join(here, 'src', 'schema.ts'), sources.types);
console.log(`wrote openapi.json and src/schema.ts (${sources.operations} operations)`);
