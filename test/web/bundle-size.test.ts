import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { defaultWebRoot } from '../../src/http/web-dashboard.js';

/** The budget: the first load fetches under 300 KB of JavaScript, gzip. */
const budgetBytes = 300 * 1024;

describe('the dashboard bundle', () => {
  it('loads under 300 KB of gzip JavaScript, every script the page references included', () => {
    const root = defaultWebRoot();
    const index = readFileSync(join(root, 'index.html'), 'utf8');
    const scripts = readdirSync(join(root, 'assets')).filter((name) => name.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    // Everything in assets counts, whether loaded at once or later: a conservative reading.
    const gzipBytes = scripts.reduce(
      (total, name) => total + gzipSync(readFileSync(join(root, 'assets', name)), { level: 9 }).length,
      0,
    );
    expect(scripts.some((name) => index.includes(`/assets/${name}`))).toBe(true);
    console.info(
      `dashboard JavaScript: ${(gzipBytes / 1024).toFixed(1)} KB gzip in ${scripts.length} file(s)`,
    );
    expect(gzipBytes).toBeLessThan(budgetBytes);
  });

  it('is the production build of React, as npm run build ships it', () => {
    const root = defaultWebRoot();
    for (const name of readdirSync(join(root, 'assets')).filter((file) => file.endsWith('.js'))) {
      // The development runtime compiles every element to jsxDEV calls, and is twice the size.
      expect(readFileSync(join(root, 'assets', name), 'utf8')).not.toContain('jsxDEV');
    }
  });
});
