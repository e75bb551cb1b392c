import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFormatter } from '../../web/src/i18n/formatter.js';
import { seriousAxeFindings } from '../support/axe.js';
import { launchBrowser, screenshot } from '../support/browser.js';
import { engines } from '../support/engines.js';
import { type Harness, startHarness, type TestAccount } from '../support/http-harness.js';
import { startSmtp } from '../support/smtp-server.js';
import { eventually, startWebhookReceiver } from '../support/webhook-receiver.js';

/** A stand-in for the WhatsApp Cloud API that records what it is asked to send. */
async function startWhatsApp() {
  const requests: { to: string; authorization: string | undefined }[] = [];
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      requests.push({ to: body.to, authorization: request.headers.authorization });
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ messages: [{ id: `wamid.${requests.length}` }] }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v21.0`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const importRows = 10_000;

/**
 * Every settings page used end to end in Chromium, on both engines: API keys, sender
 * settings with test sends reaching a real SMTP server and a WhatsApp stand-in, webhooks
 * with a test delivery, its log and a re-send reaching a local receiver, properties, alert
 * recipients and a 10,000-row CSV import with its preview and progress. Then axe-core on
 * every page and dialog in both languages at 1280 and 390 px, with screenshots.
 */
describe.each(engines)('the settings pages in the dashboard (%s)', (engine) => {
  let api: Harness;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let account: TestAccount;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let whatsapp: Awaited<ReturnType<typeof startWhatsApp>>;
  let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;

  const label = (text: string) => page.getByLabel(text, { exact: true });
  const heading = () => page.getByRole('heading', { level: 1 }).textContent();
  const openSettings = async (section: string) => {
    await page
      .getByRole('navigation', { name: /^(Settings|Einstellungen)$/ })
      .getByRole('link', { name: section, exact: true })
      .click();
    await expect.poll(heading).toBe(section);
  };

  beforeAll(async () => {
    smtp = await startSmtp();
    whatsapp = await startWhatsApp();
    receiver = await startWebhookReceiver();
    api = await startHarness(engine, { clock: 'manual' });
    api.setClock('2026-03-10T09:00:00Z');
    account = await api.createAccount({ name: 'Beispiel GmbH', plan: 'start' });
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: api.url });
    context.setDefaultTimeout(20_000);
    page = await context.newPage();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await api?.dispose();
    await smtp?.close();
    await whatsapp?.close();
    await receiver?.close();
  });

  it('issues an API key with a label, shows its token once with a copy button, and revokes it after confirming', async () => {
    await page.goto(api.url);
    await page.getByLabel('API key').fill(account.apiKey);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('link', { name: 'Settings' }).click();
    await expect.poll(heading).toBe('Billing details');
    await openSettings('API keys');
    expect(new URL(page.url()).pathname).toBe('/settings/api-keys');
    await label('Label').fill('CRM sync');
    await page.getByRole('button', { name: 'Issue key' }).click();
    const token = label('New API key');
    await expect.poll(() => token.inputValue()).toMatch(/^tally_[0-9a-f]{16}_/);
    const issued = await token.inputValue();
    await page.getByRole('button', { name: 'Copy key' }).click();
    await expect
      .poll(() => page.getByTestId('copy-outcome').textContent())
      .toBe('Key copied to the clipboard.');
    expect(await page.evaluate('navigator.clipboard.readText()')).toBe(issued);
    await page.getByRole('button', { name: 'I have copied the key' }).click();
    expect(await token.count()).toBe(0);

    const row = page.getByTestId('api-key-row').filter({ hasText: 'CRM sync' });
    expect(await row.locator('td').nth(1).textContent()).toBe('Never');
    // The key is used at 10:30 Berlin time; the list shows it in the account's zone.
    api.setClock('2026-03-10T09:30:00Z');
    expect((await api.request('GET', '/v1/usage', { key: issued })).status).toBe(200);
    await page.reload();
    const english = createFormatter('en-GB', 'Europe/Berlin');
    await expect
      .poll(() => row.locator('td').nth(1).textContent())
      .toBe(english.dateTime('2026-03-10T09:30:00Z'));

    await row.getByRole('button', { name: 'Revoke key “CRM sync”' }).click();
    const dialog = page.getByRole('dialog', { name: 'Revoke this key?' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await seriousAxeFindings(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Revoke key' }).click();
    await expect
      .poll(() => page.getByTestId('api-keys-outcome').textContent())
      .toBe('Key “CRM sync” revoked.');
    await expect.poll(() => row.locator('td').nth(2).textContent()).toMatch(/^Revoked /);
    expect((await api.request('GET', '/v1/usage', { key: issued })).status).toBe(401);
    // The key this browser uses is marked, and still works.
    expect(await page.getByTestId('api-key-row').filter({ hasText: 'this browser' }).count()).toBe(1);
  });

  it('sets up e-mail and WhatsApp in German, and a test reaches the SMTP server and the WhatsApp API', async () => {
    await page.getByLabel('Language').selectOption('de-DE');
    await openSettings('E-Mail und WhatsApp');
    await label('SMTP-Server').fill('127.0.0.1');
    await label('Port').fill('nein');
    await label('Absender').fill('Beispiel GmbH <hallo@beispiel.example>');
    await page.getByRole('button', { name: 'E-Mail-Einstellungen speichern' }).click();
    await expect
      .poll(() => page.getByTestId('smtp-port-error').textContent())
      .toBe('Geben Sie einen Port von 1 bis 65535 ein.');
    expect((await api.request('GET', '/v1/message-settings', { key: account.apiKey })).body.smtp).toBeNull();

    await label('Port').fill(String(smtp.port));
    await page.getByRole('button', { name: 'E-Mail-Einstellungen speichern' }).click();
    await expect.poll(() => page.getByTestId('email-outcome').textContent()).toBe('Gespeichert.');
    expect(
      (await api.request('GET', '/v1/message-settings', { key: account.apiKey })).body.smtp,
    ).toMatchObject({
      host: '127.0.0.1',
      port: smtp.port,
      from: 'Beispiel GmbH <hallo@beispiel.example>',
    });

    await label('Test-E-Mail senden an').fill('Team@Beispiel.example');
    await page.getByRole('button', { name: 'Test-E-Mail senden' }).click();
    await expect
      .poll(() => page.getByTestId('test-email-outcome').textContent())
      .toBe('Testnachricht an team@beispiel.example gesendet: Der Server hat sie angenommen.');
    expect(smtp.mails.at(-1)?.to).toEqual(['team@beispiel.example']);
    expect(smtp.mails.at(-1)?.raw).toContain('Subject: Tally test message');

    await label('Test-E-Mail senden an').fill('niemand@reject.example');
    await page.getByRole('button', { name: 'Test-E-Mail senden' }).click();
    await expect
      .poll(() => page.getByTestId('test-email-outcome').textContent())
      .toContain('Mailbox unavailable');
    expect(await page.getByTestId('test-email-outcome').getAttribute('role')).toBe('alert');

    await label('Basis-URL der API').fill(whatsapp.url);
    await label('Telefonnummer-ID').fill('1234567');
    await label('Zugriffstoken').fill('wa-secret-token');
    await page.getByRole('button', { name: 'WhatsApp-Einstellungen speichern' }).click();
    await expect.poll(() => page.getByTestId('whatsapp-outcome').textContent()).toBe('Gespeichert.');
    // The token is kept, never shown back.
    expect(await label('Zugriffstoken').inputValue()).toBe('');
    expect(await page.getByText('Ein Token ist gespeichert. Leer lassen, um es zu behalten.').count()).toBe(
      1,
    );
    await label('WhatsApp-Testnachricht senden an').fill('+49 151 2345 6701');
    await page.getByRole('button', { name: 'WhatsApp-Testnachricht senden' }).click();
    await expect
      .poll(() => page.getByTestId('test-whatsapp-outcome').textContent())
      .toBe('Testnachricht an +4915123456701 gesendet: Der Server hat sie angenommen.');
    expect(whatsapp.requests.at(-1)).toEqual({
      to: '4915123456701',
      authorization: 'Bearer wa-secret-token',
    });
    // The SMTP settings stayed as they were when WhatsApp was saved.
    expect(
      (await api.request('GET', '/v1/message-settings', { key: account.apiKey })).body.smtp,
    ).not.toBeNull();
  });

  it('adds a webhook endpoint, a test delivery reaches the receiver and shows in the log, and a re-send works', async () => {
    await openSettings('Webhooks');
    await label('Endpunkt-URL').fill(receiver.url);
    await label('Beschreibung').fill('Buchhaltung');
    await page.getByRole('button', { name: 'Endpunkt hinzufügen' }).click();
    const secret = page.getByTestId('webhook-secret');
    await expect.poll(() => secret.textContent()).toMatch(/^whsec_/);
    receiver.useSecret((await secret.textContent()) as string);

    await page.getByRole('button', { name: `Testereignis senden an ${receiver.url}` }).click();
    await eventually(() => receiver.received.length === 1);
    expect(receiver.received[0]).toMatchObject({ verified: true, body: { type: 'webhook.test' } });
    const log = page.getByTestId('delivery-log');
    await expect
      .poll(() => log.getByTestId('delivery-status').first().textContent(), { timeout: 10_000 })
      .toBe('Zugestellt');
    expect(await log.getByTestId('delivery-response').first().textContent()).toBe('200');
    expect(await log.getByTestId('delivery-attempts').first().textContent()).toBe('1');

    receiver.answerNext(503);
    await log.getByRole('button', { name: /^webhook\.test vom .* erneut senden$/ }).click();
    await eventually(() => receiver.received.length === 2);
    // The same message, so the receiver can tell it is a duplicate.
    expect(receiver.received[1]?.id).toBe(receiver.received[0]?.id);
    await expect
      .poll(() => log.getByTestId('delivery-attempts').first().textContent(), { timeout: 10_000 })
      .toBe('2');
    await expect.poll(() => log.getByTestId('delivery-response').first().textContent()).toBe('503');
    await screenshot(page, `settings-${engine}-de-webhooks-log`);
  });

  it('adds a property with options and renames its label', async () => {
    await openSettings('Eigenschaften');
    await label('Schlüssel').fill('branche');
    await label('Bezeichnung').fill('Branche');
    await label('Typ').selectOption('single_select');
    await label('Optionen').fill('Handel\nHandwerk\nIndustrie');
    await page.getByRole('button', { name: 'Eigenschaft hinzufügen' }).click();
    await expect
      .poll(() => page.getByTestId('properties-outcome').textContent())
      .toBe('Eigenschaft „Branche“ hinzugefügt.');
    const row = page.getByTestId('property-row').filter({ hasText: 'branche' });
    expect(await row.textContent()).toContain('Handel, Handwerk, Industrie');

    // A key the API refuses: the message beside the key, nothing written.
    await label('Schlüssel').fill('1st');
    await label('Bezeichnung').fill('Erste');
    await page.getByRole('button', { name: 'Eigenschaft hinzufügen' }).click();
    await expect.poll(() => page.getByTestId('property-key-error').count()).toBe(1);
    expect(await page.evaluate('document.activeElement.id')).toBe('property-key');

    await row.getByRole('button', { name: '„Branche“ umbenennen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Eigenschaft branche umbenennen' });
    await dialog.getByLabel('Neue Bezeichnung').fill('Wirtschaftszweig');
    await dialog.getByRole('button', { name: 'Bezeichnung speichern' }).click();
    await expect
      .poll(() => page.getByTestId('properties-outcome').textContent())
      .toBe('Umbenannt in „Wirtschaftszweig“.');
    const definitions = (await api.request('GET', '/v1/property-definitions', { key: account.apiKey })).body
      .data;
    expect(definitions).toEqual([
      {
        key: 'branche',
        label: 'Wirtschaftszweig',
        type: 'single_select',
        options: ['Handel', 'Handwerk', 'Industrie'],
      },
    ]);
  });

  it('adds an alert recipient, refuses a bad address beside the field, and removes one', async () => {
    await openSettings('Warnungsempfänger');
    expect(await page.getByTestId('billing-email-note').textContent()).toContain(
      'Keine Rechnungs-E-Mail hinterlegt',
    );
    await label('E-Mail-Adresse').fill('kein-at-zeichen');
    await page.getByRole('button', { name: 'Empfänger hinzufügen' }).click();
    await expect
      .poll(() => page.getByTestId('alert-email-error').textContent())
      .toBe('Das ist keine E-Mail-Adresse.');
    await label('E-Mail-Adresse').fill('vertrieb@beispiel.example');
    await page.getByRole('button', { name: 'Empfänger hinzufügen' }).click();
    await expect.poll(() => page.getByTestId('alert-recipient').count()).toBe(1);
    await label('E-Mail-Adresse').fill('chef@beispiel.example');
    await page.getByRole('button', { name: 'Empfänger hinzufügen' }).click();
    await expect.poll(() => page.getByTestId('alert-recipient').count()).toBe(2);
    await page.getByRole('button', { name: 'chef@beispiel.example entfernen' }).click();
    await expect.poll(() => page.getByTestId('alert-recipient').count()).toBe(1);
    expect((await api.request('GET', '/v1/alert-recipients', { key: account.apiKey })).body.data).toEqual([
      { email: 'vertrieb@beispiel.example', createdAt: '2026-03-10T09:30:00.000Z' },
    ]);
  });

  it('previews a 10,000-row import with the exact overusage, then imports it with progress', async () => {
    await openSettings('Kontakte importieren');
    const csv = [
      'name,email,branche',
      ...Array.from({ length: importRows }, (_, index) => `Kontakt ${index},k${index}@import.example,Handel`),
    ].join('\n');
    await label('CSV-Datei').setInputFiles({
      name: 'kontakte.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv),
    });
    await page.getByRole('button', { name: 'Datei prüfen' }).click();
    const preview = page.getByTestId('import-preview');
    await expect.poll(() => preview.isVisible(), { timeout: 120_000 }).toBe(true);
    const german = createFormatter('de-DE', 'Europe/Berlin');
    expect(await preview.getByTestId('import-counts').textContent()).toContain('10.000 neue Kontakte');
    // Start includes 50 contacts: 9,950 over at €0.25 is exactly €2,487.50.
    expect(await preview.getByTestId('import-impact').textContent()).toBe(
      `10.000 Kontakte werden diesen Monat aktiv: danach 10.000 von 50 aktiven Kontakten.9.950 davon liegen über dem Kontingent: ${german.money({ amount: '2487.50', currency: 'EUR' })} mehr Mehrnutzung in diesem Monat.`,
    );
    expect(await seriousAxeFindings(page)).toEqual([]);
    await screenshot(page, `settings-${engine}-de-import-preview`);

    await page.getByRole('button', { name: 'Jetzt importieren' }).click();
    const progress = page.getByTestId('import-progress-text');
    const seen: string[] = [];
    const done = page.getByTestId('import-done');
    const deadline = Date.now() + 240_000;
    while (!(await done.isVisible())) {
      if (Date.now() > deadline) throw new Error('the import did not finish');
      const text = await progress.textContent({ timeout: 1_000 }).catch(() => undefined);
      if (text && !seen.includes(text)) seen.push(text);
      await page.waitForTimeout(100);
    }
    // Progress was shown while it ran, in rows imported so far out of 10,000.
    expect(seen.length).toBeGreaterThan(0);
    for (const text of seen) expect(text).toMatch(/^[\d.]+ von 10\.000 Zeilen importiert …$/);
    expect(await done.getByRole('heading').textContent()).toBe('Import abgeschlossen.');
    expect(await done.getByTestId('import-counts').textContent()).toContain('10.000 neue Kontakte');
    const usage = (await api.request('GET', '/v1/usage', { key: account.apiKey })).body;
    expect(usage.activeContacts).toBe(importRows);
  }, 300_000);

  it('passes axe on every page and dialog in both languages at 1280 and 390 px, without sideways scrolling', async () => {
    const sections = {
      'en-GB': [
        'Billing details',
        'API keys',
        'E-mail and WhatsApp',
        'Webhooks',
        'Properties',
        'Alert recipients',
        'Import contacts',
      ],
      'de-DE': [
        'Rechnungsdaten',
        'API-Schlüssel',
        'E-Mail und WhatsApp',
        'Webhooks',
        'Eigenschaften',
        'Warnungsempfänger',
        'Kontakte importieren',
      ],
    } as const;
    const failures: string[] = [];
    const check = async (where: string) => {
      for (const finding of await seriousAxeFindings(page))
        failures.push(`${where}: ${finding.id} ${finding.targets.join(', ')}`);
    };
    for (const locale of ['en-GB', 'de-DE'] as const) {
      await page
        .getByLabel(locale === 'en-GB' ? 'Sprache' : 'Language')
        .selectOption(locale)
        .catch(() => undefined);
      await expect.poll(() => page.evaluate('document.documentElement.lang')).toBe(locale);
      for (const width of [1280, 390]) {
        await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
        for (const [index, section] of sections[locale].entries()) {
          await openSettings(section);
          await page.waitForLoadState('networkidle');
          const where = `${locale} ${width}px ${section}`;
          await check(where);
          const overflow = await page.evaluate('document.documentElement.scrollWidth - window.innerWidth');
          if ((overflow as number) > 0) {
            // Name the widest elements that stick out, so a failure says what to fix.
            const culprits = await page.evaluate(`[...document.querySelectorAll('main *')]
              .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 0.5)
              .filter((element) => ![...element.children].some((child) => child.getBoundingClientRect().right > window.innerWidth + 0.5))
              .slice(0, 3)
              .map((element) => element.tagName.toLowerCase() + '.' + element.className + ' ' + (element.textContent || '').slice(0, 30))`);
            failures.push(`${where}: ${overflow} px sideways (${(culprits as string[]).join(' | ')})`);
          }
          if (width === 1280 || index < 3) {
            await screenshot(
              page,
              `settings-${engine}-${locale.slice(0, 2)}-${width}-${section.toLowerCase().replace(/[^a-z]+/g, '-')}`,
            );
          }
          const dialogOpener =
            index === 1
              ? page.getByRole('button', { name: /^(Revoke key “.*”|Schlüssel „.*“ widerrufen)$/ }).first()
              : index === 3
                ? page.getByRole('button', { name: /^(Delete endpoint .*|Endpunkt .* löschen)$/ }).first()
                : index === 4
                  ? page.getByRole('button', { name: /^(Rename “.*”|„.*“ umbenennen)$/ }).first()
                  : undefined;
          if (dialogOpener && (await dialogOpener.count()) > 0) {
            const opener = await dialogOpener.evaluate((element) => element.outerHTML);
            await dialogOpener.click();
            if (!(await page.getByRole('dialog').isVisible())) await page.waitForTimeout(500);
            if (!(await page.getByRole('dialog').isVisible())) {
              failures.push(`${where}: no dialog from ${opener}`);
              continue;
            }
            await check(`${where} dialog`);
            await page.keyboard.press('Escape');
            await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
          }
        }
      }
    }
    expect(failures).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 900 });
  }, 240_000);
});
