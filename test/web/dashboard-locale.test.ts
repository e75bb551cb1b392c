import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot } from '../support/browser.js';
import { engines } from '../support/engines.js';
import { type Harness, startHarness, type TestAccount } from '../support/http-harness.js';

/**
 * The dashboard in German and English, on both engines. The browser says de-DE and sits in
 * New York, while the account is in Berlin: every time must show in Berlin's zone. The clock
 * stands on 20 March 2026, 12:00 UTC (13:00 in Berlin); a Grow account (250 contacts) has
 * 239 active contacts, 95 % of its allowance, past the 80 % threshold.
 */
describe.each(engines)('the dashboard in German and English (%s)', (engine) => {
  let api: Harness;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let account: TestAccount;
  let contactId: string;

  const drawer = () => page.getByRole('dialog');
  /** The property as the API stores it: a canonical decimal string. */
  const revenueOf = async () => {
    const contact = await api.request('GET', `/v1/contacts/${contactId}`, { key: account.apiKey });
    return contact.body.properties.revenue;
  };

  beforeAll(async () => {
    api = await startHarness(engine, { clock: 'manual' });
    api.setClock('2026-03-20T12:00:00Z');
    account = await api.createAccount({ name: 'Sprachen GmbH', plan: 'grow', cycle: 'monthly' });
    const definition = await api.request('POST', '/v1/property-definitions', {
      key: account.apiKey,
      body: { key: 'revenue', label: 'Umsatz', type: 'number' },
    });
    expect(definition.status).toBe(201);
    const created = await api.request('POST', '/v1/contacts', {
      key: account.apiKey,
      body: { name: 'Jürgen Müller', email: 'juergen@example.com' },
    });
    expect(created.status).toBe(201);
    contactId = created.body.id;
    const note = await api.request('POST', `/v1/contacts/${contactId}/notes`, {
      key: account.apiKey,
      body: { body: 'Angebot geschickt.' },
    });
    expect(note.status).toBe(201);
    expect((await api.recordNotes(account.apiKey, 238, '2026-03-20T11:00:00Z')).status).toBeLessThan(300);
    const usage = await api.request('GET', '/v1/usage', { key: account.apiKey });
    expect(usage.body).toMatchObject({ activeContacts: 239, allowance: 250 });
    // A Polish business with a VAT ID: reverse charge, so what is still to be invoiced carries no VAT.
    const details = await api.request('PUT', '/v1/billing-details', {
      key: account.apiKey,
      body: {
        legalName: 'Sprachen Sp. z o.o.',
        address: { street: 'ul. Świętokrzyska 12', postalCode: '00-916', city: 'Warszawa', country: 'PL' },
        vatId: 'PL5260250274',
        vatRate: '19',
        reverseCharge: true,
      },
    });
    expect(details.status).toBe(200);

    browser = await launchBrowser();
    context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'de-DE',
      timezoneId: 'America/New_York',
    });
    context.setDefaultTimeout(15_000);
    page = await context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await api?.dispose();
  });

  it('speaks German by default in a German browser, with the true share in the banner', async () => {
    await page.goto(api.url);
    await page.getByLabel('API-Schlüssel').fill(account.apiKey);
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Nutzung');
    expect(await page.evaluate('document.documentElement.lang')).toBe('de-DE');
    await expect.poll(() => page.getByRole('navigation').textContent()).toContain('Rechnungen');
    const banner = page.getByTestId('threshold-banner');
    await expect.poll(() => banner.textContent()).toContain('95 %');
    await expect.poll(() => banner.textContent()).toContain('239 von 250 aktiven Kontakten');
    await expect.poll(() => banner.textContent()).toContain('80-%-Schwelle');
    expect(await banner.textContent()).not.toContain('100-%-Schwelle');
    await expect
      .poll(() => page.getByRole('meter').getAttribute('aria-valuetext'))
      .toBe('239 von 250 aktiven Kontakten (95 %)');
    await expect
      .poll(() => page.getByRole('region', { name: 'Aktive Kontakte', exact: true }).count())
      .toBe(1);
    // The month in German dates, in Berlin's calendar.
    await expect
      .poll(() => page.getByLabel('Monat', { exact: true }).textContent())
      .toContain('1. März 2026 – 31. März 2026');
    // The projected bill stays within Grow's 250: €59.00 net, reverse-charged, so no VAT, in German.
    // (Intl puts a no-break space before the euro sign.)
    const bill = async () =>
      ((await page.getByTestId('projected-bill-vat').textContent()) ?? '').replaceAll('\u00a0', ' ');
    await expect.poll(bill).toContain('Netto59,00 €');
    await expect.poll(bill).toContain('USt. (Steuerschuldnerschaft des Leistungsempfängers)0,00 €');
    await expect.poll(bill).toContain('Brutto59,00 €');
    await screenshot(page, `locale-${engine}-de-usage`);
  });

  it('exports the active contacts with semicolons in German, for a German spreadsheet', async () => {
    const table = page.getByRole('region', { name: 'Aktive Kontakte und warum sie zählen' });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      table.getByRole('button', { name: 'CSV exportieren' }).click(),
    ]);
    const bytes = readFileSync((await download.path()) as string);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows: string[][] = parse(bytes.toString('utf8'), { delimiter: ';', bom: true });
    expect(rows[0]).toEqual([
      'contact_id',
      'name',
      'email',
      'first_kind',
      'first_actor',
      'first_occurred_at',
      'first_activity_id',
    ]);
    expect(rows.find((row) => row[0] === contactId)?.slice(1, 3)).toEqual([
      'Jürgen Müller',
      'juergen@example.com',
    ]);
    expect(rows).toHaveLength(240);
  });

  it('shows the drawer’s times in the account’s time zone and reads "1500,50" as 1500.5', async () => {
    await page.getByRole('link', { name: 'Kontakte' }).click();
    await page.locator(`[data-contact="${contactId}"] button`).click();
    // The note was written at 12:00 UTC: 13:00 in Berlin (not 08:00 in the browser's New York).
    await expect.poll(() => drawer().textContent()).toContain('20.03.2026, 13:00');
    const revenue = drawer().getByLabel('Umsatz');
    await revenue.fill('1.5');
    await expect.poll(() => drawer().getByTestId('number-error').textContent()).toContain('„,“');
    expect(await revenue.getAttribute('aria-invalid')).toBe('true');
    await drawer().getByRole('button', { name: 'Änderungen speichern' }).click();
    expect(await revenueOf()).toBeUndefined();

    await revenue.fill('1500,50');
    expect(await drawer().getByTestId('number-error').count()).toBe(0);
    await drawer().getByRole('button', { name: 'Änderungen speichern' }).click();
    await expect.poll(revenueOf).toBe('1500.5');
    // Shown back as the locale writes it.
    await expect.poll(() => drawer().getByLabel('Umsatz').inputValue()).toBe('1500,5');
    await screenshot(page, `locale-${engine}-de-drawer`);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await screenshot(page, `locale-${engine}-de-board`);
  });

  it('prices plans in German notation and refuses a fraction of a contact', async () => {
    await page.getByRole('link', { name: 'Tarif' }).click();
    await expect.poll(() => page.locator('[data-plan="grow"]').textContent()).toMatch(/59,00\s€ \/ Monat/);
    await expect.poll(() => page.getByTestId('price').textContent()).toMatch(/^59,00\s€ im Monat/);
    const addons = page.getByLabel('Zusatzkontakte', { exact: true });
    await addons.fill('1,5');
    await expect
      .poll(() => page.getByTestId('number-error').textContent())
      .toBe('Bitte eine ganze Zahl eingeben.');
    await addons.fill('0');
    await expect.poll(() => page.getByTestId('number-error').count()).toBe(0);
    await screenshot(page, `locale-${engine}-de-plan`);
    await page.getByRole('link', { name: 'Rechnungen' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Rechnungen');
    await screenshot(page, `locale-${engine}-de-invoices`);
  });

  it('switches to English: texts and formats change, and the choice is remembered', async () => {
    await page.getByLabel('Sprache').selectOption('en-GB');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Invoices');
    expect(await page.evaluate('document.documentElement.lang')).toBe('en-GB');
    await page.reload();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Invoices');
    await screenshot(page, `locale-${engine}-en-invoices`);

    await page.getByRole('link', { name: 'Usage' }).click();
    const banner = page.getByTestId('threshold-banner');
    await expect.poll(() => banner.textContent()).toContain('You have used 95 % of your allowance');
    await expect.poll(() => banner.textContent()).toContain('past the 80 % threshold');
    await expect
      .poll(() => page.getByRole('meter').getAttribute('aria-valuetext'))
      .toBe('239 of 250 active contacts (95 %)');
    await screenshot(page, `locale-${engine}-en-usage`);

    await page.getByRole('link', { name: 'Plan' }).click();
    await expect.poll(() => page.locator('[data-plan="grow"]').textContent()).toContain('€59.00 / month');
    await screenshot(page, `locale-${engine}-en-plan`);

    await page.getByRole('link', { name: 'Contacts' }).click();
    await page.locator(`[data-contact="${contactId}"] button`).click();
    await expect.poll(() => drawer().textContent()).toContain('20 Mar 2026, 13:00');
    const revenue = drawer().getByLabel('Umsatz');
    await expect.poll(() => revenue.inputValue()).toBe('1500.5');
    // "1,5" could be a German decimal or a misplaced thousands separator: refused, not ×1000.
    await revenue.fill('1,5');
    await expect.poll(() => drawer().getByTestId('number-error').textContent()).toContain('Unclear');
    await revenue.fill('2,500.25');
    await drawer().getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(revenueOf).toBe('2500.25');
    await screenshot(page, `locale-${engine}-en-drawer`);
    await page.keyboard.press('Escape');
    await screenshot(page, `locale-${engine}-en-board`);
  });
});
