import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot } from '../support/browser.js';
import { engines } from '../support/engines.js';
import { type Harness, startHarness, type TestAccount } from '../support/http-harness.js';

/**
 * Errors the server answers in English read in the user's language, chosen by the problem's
 * code (decision 0057), where the dashboard used to show the server's `detail`: a settings
 * action refused (revoking a key someone else revoked meanwhile) and a board column whose
 * page load is refused (a search longer than the API takes), and an import's rejected rows
 * (by each rejection's code).
 */
describe.each(engines)('server errors in a German dashboard (%s)', (engine) => {
  let api: Harness;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let account: TestAccount;

  beforeAll(async () => {
    api = await startHarness(engine);
    account = await api.createAccount({ name: 'Beispiel GmbH' });
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'de-DE' });
    context.setDefaultTimeout(20_000);
    page = await context.newPage();
    await page.goto(api.url);
    await page.getByLabel('API-Schlüssel').fill(account.apiKey);
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await page.waitForSelector('.meter, [data-testid="active-contacts"]');
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await api?.dispose();
  });

  it('says in German why revoking a key failed, not the server’s English detail', async () => {
    const issued = await api.request('POST', '/v1/api-keys', {
      key: account.apiKey,
      body: { label: 'CRM-Abgleich' },
    });
    expect(issued.status).toBe(201);
    await page.goto(`${api.url}/settings/api-keys`);
    const row = page.getByTestId('api-key-row').filter({ hasText: 'CRM-Abgleich' });
    await row.getByRole('button', { name: 'Schlüssel „CRM-Abgleich“ widerrufen' }).click();
    // Someone else revokes it while the dialog is open: the server answers 404 not_found.
    const revoked = await api.request('DELETE', `/v1/api-keys/${issued.body.id}`, { key: account.apiKey });
    expect(revoked.status).toBe(204);
    await page
      .getByRole('dialog', { name: 'Diesen Schlüssel widerrufen?' })
      .getByRole('button', { name: 'Schlüssel widerrufen' })
      .click();
    const outcome = page.getByTestId('api-keys-outcome');
    await expect
      .poll(() => outcome.textContent())
      .toBe('Das hat nicht geklappt: Das gibt es nicht mehr: Es wurde vielleicht gelöscht.');
    expect(await outcome.getAttribute('role')).toBe('alert');
    await screenshot(page, `server-errors-de-${engine}-revoke`);
  });

  it('says in German why a board column could not load', async () => {
    await page.goto(`${api.url}/board`);
    const column = page.locator('section[data-column="Won"]');
    await expect.poll(() => column.isVisible()).toBe(true);
    // The API takes searches of up to 200 characters: every column's load is refused with 400.
    await page.getByLabel('Suche', { exact: true }).fill('x'.repeat(201));
    const alert = column.getByRole('alert');
    await expect.poll(() => alert.textContent()).toMatch(/^Einige Eingaben sind ungültig\./);
    expect(await alert.textContent()).toContain('Zu lang.');
    expect(await alert.textContent()).not.toMatch(/must|characters|fewer/i);
    expect(await page.locator('section[data-column] [role="alert"]').count()).toBe(5);
    await screenshot(page, `server-errors-de-${engine}-board-column`);
  });

  it('says in German why an import rejected a row, not the server’s English reason', async () => {
    await page.goto(`${api.url}/settings/import`);
    await page.getByLabel('CSV-Datei').setInputFiles({
      name: 'kontakte.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('name,email\nAnna Muster,anna@beispiel.example\nKaputt,keine-adresse\n'),
    });
    await page.getByRole('button', { name: 'Datei prüfen' }).click();
    const rejected = page.getByRole('table', { name: 'Abgelehnte Zeilen' });
    await expect.poll(() => rejected.isVisible()).toBe(true);
    const cells = rejected.getByRole('row').nth(1).getByRole('cell');
    expect(await cells.nth(0).textContent()).toBe('3');
    expect(await cells.nth(1).textContent()).toBe('Die E-Mail-Adresse ist ungültig.');
    expect(await cells.nth(1).getAttribute('lang')).toBeNull();
    await screenshot(page, `server-errors-de-${engine}-import-rejected`);
  });
});
