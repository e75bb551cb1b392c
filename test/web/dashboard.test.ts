import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot } from '../support/browser.js';
import { type Harness, operatorKey, startHarness, type TestAccount } from '../support/http-harness.js';

/**
 * The dashboard in a real Chromium against a real server on SQLite, as a customer uses it.
 * The server's manual clock stands on 20 March 2026, so every figure is known: a Start
 * account (50 contacts included) with 60 contacts created in January (10 over, invoiced)
 * and 40 created this month; its billing details charge 19 % VAT on what is invoiced next.
 */
describe('the web dashboard', () => {
  let api: Harness;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let account: TestAccount;
  const januaryContacts: string[] = [];

  const meter = () => page.getByTestId('active-contacts').first();

  beforeAll(async () => {
    api = await startHarness('sqlite', { clock: 'manual' });
    account = await api.createAccount({ name: 'Browser GmbH', plan: 'start', cycle: 'monthly' });
    const create = async (name: string) => {
      const created = await api.request('POST', '/v1/contacts', {
        key: account.apiKey,
        body: { name, email: `${name.toLowerCase().replace(' ', '.')}@example.com` },
      });
      if (created.status !== 201) throw new Error(created.text);
      return created.body.id as string;
    };
    api.setClock('2026-01-10T10:00:00Z');
    for (let index = 1; index <= 60; index++) januaryContacts.push(await create(`January ${index}`));
    api.setClock('2026-03-20T12:00:00Z');
    for (let index = 1; index <= 40; index++) await create(`March ${index}`);
    const closed = await api.request('POST', '/v1/billing/close', { key: operatorKey, body: {} });
    expect(closed.status).toBe(200);
    // A German buyer from now on: what is still to be invoiced is announced with 19 % VAT.
    const details = await api.request('PUT', '/v1/billing-details', {
      key: account.apiKey,
      body: {
        legalName: 'Browser GmbH',
        address: { street: 'Hauptstraße 5', postalCode: '80331', city: 'München', country: 'DE' },
        vatId: 'DE987654321',
        vatRate: '19',
      },
    });
    expect(details.status).toBe(200);
    browser = await launchBrowser();
    // English whatever the machine's language: the default follows the browser's.
    context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      acceptDownloads: true,
      locale: 'en-GB',
    });
    context.setDefaultTimeout(15_000);
    page = await context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await api?.dispose();
  });

  it('refuses an unknown key with a clear message, then signs in and shows the meter', async () => {
    await page.goto(api.url);
    await page.getByLabel('API key').fill('tally_0000000000000000_wrongwrongwrongwrongwrongwrong12');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('unknown or revoked');
    await screenshot(page, '01-sign-in-error');

    await page.getByLabel('API key').fill(account.apiKey);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => meter().textContent()).toBe('40');
    await expect
      .poll(() => page.getByRole('meter').getAttribute('aria-valuetext'))
      .toBe('40 of 50 active contacts (80 %)');
    // 40 of 50 is the 80 % threshold.
    await expect.poll(() => page.getByTestId('threshold-banner').textContent()).toContain('80 %');
    // The forecast stays within Start's 50, so the projected bill is the plan's €29.00 net, with
    // 19 % VAT of €5.51 (29.00 × 0.19 = 5.51), €34.51 gross; and the daily chart with its running total.
    await expect.poll(() => page.getByTestId('projected-bill').textContent()).toMatch(/^€34\.51/);
    await expect.poll(() => page.getByTestId('projected-bill-vat-net').textContent()).toBe('€29.00');
    const projectedVat = page.getByTestId('projected-bill-vat');
    await expect.poll(() => projectedVat.textContent()).toContain('VAT (19 %)€5.51');
    await expect.poll(() => page.getByTestId('projected-bill-vat-gross').textContent()).toBe('€34.51');
    await expect
      .poll(() => page.getByRole('img', { name: /active contacts by/ }).getAttribute('aria-label'))
      .toContain('40 active contacts by 20 Mar 2026 against an allowance of 50');
    // January is a past month, 10 over its allowance and closed.
    const past = page.getByRole('region', { name: 'Past months' });
    await expect.poll(() => past.textContent()).toContain('10 · €2.50');
    await screenshot(page, '02-usage');
  });

  it('lists the active contacts with why each counts, filters them by kind and exports CSV', async () => {
    const table = page.getByRole('region', { name: 'Active contacts and why they count' });
    await expect.poll(() => table.getByRole('row').count()).toBe(41);
    await expect.poll(() => table.textContent()).toContain('Created');
    // Each row names the contact, not only its id.
    await expect.poll(() => table.getByRole('row').nth(1).textContent()).toMatch(/^March \d+con_/);
    await table.getByLabel('First activity').selectOption('note.added');
    await expect.poll(() => table.getByRole('row').count()).toBe(1);
    await table.getByLabel('First activity').selectOption('');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      table.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('active-contacts-2026-03.csv');
    // trimEnd, not trim: trim would also drop the byte order mark checked below.
    const csv = readFileSync((await download.path()) as string, 'utf8')
      .trimEnd()
      .split('\r\n');
    // The byte order mark first, so Excel reads the names as UTF-8.
    expect(csv[0]).toBe(
      '\uFEFFcontact_id,name,email,first_kind,first_actor,first_occurred_at,first_activity_id',
    );
    expect(csv.slice(1).every((line) => /^con_[^,]+,March \d+,march\.\d+@example\.com,/.test(line))).toBe(
      true,
    );
    expect(csv).toHaveLength(41);
  });

  it('moves a card to another column by dragging it, and the meter moves with it', async () => {
    await page.getByRole('link', { name: 'Contacts' }).click();
    await expect.poll(() => meter().textContent()).toBe('40');
    // The column renders only the cards in view, newest activity first: find the January one.
    await page.getByLabel('Search', { exact: true }).fill('January 1');
    const card = page.locator(`[data-contact="${januaryContacts[0]}"]`);
    await card.dragTo(page.locator('section[data-column="Contacted"]'));
    // A January contact changing status this month becomes active: 41.
    await expect.poll(() => meter().textContent()).toBe('41');
    await expect
      .poll(() => page.locator('section[data-column="Contacted"]').textContent())
      .toContain('January 1');
    await screenshot(page, '03-board-after-drag');
  });

  it('changes a status from the keyboard through the contact drawer, with notes and properties', async () => {
    await page.getByLabel('Search', { exact: true }).fill('January 2');
    await page.locator(`[data-contact="${januaryContacts[1]}"] button`).focus();
    await page.keyboard.press('Enter');
    const drawer = page.getByRole('dialog');
    await drawer.getByLabel('Status').selectOption({ label: 'Won' });
    await drawer.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => meter().textContent()).toBe('42');
    await drawer.getByLabel('New note').fill('Signed the contract.');
    await drawer.getByRole('button', { name: 'Add note' }).click();
    await expect.poll(() => drawer.textContent()).toContain('Signed the contract.');
    await screenshot(page, '04-contact-drawer');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    // Focus stays on the moved card, now in its new column (keyboard users keep their place).
    await expect
      .poll(() => page.evaluate('document.activeElement?.closest("section")?.getAttribute("data-column")'))
      .toBe('Won');
    await page.getByLabel('Search', { exact: true }).fill('');
  });

  it('renames a column only after showing its impact, then the meter shows the overusage', async () => {
    await page.getByRole('button', { name: 'Rename column New' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('New name').fill('Inbox');
    await dialog.getByRole('button', { name: 'Preview impact' }).click();
    // New holds 98 contacts: 40 from March (active already) and 58 from January. 42 + 58 = 100
    // active against 50 allowed: 50 more over, at €0.25.
    await expect
      .poll(() => dialog.getByTestId('impact').textContent())
      .toContain('Touches 98 contacts, 58 newly active this month, about €12.50 more overusage.');
    expect(await meter().textContent()).toBe('42');
    await screenshot(page, '05-rename-preview');
    await dialog.getByRole('button', { name: 'Confirm rename' }).click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await expect.poll(() => meter().textContent()).toBe('100');
    await expect
      .poll(() => page.getByTestId('overusage').first().textContent())
      .toBe('50 over · €12.50 overusage');
    await expect.poll(() => page.locator('section[data-column="Inbox"]').count()).toBe(1);
    await screenshot(page, '06-board-after-rename');
  });

  it('creates a contact, and deletes an empty column after its preview', async () => {
    await page.getByRole('button', { name: 'New contact' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Create contact' }).click();
    await expect.poll(() => dialog.getByRole('alert').textContent()).toContain('at least a name');
    await dialog.getByLabel('Name').fill('Grace Hopper');
    await dialog.getByLabel('E-mail').fill('grace@example.com');
    await dialog.getByLabel('Column').selectOption({ label: 'Qualified' });
    await dialog.getByRole('button', { name: 'Create contact' }).click();
    await expect.poll(() => meter().textContent()).toBe('101');
    await expect
      .poll(() => page.locator('section[data-column="Qualified"]').textContent())
      .toContain('Grace Hopper');

    await page.getByRole('button', { name: 'Delete column Lost' }).click();
    const confirm = page.getByRole('dialog');
    await confirm.getByLabel(/Move its 0 contacts to/).selectOption({ label: 'Won' });
    await confirm.getByRole('button', { name: 'Preview impact' }).click();
    await expect
      .poll(() => confirm.getByTestId('impact').textContent())
      .toContain('Touches 0 contacts, 0 newly active this month, no extra overusage.');
    await confirm.getByRole('button', { name: 'Confirm delete' }).click();
    await expect.poll(() => page.locator('section[data-column="Lost"]').count()).toBe(0);
    expect(await meter().textContent()).toBe('101');
  });

  it('changes the plan through the configurator, showing charges and credits first', async () => {
    await page.getByRole('link', { name: 'Plan' }).click();
    await expect.poll(() => page.getByTestId('current-plan').textContent()).toContain('Start');
    // For the 101 contacts of this month, staying on Start and paying overusage (€29 + 51 ×
    // €0.25) beats Grow's €59; for 200 (€29 + €37.50) Grow is the better base plan.
    await expect.poll(() => page.getByLabel('Expected active contacts a month').inputValue()).toBe('101');
    await expect.poll(() => page.locator('.plan-option.recommended').getAttribute('data-plan')).toBe('start');
    await page.getByLabel('Expected active contacts a month').fill('200');
    await expect.poll(() => page.locator('.plan-option.recommended').getAttribute('data-plan')).toBe('grow');
    await page.locator('[data-plan="grow"] input').check();
    await expect.poll(() => page.getByTestId('price').textContent()).toContain('€59.00');
    await page.getByRole('button', { name: 'Review change' }).click();
    const preview = page.getByTestId('change-preview');
    await expect.poll(() => preview.textContent()).toContain('Takes effect now');
    // A charge for Grow and a credit for the unused part of Start.
    await expect.poll(() => preview.getByRole('row').count()).toBeGreaterThanOrEqual(4);
    await expect.poll(() => preview.textContent()).toMatch(/-€\d+\.\d\d/);
    // 12 of March's 31 days are left: Grow €59 × 12/31 = €22.84, less Start €29 × 12/31 = €11.23,
    // is €11.61 net; 19 % VAT is €2.2059 → €2.21; €13.82 gross, as the change's invoice will say.
    await expect.poll(() => preview.getByTestId('change-preview-vat-net').textContent()).toBe('€11.61');
    await expect
      .poll(() => preview.getByTestId('change-preview-vat').textContent())
      .toContain('VAT (19 %)€2.21');
    await expect.poll(() => preview.getByTestId('change-preview-vat-gross').textContent()).toBe('€13.82');
    await screenshot(page, '07-plan-change-preview');
    await preview.getByRole('button', { name: 'Confirm change' }).click();
    await expect
      .poll(() => page.getByRole('status').last().textContent())
      .toContain('Your plan has changed. Invoiced: €13.82.');
    await expect.poll(() => page.getByTestId('current-plan').textContent()).toContain('Grow');
    const usage = await api.request('GET', '/v1/usage', { key: account.apiKey });
    expect(usage.body).toMatchObject({ plan: 'grow', allowance: 250, activeContacts: 101, overusage: 0 });
    await screenshot(page, '08-plan-changed');
  });

  it('lists the invoices, opens one and downloads its PDF', async () => {
    await page.getByRole('link', { name: 'Invoices' }).click();
    const rows = page.getByRole('row');
    await expect.poll(() => page.getByRole('table').textContent()).toContain('Overusage');
    await screenshot(page, '09-invoices');
    const overusage = rows.filter({ hasText: 'Overusage' });
    const number = (await overusage.getByRole('link').textContent()) as string;
    await overusage.getByRole('link').click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(`Invoice ${number}`);
    await expect.poll(() => page.locator('article').textContent()).toContain('€2.50');
    await screenshot(page, '10-invoice-detail');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: `Download ${number} as PDF` }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${number}.pdf`);
    const path = (await download.path()) as string;
    expect(readFileSync(path).subarray(0, 5).toString()).toBe('%PDF-');
    const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
    expect(text).toContain(number);
    expect(text).toContain('2.50');
  });

  it('lets the operator pick an account', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByLabel('API key').fill(operatorKey);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('button', { name: /Browser GmbH/ }).click();
    await expect.poll(() => page.locator('.account-name').textContent()).toBe('Browser GmbH');
    await page.getByRole('link', { name: 'Usage' }).click();
    await expect.poll(() => meter().textContent()).toBe('101');
  });

  it('labels every control and stays usable at phone width', async () => {
    for (const [path, name] of [
      ['/', 'usage'],
      ['/board', 'board'],
      ['/plan', 'plan'],
      ['/invoices', 'invoices'],
    ] as const) {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(`${api.url}${path}`);
      await expect.poll(() => page.locator('main h1').count()).toBe(1);
      await page.waitForLoadState('networkidle');
      // Every form control has an accessible name, from a label or aria-label.
      const unlabelled = await page.evaluate(`[...document.querySelectorAll('input, select, textarea')]
        .filter((element) => element.type !== 'hidden' && element.labels.length === 0
          && !element.getAttribute('aria-label') && !element.closest('label'))
        .map((element) => element.outerHTML)`);
      expect(unlabelled, path).toEqual([]);
      // Nothing spills sideways on a phone except the board, which scrolls by design.
      const overflow = await page.evaluate('document.documentElement.scrollWidth - window.innerWidth');
      expect(overflow, path).toBeLessThanOrEqual(0);
      await screenshot(page, `11-phone-${name}`);
    }
  });

  it('serves the app for page paths and never shadows the API', async () => {
    const shell = await fetch(`${api.url}/board`, { headers: { accept: 'text/html' } });
    expect(shell.status).toBe(200);
    expect(shell.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await shell.text()).toContain('<div id="root">');
    const missingApi = await fetch(`${api.url}/v1/nope`, { headers: { accept: 'text/html' } });
    expect(missingApi.status).toBe(404);
    expect(missingApi.headers.get('content-type')).toContain('application/problem+json');
    expect((await fetch(`${api.url}/healthz`)).status).toBe(200);
    const missingAsset = await fetch(`${api.url}/assets/nope.js`);
    expect(missingAsset.status).toBe(404);
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(await (await fetch(api.url)).text())?.[1] as string;
    const asset = await fetch(`${api.url}${script}`, { headers: { 'accept-encoding': 'gzip' } });
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toContain('immutable');
  });
});
