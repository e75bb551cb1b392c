import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';

/** Debian's chromium (installed by .ci/run); playwright-core never downloads a browser. */
export const chromiumPath = process.env.TALLY_CHROMIUM ?? '/usr/bin/chromium';

export const artifactsDirectory = join(process.cwd(), 'test-artifacts');

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(chromiumPath)) {
    throw new Error(`no browser at ${chromiumPath}: apt-get install chromium (or set TALLY_CHROMIUM)`);
  }
  return chromium.launch({
    executablePath: chromiumPath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

/** Saves a full-page screenshot under test-artifacts/ (kept by CI, ignored by git). */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(artifactsDirectory, { recursive: true });
  const path = join(artifactsDirectory, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
