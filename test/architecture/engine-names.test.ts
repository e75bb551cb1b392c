import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Engine differences live behind the store's dialect (decision 0044). dependency-cruiser
 * keeps the drivers' imports inside src/store; this keeps the engines' names there too, so
 * no module can branch on `store.engine` or compare against 'postgres' or 'sqlite'.
 */
const root = join(import.meta.dirname, '..', '..');
const engineNames = /\bstore\.engine\b|\.engine\s*[!=]==|['"`](postgres|sqlite)['"`]/;

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('engine names', () => {
  it('appear in src/store only: no other module asks which engine it is on', () => {
    const outside = sourceFiles(join(root, 'src'))
      .map((path) => relative(root, path).split('\\').join('/'))
      .filter((path) => !path.startsWith('src/store/'));
    expect(outside.length).toBeGreaterThan(50);
    const naming = outside.filter((path) => engineNames.test(readFileSync(join(root, path), 'utf8')));
    expect(naming).toEqual([]);
  });
});
