import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFormatter } from '../../web/src/i18n/formatter.js';
import { launchBrowser, screenshot } from '../support/browser.js';
import { engines } from '../support/engines.js';
import { type Harness, operatorKey, startHarness, type TestAccount } from '../support/http-harness.js';

/**
 * The billing details page and the invoices' downloads in Chromium, on both engines. A Start
 * account (monthly) is created on 1 January 2026 and gets its first upfront invoice at once,
 * before any billing details; the details are entered in the dashboard on 15 January, and
 * February's upfront invoice, issued when February opens, carries them.
 */
describe.each(engines)('billing details and e-invoices in the dashboard (%s)', (engine) => {
  let api: Harness;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let account: TestAccount;

  const details = async () => (await api.request('GET', '/v1/billing-details', { key: account.apiKey })).body;
  const outcome = () => page.getByTestId('billing-outcome');
  const label = (text: string) => page.getByLabel(text, { exact: true });

  beforeAll(async () => {
    api = await startHarness(engine, { clock: 'manual' });
    api.setClock('2026-01-01T00:00:00Z');
    account = await api.createAccount({ name: 'Beispiel Handels GmbH', plan: 'start', cycle: 'monthly' });
    // January's upfront invoice, issued before any billing details were given.
    expect((await api.request('POST', '/v1/billing/close', { key: operatorKey, body: {} })).status).toBe(200);
    const issued = await api.request('GET', '/v1/invoices', { key: account.apiKey });
    expect(issued.body.data).toHaveLength(1);
    api.setClock('2026-01-15T10:00:00Z');
    browser = await launchBrowser();
    context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      acceptDownloads: true,
      locale: 'de-DE',
    });
    context.setDefaultTimeout(15_000);
    page = await context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await api?.dispose();
  });

  it('refuses a Polish VAT ID for a German address beside the field, keeping everything typed', async () => {
    await page.goto(api.url);
    await page.getByLabel('API-Schlüssel').fill(account.apiKey);
    await page.getByRole('button', { name: 'Anmelden' }).click();
    // Billing details are the first of the settings pages.
    await page.getByRole('link', { name: 'Einstellungen' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Rechnungsdaten');
    expect(new URL(page.url()).pathname).toBe('/settings/billing');

    await label('Firmenname').fill('Beispiel Handels GmbH');
    await label('Straße und Hausnummer').fill('Hauptstraße 5');
    await label('Postleitzahl').fill('80331');
    await label('Ort').fill('München');
    // Country names in the user's language, the ISO code as the value.
    expect(await label('Land').locator('option[value="DE"]').textContent()).toBe('Deutschland');
    expect(await label('Land').locator('option[value="PL"]').textContent()).toBe('Polen');
    await label('Land').selectOption('DE');
    await label('USt-IdNr.').fill('PL5260250274');
    await label('Käuferreferenz (Leitweg-ID)').fill('04011000-12345-67');
    // The rate is read in German: "19,0" is 19.
    await label('USt-Satz (%)').fill('19,0');
    await page.getByRole('button', { name: 'Rechnungsdaten speichern' }).click();

    await expect
      .poll(() => page.getByTestId('billing-vatId-error').textContent())
      .toBe('Keine USt-IdNr. des gewählten Landes (sie beginnt mit dessen Länderkennung).');
    expect(await label('USt-IdNr.').getAttribute('aria-invalid')).toBe('true');
    expect(await label('USt-IdNr.').getAttribute('aria-describedby')).toContain('billing-vatId-error');
    await expect
      .poll(() => outcome().textContent())
      .toContain('Bitte korrigieren Sie die markierten Felder.');
    // The first refused field takes the focus.
    expect(await page.evaluate('document.activeElement.id')).toBe('billing-vatId');
    expect(await label('Ort').inputValue()).toBe('München');
    expect(await label('Land').inputValue()).toBe('DE');
    expect(await label('USt-IdNr.').inputValue()).toBe('PL5260250274');
    expect(await page.getByTestId('billing-street-error').count()).toBe(0);
    // Nothing was written.
    expect(await details()).toMatchObject({ legalName: null, address: null, vatId: null });
  });

  it('moves the error to the e-mail when a buyer reference comes without one, then saves', async () => {
    await label('USt-IdNr.').fill('DE 987 654 321');
    await page.getByRole('button', { name: 'Rechnungsdaten speichern' }).click();
    await expect
      .poll(() => page.getByTestId('billing-email-error').textContent())
      .toBe('Pflichtfeld mit Käuferreferenz: XRechnung braucht die E-Mail-Adresse des Käufers.');
    expect(await page.getByTestId('billing-vatId-error').count()).toBe(0);
    expect(await label('Rechnungs-E-Mail').getAttribute('aria-invalid')).toBe('true');
    expect(await label('USt-IdNr.').getAttribute('aria-invalid')).toBeNull();

    await label('Rechnungs-E-Mail').fill('rechnungen@beispiel.example');
    await page.getByRole('button', { name: 'Rechnungsdaten speichern' }).click();
    await expect
      .poll(() => page.getByRole('status').textContent())
      .toBe('Rechnungsdaten gespeichert. Künftige Rechnungen verwenden sie.');
    expect(await page.getByTestId('billing-email-error').count()).toBe(0);
    // Shown back as the API keeps it: the VAT ID compacted.
    expect(await label('USt-IdNr.').inputValue()).toBe('DE987654321');
    expect(await details()).toEqual({
      legalName: 'Beispiel Handels GmbH',
      address: { street: 'Hauptstraße 5', postalCode: '80331', city: 'München', country: 'DE' },
      vatId: 'DE987654321',
      email: 'rechnungen@beispiel.example',
      vatRate: '19.00',
      reverseCharge: false,
      buyerReference: '04011000-12345-67',
    });
    await screenshot(page, `billing-${engine}-de-settings`);
  });

  it('keeps the details over a reload, and in English names the country in English', async () => {
    await page.reload();
    await expect.poll(() => label('Ort').inputValue()).toBe('München');
    expect(await label('Firmenname').inputValue()).toBe('Beispiel Handels GmbH');
    expect(await label('Straße und Hausnummer').inputValue()).toBe('Hauptstraße 5');
    expect(await label('Postleitzahl').inputValue()).toBe('80331');
    expect(await label('Land').inputValue()).toBe('DE');
    expect(await label('Käuferreferenz (Leitweg-ID)').inputValue()).toBe('04011000-12345-67');
    expect(await label('USt-Satz (%)').inputValue()).toBe('19');

    await page.getByLabel('Sprache').selectOption('en-GB');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Billing details');
    expect(await label('Country').locator('option:checked').textContent()).toBe('Germany');
    expect(await label('City').inputValue()).toBe('München');
    expect(await label('VAT ID').inputValue()).toBe('DE987654321');
    await screenshot(page, `billing-${engine}-en-settings`);
  });

  it('labels every control and fits a phone', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    const unlabelled =
      await page.evaluate(`[...document.querySelectorAll('main input, main select, main textarea')]
      .filter((element) => element.labels.length === 0 && !element.getAttribute('aria-label'))
      .map((element) => element.outerHTML)`);
    expect(unlabelled).toEqual([]);
    expect(await page.locator('main input, main select').count()).toBe(10);
    const overflow = await page.evaluate('document.documentElement.scrollWidth - window.innerWidth');
    expect(overflow).toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('downloads an invoice issued after the details as e-invoice XML and as a PDF with it embedded', async () => {
    api.setClock('2026-02-01T03:00:00Z');
    const closed = await api.request('POST', '/v1/billing/close', { key: operatorKey, body: {} });
    expect(closed.status).toBe(200);
    const invoices = (await api.request('GET', '/v1/invoices', { key: account.apiKey })).body.data;
    expect(invoices).toHaveLength(2);
    const february = invoices[1];

    await page.getByRole('link', { name: 'Invoices' }).click();
    const row = page.getByRole('row').filter({ hasText: february.number });
    await expect.poll(() => row.count()).toBe(1);

    const [xml] = await Promise.all([
      page.waitForEvent('download'),
      row.getByRole('button', { name: `Download ${february.number} as e-invoice (XML)` }).click(),
    ]);
    expect(xml.suggestedFilename()).toBe(`${february.number}.xml`);
    const text = readFileSync((await xml.path()) as string, 'utf8');
    expect(text).toMatch(/^<\?xml/);
    expect(text).toContain('<ram:Name>Beispiel Handels GmbH</ram:Name>');
    expect(text).toContain('<ram:CityName>München</ram:CityName>');

    const [pdf, response] = await Promise.all([
      page.waitForEvent('download'),
      page.waitForResponse((answer) => answer.url().endsWith(`/v1/invoices/${february.id}/pdf`)),
      row.getByRole('button', { name: `Download ${february.number} as PDF` }).click(),
    ]);
    expect(response.headers()['tally-e-invoice']).toBe('embedded');
    expect(pdf.suggestedFilename()).toBe(`${february.number}.pdf`);
    expect(
      readFileSync((await pdf.path()) as string)
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    expect(await page.getByTestId('e-invoice-missing').count()).toBe(0);
  });

  it('says what an older invoice lacks instead of downloading, and leads to the settings', async () => {
    const invoices = (await api.request('GET', '/v1/invoices', { key: account.apiKey })).body.data;
    const january = invoices[0];
    const row = page.getByRole('row').filter({ hasText: january.number });
    await row.getByRole('button', { name: `Download ${january.number} as e-invoice (XML)` }).click();
    const missing = row.getByTestId('e-invoice-missing');
    await expect
      .poll(() => missing.locator('p').first().textContent())
      .toBe(
        `No e-invoice for ${january.number}: it was issued without the street, the postal code, the city and the country.`,
      );
    await screenshot(page, `billing-${engine}-en-invoices-missing`);
    await page.getByLabel('Language').selectOption('de-DE');
    await expect
      .poll(() => missing.locator('p').first().textContent())
      .toBe(
        `Keine E-Rechnung für ${january.number}: Sie wurde ohne Straße, Postleitzahl, Ort und Land ausgestellt.`,
      );
    await screenshot(page, `billing-${engine}-de-invoices-missing`);
    await missing.getByRole('link', { name: 'Rechnungsdaten' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Rechnungsdaten');
    expect(new URL(page.url()).pathname).toBe('/settings/billing');
  });

  it('shows status, due date and amount due when the API sends them, and not otherwise', async () => {
    await page.getByRole('link', { name: 'Rechnungen' }).click();
    await expect.poll(() => page.getByRole('columnheader').allTextContents()).toContain('Nummer');
    expect(await page.getByRole('columnheader', { name: 'Status' }).count()).toBe(
      (await api.request('GET', '/v1/invoices', { key: account.apiKey })).body.data.some(
        (invoice: { status?: string }) => invoice.status !== undefined,
      )
        ? 1
        : 0,
    );

    // The fields a newer server adds to GET /v1/invoices, put into the real answer.
    await page.route('**/v1/invoices?*', async (route) => {
      const answer = await route.fetch();
      const body = await answer.json();
      body.data = body.data.map((invoice: Record<string, unknown>, index: number) => ({
        ...invoice,
        status: index === 0 ? 'overdue' : 'open',
        dueDate: index === 0 ? '2026-01-15' : '2026-02-15',
        amountDue: { amount: index === 0 ? '29.00' : '12.50', currency: 'EUR' },
      }));
      await route.fulfill({ response: answer, json: body });
    });
    await page.reload();
    const german = createFormatter('de-DE', 'Europe/Berlin');
    const statuses = page.getByTestId('invoice-status');
    await expect.poll(() => statuses.allTextContents()).toEqual(['Offen', 'Überfällig']);
    const table = await page.getByRole('table').textContent();
    expect(table).toContain('Offener Betrag');
    expect(table).toContain(german.date('2026-01-15'));
    expect(table).toContain(german.money({ amount: '12.50', currency: 'EUR' }));
    await page.unroute('**/v1/invoices?*');
  });

  it('accepts the Polish VAT ID once the address is in Poland, as the API decides', async () => {
    await page.getByRole('link', { name: 'Einstellungen' }).click();
    await expect.poll(() => label('Ort').inputValue()).toBe('München');
    await label('Straße und Hausnummer').fill('ul. Świętokrzyska 12');
    await label('Postleitzahl').fill('00-916');
    await label('Ort').fill('Warszawa');
    await label('Land').selectOption('PL');
    await label('USt-IdNr.').fill('PL 526-025-02-74');
    await page.getByRole('button', { name: 'Rechnungsdaten speichern' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('Rechnungsdaten gespeichert');
    expect(await page.getByTestId('billing-vatId-error').count()).toBe(0);
    expect(await label('USt-IdNr.').inputValue()).toBe('PL5260250274');
    expect(await details()).toMatchObject({
      address: { street: 'ul. Świętokrzyska 12', postalCode: '00-916', city: 'Warszawa', country: 'PL' },
      vatId: 'PL5260250274',
    });
  });
});
