import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousAxeFindings } from '../support/axe.js';
import { launchBrowser, screenshot } from '../support/browser.js';
import { engines } from '../support/engines.js';
import { type Harness, startHarness, type TestAccount } from '../support/http-harness.js';
import { seedColumn } from '../support/seed-board.js';

/** The labels the test looks for, in the language of each pass. */
const labels = {
  'en-GB': {
    apiKey: 'API key',
    signIn: 'Sign in',
    search: 'Search',
    sort: 'Sort by',
    byName: 'Name',
    selectAll: (column: string) => `Select all contacts matching the view in ${column}`,
    move: 'Move…',
    addNote: 'Add note…',
    sendMessage: 'Send message…',
    cancel: 'Cancel',
    moveTo: 'Move to column',
    confirm: 'Confirm move',
    impact: (cost: string) =>
      `Touches 1,000 contacts, 1,000 newly active this month, about ${cost} more overusage.`,
    impactNone: 'Touches 1,000 contacts, 0 newly active this month, no extra overusage.',
    cost: '€250.00',
    won: 'Won',
    saveChanges: 'Save changes',
    saved: 'Saved',
    activeByStatusChange: 'Active this month: Status changed',
  },
  'de-DE': {
    apiKey: 'API-Schlüssel',
    signIn: 'Anmelden',
    search: 'Suche',
    sort: 'Sortieren nach',
    byName: 'Name',
    selectAll: (column: string) => `Alle passenden Kontakte in ${column} auswählen`,
    move: 'Verschieben…',
    addNote: 'Notiz hinzufügen…',
    sendMessage: 'Nachricht senden…',
    cancel: 'Abbrechen',
    moveTo: 'In Spalte verschieben',
    confirm: 'Verschieben bestätigen',
    impact: (cost: string) =>
      `Berührt 1.000 Kontakte, 1.000 davon neu aktiv in diesem Monat, etwa ${cost} mehr Mehrnutzung.`,
    impactNone: 'Berührt 1.000 Kontakte, 0 davon neu aktiv in diesem Monat',
    cost: '250,00\u00a0€',
    won: 'Gewonnen',
    saveChanges: 'Änderungen speichern',
    saved: 'Gespeichert',
    activeByStatusChange: 'In diesem Monat aktiv: Status geändert',
  },
} as const;

/** The shared 2-core machine runs other suites meanwhile: a poll may wait for a busy server. */
const patient = { timeout: 20_000 };

const passes = [
  { width: 1280, height: 900, locale: 'en-GB' },
  { width: 390, height: 844, locale: 'de-DE' },
] as const;

/**
 * The board at a real customer's size in Chromium, on both engines, at desktop width in
 * English and at phone width in German: a 20,000-contact column whose first cards, search
 * and last card are reached while the DOM stays small; a bulk move of 1,000 contacts whose
 * preview is what it does to the month's usage; axe on the board and its dialogs; and focus
 * that follows a card moved from the keyboard.
 */
