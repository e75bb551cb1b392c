import { Temporal } from 'temporal-polyfill';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyMetering } from '../../src/metering/verify-metering.js';
import { engines } from '../support/engines.js';
import { type Harness, operatorKey, startHarness, type TestAccount } from '../support/http-harness.js';

/**
 * A year of two accounts, end to end through the HTTP API and the test clock, every
 * invoice checked against figures worked out by hand (see docs/pricing.md for the rules).
 *
 * A: Grow yearly with 100 add-on contacts (allowance 350), buys 50 more on 15 April.
 * B: Start monthly (allowance 50), upgrades to Grow on 10 March, cancels on 20 May.
 */
const berlin = (iso: string) => Temporal.ZonedDateTime.from(`${iso}[Europe/Berlin]`).toInstant().toString();
const months = ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'];
const activeA: Record<string, number> = { '01': 300, '02': 400, '03': 350, '04': 420, '08': 450 };
const activeB: Record<string, number> = { '01': 40, '02': 80, '03': 260, '04': 200, '05': 270, '06': 5 };

describe.each(engines)('a year of billing on %s', (engine) => {
  let api: Harness;
  let a: TestAccount;
  let b: TestAccount;

  const post = async (account: TestAccount, month: string, contacts: number) => {
    const response = await api.request('POST', '/v1/activities', {
      key: account.apiKey,
      body: {
        activities: Array.from({ length: contacts }, (_, index) => ({
          id: `${month}-${index}`,
          contactId: `c${index}`,
          kind: index % 2 === 0 ? 'message.sent' : 'contact.status_changed',
          occurredAt: berlin(`2026-${month}-05T10:00`),
        })),
      },
    });
    expect(response.status, response.text).toBe(200);
  };
  const close = async (localIso: string) => {
    api.setClock(berlin(localIso));
    const response = await api.request('POST', '/v1/billing/close', { key: operatorKey, body: {} });
    expect(response.status, response.text).toBe(200);
    return response.body;
  };
  const invoicesOf = async (account: TestAccount) =>
    (await api.request('GET', '/v1/invoices', { key: account.apiKey })).body.data;
  /** Every line of every invoice: description and amount. */
  const linesOf = (invoices: { lines: { description: string; amount: { amount: string } }[] }[]) =>
    invoices.map((invoice) => invoice.lines.map((line) => `${line.description} = ${line.amount.amount}`));
  const summary = (invoice: {
    kind: string;
    period: { start: string } | null;
    total: { amount: string };
  }) => [invoice.kind, invoice.period?.start.slice(0, 10) ?? null, invoice.total.amount];

  beforeAll(async () => {
    api = await startHarness(engine);
    api.setClock(berlin('2026-01-01T00:00'));
    a = await api.createAccount({
      name: 'Account A',
      plan: 'grow',
      cycle: 'yearly',
      addonContacts: 100,
      startsAt: berlin('2026-01-01T00:00'),
    });
    b = await api.createAccount({
      name: 'Account B',
      plan: 'start',
      cycle: 'monthly',
      addonContacts: 0,
      startsAt: berlin('2026-01-01T00:00'),
    });
    await close('2026-01-01T00:30');
    for (const [index, month] of months.entries()) {
      api.setClock(berlin(`2026-${month}-06T09:00`));
      await post(a, month, activeA[month] ?? 380);
      if (activeB[month] !== undefined) await post(b, month, activeB[month]);
      if (month === '03') {
        api.setClock(berlin('2026-03-10T12:00'));
        const upgrade = await api.request('POST', '/v1/subscription/changes', {
          key: b.apiKey,
          body: { plan: 'grow' },
        });
        expect(upgrade.status, upgrade.text).toBe(201);
      }
      if (month === '04') {
        api.setClock(berlin('2026-04-15T12:00'));
        const bought = await api.request('POST', '/v1/subscription/changes', {
          key: a.apiKey,
          body: { addonContacts: 150 },
        });
        expect(bought.status, bought.text).toBe(201);
      }
      if (month === '05') {
        api.setClock(berlin('2026-05-20T12:00'));
        const cancelled = await api.request('POST', '/v1/subscription/changes', {
          key: b.apiKey,
          body: { cancel: true },
        });
        expect(cancelled.status, cancelled.text).toBe(201);
      }
      const next = index === 11 ? '2027-01' : `2026-${months[index + 1]}`;
      await close(`${next}-01T02:00`);
    }
  }, 120_000);
  afterAll(() => api.dispose());

  it('bills account A: the yearly fee and add-ons upfront, an add-on purchase, and each month over its allowance', async () => {
    const invoices = await invoicesOf(a);
    expect(invoices.map(summary)).toEqual([
      ['upfront', '2026-01-01', '782.00'], // 590.00 + 100 × 12 × 0.16
      ['overusage', '2026-02-01', '12.50'], // 400 − 350 = 50 × 0.25
      ['change', null, '72.00'], // 50 × 0.16 now + 150 × 8 × 0.16 − 100 × 8 × 0.16
      ['overusage', '2026-04-01', '5.00'], // 420 − 400 = 20 × 0.25
      ['overusage', '2026-08-01', '12.50'], // 450 − 400 = 50 × 0.25
      ['upfront', '2027-01-01', '878.00'], // renewal: 590.00 + 150 × 12 × 0.16
    ]);
    expect(linesOf(invoices)).toEqual([
      ['Grow plan, yearly fee = 590.00', '100 add-on contacts × 12 months at €0.16 = 192.00'],
      ['Overusage 2026-02-01 – 2026-03-01: 400 active contacts, allowance 350, 50 over at €0.25 = 12.50'],
      [
        '50 added add-on contacts, current month at €0.16 = 8.00',
        '150 add-on contacts × 8 remaining months at €0.16 = 192.00',
        'Credit: 100 add-on contacts × 8 remaining months at €0.16 = -128.00',
      ],
      ['Overusage 2026-04-01 – 2026-05-01: 420 active contacts, allowance 400, 20 over at €0.25 = 5.00'],
      ['Overusage 2026-08-01 – 2026-09-01: 450 active contacts, allowance 400, 50 over at €0.25 = 12.50'],
      ['Grow plan, yearly fee = 590.00', '150 add-on contacts × 12 months at €0.16 = 288.00'],
    ]);
    const purchase = invoices[2];
    expect(
      purchase.lines.map((line: { description: string; amount: { amount: string } }) => [
        line.description,
        line.amount.amount,
      ]),
    ).toEqual([
      ['50 added add-on contacts, current month at €0.16', '8.00'],
      ['150 add-on contacts × 8 remaining months at €0.16', '192.00'],
      ['Credit: 100 add-on contacts × 8 remaining months at €0.16', '-128.00'],
    ]);
    expect(invoices[1].lines).toEqual([
      {
        description:
          'Overusage 2026-02-01 – 2026-03-01: 400 active contacts, allowance 350, 50 over at €0.25',
        quantity: 50,
        unitPrice: { amount: '0.25', currency: 'EUR' },
        amount: { amount: '12.50', currency: 'EUR' },
      },
    ]);
  });

  it('bills account B: monthly fees, an upgrade on day 10 of 31, overusage, and nothing after the cancellation', async () => {
    const invoices = await invoicesOf(b);
    expect(invoices.map(summary)).toEqual([
      ['upfront', '2026-01-01', '29.00'],
      ['upfront', '2026-02-01', '29.00'],
      ['overusage', '2026-02-01', '7.50'], // 80 − 50 = 30 × 0.25
      ['upfront', '2026-03-01', '29.00'],
      ['change', null, '21.29'], // 59.00 × 22/31 = 41.87 − 29.00 × 22/31 = 20.58
      ['overusage', '2026-03-01', '2.50'], // 260 − 250 = 10 × 0.25
      ['upfront', '2026-04-01', '59.00'],
      ['upfront', '2026-05-01', '59.00'],
      ['overusage', '2026-05-01', '5.00'], // 270 − 250 = 20 × 0.25
    ]);
    expect(linesOf(invoices)).toEqual([
      ['Start plan, monthly fee = 29.00'],
      ['Start plan, monthly fee = 29.00'],
      ['Overusage 2026-02-01 – 2026-03-01: 80 active contacts, allowance 50, 30 over at €0.25 = 7.50'],
      ['Start plan, monthly fee = 29.00'],
      [
        'Grow plan, monthly fee for 22 of 31 days = 41.87',
        'Credit: unused Start plan, monthly fee for 22 of 31 days = -20.58',
      ],
      ['Overusage 2026-03-01 – 2026-04-01: 260 active contacts, allowance 250, 10 over at €0.25 = 2.50'],
      ['Grow plan, monthly fee = 59.00'],
      ['Grow plan, monthly fee = 59.00'],
      ['Overusage 2026-05-01 – 2026-06-01: 270 active contacts, allowance 250, 20 over at €0.25 = 5.00'],
    ]);
    expect(invoices[4].lines.map((line: { amount: { amount: string } }) => line.amount.amount)).toEqual([
      '41.87',
      '-20.58',
    ]);
    expect((await api.request('GET', '/v1/subscription', { key: b.apiKey })).body.status).toBe('ended');
  });

  it('numbers every invoice gaplessly, closes each month once, and refuses activities of a closed month', async () => {
    const all = (await api.request('GET', '/v1/invoices?limit=500', { key: operatorKey })).body.data;
    expect(all.map((invoice: { number: string }) => invoice.number)).toEqual(
      all.map((_: unknown, index: number) => `TLY-${String(index + 1).padStart(6, '0')}`),
    );
    expect(all).toHaveLength(15);
    const again = await close('2027-01-01T03:00');
    expect(again).toMatchObject({ monthsClosed: 0, overusageInvoices: 0, upfrontInvoices: 0 });
    const late = await api.request('POST', '/v1/activities', {
      key: a.apiKey,
      body: {
        activities: [
          { id: 'late', contactId: 'c1', kind: 'note.added', occurredAt: berlin('2026-02-20T10:00') },
        ],
      },
    });
    expect(late.status).toBe(422);
    expect(late.body.errors[0].code).toBe('period_closed');
    const closedMonths = await api.server.context.store.db
      .selectFrom('usage_months')
      .select(['account_id', 'active_contacts', 'allowance', 'overusage'])
      .where('closed_at', 'is not', null)
      .execute();
    expect(closedMonths.filter((month) => month.account_id === a.id)).toHaveLength(12);
    expect((await verifyMetering(api.server.context.store)).differences).toEqual([]);
  });
});
