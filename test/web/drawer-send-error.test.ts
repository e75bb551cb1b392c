import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot } from '../support/browser.js';
import { engines } from '../support/engines.js';
import { type Harness, startHarness, type TestAccount } from '../support/http-harness.js';

/**
 * A send the server refuses (this server has no e-mail set up) must neither erase what was
 * typed nor report the refusal out of sight: the error sits in the message form, and focus
 * goes to it.
 */
describe.each(engines)('a refused send in the contact drawer (%s)', (engine) => {
  let api: Harness;
  let browser: Browser;
  let page: Page;
  let account: TestAccount;
  let contactId: string;

  beforeAll(async () => {
    api = await startHarness(engine, { clock: 'manual' });
    account = await api.createAccount({ name: 'Senden GmbH' });
    const created = await api.request('POST', '/v1/contacts', {
      key: account.apiKey,
      body: { name: 'Zoë Adams', email: 'zoe@example.com' },
    });
    expect(created.status).toBe(201);
    contactId = created.body.id;
    browser = await launchBrowser();
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
    context.setDefaultTimeout(15_000);
    page = await context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await api?.dispose();
  });

  it('keeps the subject and body and shows the error beside the form, focused', async () => {
    await page.goto(api.url);
    await page.getByLabel('API key').fill(account.apiKey);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('link', { name: 'Contacts' }).click();
    await page.locator(`[data-contact="${contactId}"] button`).click();
    const drawer = page.getByRole('dialog');
    const form = drawer.getByRole('form', { name: 'Send a message' });
    await form.getByLabel('Subject').fill('Your offer');
    await form.getByLabel('Message').fill('Here is the offer we discussed.');
    await form.getByRole('button', { name: 'Send e-mail' }).click();

    const alert = form.getByRole('alert');
    await expect
      .poll(() => alert.textContent())
      .toBe('Not sent: sending on this channel is not set up for this account');
    // Associated with the form, so a screen reader reads it with the form.
    const alertId = await alert.getAttribute('id');
    expect(alertId).toBeTruthy();
    expect(await form.getAttribute('aria-describedby')).toBe(alertId);
    await expect.poll(() => page.evaluate('document.activeElement?.id')).toBe(alertId);
    expect(await form.getByLabel('Subject').inputValue()).toBe('Your offer');
    expect(await form.getByLabel('Message').inputValue()).toBe('Here is the offer we discussed.');
    // Nothing claims success.
    expect(await drawer.getByRole('status').count()).toBe(0);
    await screenshot(page, `drawer-send-refused-${engine}`);
  });
});