describe.each(engines)('the board at size on %s', (engine) => {
  let api: Harness;
  let browser: Browser;
  let account: TestAccount;
  const columnSize = 20_000;

  beforeAll(async () => {
    api = await startHarness(engine, { clock: 'manual' });
    account = await api.createAccount({ name: 'Big Board GmbH' });
    const columns = (await api.request('GET', '/v1/statuses', { key: account.apiKey })).body.data as {
      id: string;
      name: string;
    }[];
    const column = (name: string) => columns.find((candidate) => candidate.name === name)?.id as string;
    const store = api.server.context.store;
    // 20,000 in New (every tenth active this month); 1,000 fair visitors in Contacted, none active.
    await seedColumn(store, account.id, column('New'), {
      count: columnSize,
      prefix: 'big',
      from: Date.parse('2026-03-01T00:00:00Z'),
      activeEvery: 10,
    });
    await seedColumn(store, account.id, column('Contacted'), {
      count: 1000,
      prefix: 'fair',
      from: Date.parse('2026-02-20T00:00:00Z'),
      name: (index) => `Fair visitor ${String(index).padStart(4, '0')}`,
    });
    browser = await launchBrowser();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await api?.dispose();
  });

  const usage = async () => {
    const body = (await api.request('GET', '/v1/usage', { key: account.apiKey })).body;
    return {
      active: body.activeContacts as number,
      cents: Math.round(Number(body.overusageCost.amount) * 100),
    };
  };
  const domNodes = (page: Page) => page.evaluate('document.querySelectorAll("*").length') as Promise<number>;

  async function openBoard(pass: (typeof passes)[number]): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({
      viewport: { width: pass.width, height: pass.height },
      locale: pass.locale,
      bypassCSP: true,
    });
    context.setDefaultTimeout(20_000);
    const page = await context.newPage();
    const text = labels[pass.locale];
    await page.goto(api.url);
    await page.getByLabel(text.apiKey).fill(account.apiKey);
    await page.getByRole('button', { name: text.signIn }).click();
    await page.waitForSelector('.meter, [data-testid="active-contacts"]');
    await page.goto(`${api.url}/board`);
    return { context, page };
  }

  for (const pass of passes) {
    it(`shows, searches and scrolls a 20,000-contact column with a small DOM at ${pass.width} px (${pass.locale})`, async () => {
      const text = labels[pass.locale];
      const { context, page } = await openBoard(pass);
      const column = page.locator('section[data-column="New"]');
      await expect.poll(() => column.locator('[data-contact]').count(), patient).toBeGreaterThan(0);
      expect(await domNodes(page)).toBeLessThan(3000);
      expect(await seriousAxeFindings(page), 'the board').toEqual([]);
      await screenshot(page, `board-${engine}-${pass.width}-${pass.locale}`);

      // Search: one contact out of 20,000, by a name typed in any case.
      await page.getByLabel(text.search, { exact: true }).fill('PERSON BIG 012345');
      await expect.poll(() => column.locator('[data-contact]').count(), patient).toBe(1);
      expect(await column.locator('[data-contact]').getAttribute('data-contact')).toBe('con_big_012345');
      await screenshot(page, `board-search-${engine}-${pass.width}-${pass.locale}`);
      await page.getByLabel(text.search, { exact: true }).fill('');
      await page.getByLabel(text.sort).selectOption({ label: text.byName });
      await expect
        .poll(() => column.locator('[data-contact]').first().getAttribute('data-contact'), patient)
        .toBe('con_big_000000');

      // Scroll to the end: every page loads by cursor, the DOM never holds more than a window of cards.
      const outcome = (await page.evaluate(`(async () => {
        const scroller = document.querySelector('section[data-column="New"] [data-testid="column-scroller"]');
        let largestDom = 0;
        const started = Date.now();
        while (!document.querySelector('[data-contact="con_big_019999"]')) {
          if (Date.now() - started > 240000) break;
          scroller.scrollTop = scroller.scrollHeight;
          await new Promise((resolve) => setTimeout(resolve, 30));
          largestDom = Math.max(largestDom, document.querySelectorAll('*').length);
        }
        return { found: Boolean(document.querySelector('[data-contact="con_big_019999"]')), largestDom };
      })()`)) as { found: boolean; largestDom: number };
      expect(outcome.found).toBe(true);
      expect(outcome.largestDom).toBeLessThan(3000);
      console.info(
        `${engine} ${pass.width} px: largest DOM while scrolling 20,000 cards: ${outcome.largestDom} nodes`,
      );
      await screenshot(page, `board-end-${engine}-${pass.width}-${pass.locale}`);
      await context.close();
    }, 300_000);
  }

  for (const [index, pass] of passes.entries()) {
    it(`moves 1,000 contacts in bulk exactly as previewed at ${pass.width} px (${pass.locale})`, async () => {
      const text = labels[pass.locale];
      const { context, page } = await openBoard(pass);
      // First pass: Contacted → Qualified, all 1,000 newly active; second: back, none newly active.
      const [from, to] = index === 0 ? ['Contacted', 'Qualified'] : ['Qualified', 'Contacted'];
      // The board has loaded, then the search has run once the 20,000 people in New are out of sight.
      await expect
        .poll(() => page.locator('section[data-column="New"] [data-contact]').count(), patient)
        .toBeGreaterThan(0);
      await page.getByLabel(text.search, { exact: true }).fill('fair visitor');
      await expect
        .poll(() => page.locator('section[data-column="New"] [data-contact]').count(), patient)
        .toBe(0);
      const source = page.locator(`section[data-column="${from}"]`);
      await expect.poll(() => source.locator('[data-contact]').count(), patient).toBeGreaterThan(0);
      // The default columns show in the user's language (decision 0057).
      const shown = (column: string) =>
        pass.locale === 'de-DE'
          ? ({ Contacted: 'Kontaktiert', Qualified: 'Qualifiziert' }[column] ?? column)
          : column;
      await page.getByRole('button', { name: text.selectAll(shown(from)) }).click();
      const dialog = page.getByRole('dialog');
      // The note and message dialogs, each with its preview, pass axe too; cancelling changes nothing.
      for (const opener of [text.addNote, text.sendMessage]) {
        await page.getByRole('button', { name: opener }).click();
        await expect.poll(() => dialog.getByTestId('impact').count(), patient).toBe(1);
        expect(await seriousAxeFindings(page), opener).toEqual([]);
        await dialog.getByRole('button', { name: text.cancel }).click();
        await expect.poll(() => dialog.count(), patient).toBe(0);
      }
      await page.getByRole('button', { name: text.move }).click();
      await dialog.getByLabel(text.moveTo).selectOption({ label: shown(to) });
      const expected = index === 0 ? text.impact(text.cost) : text.impactNone;
      await expect.poll(() => dialog.getByTestId('impact').textContent(), patient).toContain(expected);
      expect(await seriousAxeFindings(page), 'the bulk dialog').toEqual([]);
      await screenshot(page, `board-bulk-preview-${engine}-${pass.width}-${pass.locale}`);
      const before = await usage();
      await dialog.getByRole('button', { name: text.confirm }).click();
      await expect
        .poll(
          async () =>
            (await page.getByRole('dialog').count()) === 0
              ? 'closed'
              : (await dialog.getByRole('alert').count()) > 0
                ? await dialog.getByRole('alert').textContent()
                : 'open',
          patient,
        )
        .toBe('closed');
      const after = await usage();
      expect(after.active - before.active).toBe(index === 0 ? 1000 : 0);
      expect(after.cents - before.cents).toBe(index === 0 ? 25_000 : 0);
      const statuses = (await api.request('GET', '/v1/statuses', { key: account.apiKey })).body.data as {
        name: string;
        contacts: number;
      }[];
      expect(statuses.find((status) => status.name === to)?.contacts).toBe(1000);
      expect(statuses.find((status) => status.name === from)?.contacts).toBe(0);
      await expect
        .poll(() => page.locator(`section[data-column="${to}"] [data-contact]`).count(), patient)
        .toBeGreaterThan(0);
      await screenshot(page, `board-bulk-done-${engine}-${pass.width}-${pass.locale}`);
      await context.close();
    }, 120_000);
  }

  // One contact per pass: the first pass has already moved its own to Won.
  for (const [pass, contact] of [
    [passes[0], 'con_big_000042'],
    [passes[1], 'con_big_000043'],
  ] as const) {
    it(`keeps the focus on a card moved from the keyboard, in its new column, and the drawer passes axe (${pass.locale})`, async () => {
      const text = labels[pass.locale];
      const { context, page } = await openBoard(pass);
      await page.getByLabel(text.search, { exact: true }).fill(`person big ${contact.slice(-6)}`);
      const card = page.locator(`[data-contact="${contact}"] .card-button`);
      await card.focus();
      await page.keyboard.press('Enter');
      const drawer = page.getByRole('dialog');
      await drawer.getByLabel('Status').selectOption({ label: text.won });
      await drawer.getByRole('button', { name: text.saveChanges }).click();
      await expect.poll(() => drawer.textContent(), patient).toContain(text.saved);
      expect(await seriousAxeFindings(page), 'the contact drawer').toEqual([]);
      await page.keyboard.press('Escape');
      await expect
        .poll(
          () =>
            page.evaluate(`(() => {
          const card = document.activeElement?.closest('[data-contact]');
          return card ? card.getAttribute('data-contact') + ' in ' + card.closest('section').getAttribute('data-column') : 'none';
        })()`),
          patient,
        )
        .toBe(`${contact} in Won`);
      // Its card now says why it counts this month: the status change.
      expect(
        await page.locator(`section[data-column="Won"] [data-contact="${contact}"]`).textContent(),
      ).toContain(text.activeByStatusChange);
      await screenshot(page, `board-focus-after-move-${engine}-${pass.locale}`);
      await context.close();
    }, 60_000);
  }
});
