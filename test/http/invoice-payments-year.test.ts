import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from '../support/engines.js';
import { type Harness, operatorKey, startHarness, type TestAccount } from '../support/http-harness.js';
import { eventually, startWebhookReceiver } from '../support/webhook-receiver.js';

/** An ISO instant for a wall-clock time in Berlin (the account's zone). */
const berlin = (local: string) => {
  const month = Number(local.slice(5, 7));
  // CET (+01:00) outside, CEST (+02:00) inside the last Sunday of March … of October 2026.
  const summer = local >= '2026-03-29T02:00' && local < '2026-10-25T03:00';
  return `${local}:00${summer && month >= 3 ? '+02:00' : '+01:00'}`;
};

interface InvoiceView {
  id: string;
  number: string;
  kind: string;
  issuedAt: string;
  period: { start: string } | undefined;
  status: string;
  dueDate: string | null;
  total: { amount: string };
  amountPaid: { amount: string };
  amountDue: { amount: string };
  payments: { amount: { amount: string }; date: string; method: string }[];
}

const cents = (money: { amount: string }) => Math.round(Number(money.amount) * 100);

/**
 * A Grow monthly account (€59.00 a month, 250 contacts included, €0.25 per contact over) with
 * 19 % VAT, over 2026: each upfront fee is 5900 + 1121 VAT = 7021 cents, due 14 days after the
 * first of its month. Overusage in March (270 active: 20 × 25 = 500 + 95 VAT = 595), June (290:
 * 40 × 25 = 1000 + 190 = 1190) and October (254: 4 × 25 = 100 + 19 = 119). Some invoices are
 * paid in full, some partly, some not at all; one is credited in part, one in full.
 */
describe.each(engines)('a year of invoices with payments on %s', (engine) => {
  let api: Harness;
  let account: TestAccount;
  let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;

  /** Moves the business clock and runs the overdue check there on demand, as the worker's pass would. */
  const at = async (local: string) => {
    api.setClock(berlin(local));
    const swept = await api.request('POST', '/v1/billing/overdue', { key: operatorKey });
    expect(swept.status, swept.text).toBe(200);
    return swept.body.announced as number;
  };
  const close = async (local: string) => {
    await at(local);
    const closed = await api.request('POST', '/v1/billing/close', { key: operatorKey, body: {} });
    expect(closed.status, closed.text).toBe(200);
  };
  const invoices = async (status?: string): Promise<InvoiceView[]> => {
    const response = await api.request('GET', `/v1/invoices${status ? `?status=${status}` : ''}`, {
      key: account.apiKey,
    });
    expect(response.status, response.text).toBe(200);
    return response.body.data;
  };
  /** The invoice of a kind whose period starts in the month (YYYY-MM, Berlin). */
  const invoiceOf = async (kind: 'upfront' | 'overusage', month: string) => {
    const found = (await invoices()).find(
      (invoice) => invoice.kind === kind && invoice.period?.start.startsWith(month),
    );
    if (!found) throw new Error(`no ${kind} invoice for ${month}`);
    return found;
  };
  const pay = async (invoice: InvoiceView, amount: string, date: string, method = 'bank_transfer') => {
    const response = await api.request('POST', `/v1/invoices/${invoice.id}/payments`, {
      key: account.apiKey,
      body: { amount, currency: 'EUR', date, method, reference: `${invoice.number} ${date}` },
    });
    expect(response.status, response.text).toBe(201);
    return response.body.invoice as InvoiceView;
  };
  const record = async (contacts: number, local: string) => {
    await at(local);
    const response = await api.recordNotes(account.apiKey, contacts, berlin(local));
    expect(response.status, response.text).toBe(200);
  };

  beforeAll(async () => {
    api = await startHarness(engine, { server: { notifyIntervalMs: 50 } });
    receiver = await startWebhookReceiver();
    api.setClock(berlin('2026-01-01T00:00'));
    account = await api.createAccount({
      plan: 'grow',
      cycle: 'monthly',
      startsAt: berlin('2026-01-01T00:00'),
    });
    const details = await api.request('PUT', '/v1/billing-details', {
      key: account.apiKey,
      body: { legalName: 'Year GmbH', vatRate: '19' },
    });
    expect(details.status, details.text).toBe(200);
    const endpoint = await api.request('POST', '/v1/webhook-endpoints', {
      key: account.apiKey,
      body: { url: receiver.url, eventTypes: ['invoice.paid', 'invoice.overdue'] },
    });
    expect(endpoint.status, endpoint.text).toBe(201);
    receiver.useSecret(endpoint.body.secret);
  }, 60_000);
  afterAll(async () => {
    await api.dispose();
    await receiver.close();
  });

  it('moves invoices from open to paid or overdue as payments and days come, and adds up', async () => {
    // January: the fee, paid on time.
    await close('2026-01-01T00:30');
    const january = await invoiceOf('upfront', '2026-01');
    expect(january).toMatchObject({ status: 'open', dueDate: '2026-01-15', amountDue: { amount: '70.21' } });
    await at('2026-01-10T12:00');
    expect(await pay(january, '70.21', '2026-01-10')).toMatchObject({
      status: 'paid',
      amountPaid: { amount: '70.21' },
      amountDue: { amount: '0.00' },
    });

    // February: 30.00 on time, the rest (7021 − 3000 = 4021) after it fell overdue.
    await close('2026-02-01T03:00');
    const february = await invoiceOf('upfront', '2026-02');
    await at('2026-02-05T12:00');
    expect(await pay(february, '30', '2026-02-05', 'card')).toMatchObject({
      status: 'open',
      amountDue: { amount: '40.21' },
    });
    // Due on 15 February: still open in its last second, overdue from midnight.
    // (The worker sweeps too, so which pass announces it is a race; the receiver counts them.)
    await at('2026-02-15T23:59');
    expect((await invoiceOf('upfront', '2026-02')).status).toBe('open');
    await at('2026-02-16T00:00');
    expect((await invoiceOf('upfront', '2026-02')).status).toBe('overdue');
    // Once announced, never again.
    expect(await at('2026-02-17T00:00')).toBe(0);
    await at('2026-02-20T12:00');
    const februaryPaid = await pay(february, '40.21', '2026-02-20');
    expect(februaryPaid).toMatchObject({ status: 'paid', amountPaid: { amount: '70.21' } });
    expect(
      februaryPaid.payments.map((payment) => [payment.amount.amount, payment.date, payment.method]),
    ).toEqual([
      ['30.00', '2026-02-05', 'card'],
      ['40.21', '2026-02-20', 'bank_transfer'],
    ]);

    // March: the fee paid; 270 active contacts.
    await close('2026-03-01T03:00');
    await at('2026-03-03T12:00');
    await pay(await invoiceOf('upfront', '2026-03'), '70.21', '2026-03-03');
    await record(270, '2026-03-05T10:00');

    // April: March's overusage (595) paid in part, April's fee not at all; both overdue on the 16th.
    await close('2026-04-01T03:00');
    const marchOverusage = await invoiceOf('overusage', '2026-03');
    expect(marchOverusage).toMatchObject({ total: { amount: '5.95' }, dueDate: '2026-04-15' });
    await at('2026-04-10T12:00');
    await pay(marchOverusage, '3', '2026-04-10');
    await at('2026-04-16T00:00');
    expect((await invoiceOf('overusage', '2026-03')).amountDue.amount).toBe('2.95');
    expect((await invoices('overdue')).map((invoice) => invoice.kind).sort()).toEqual([
      'overusage',
      'upfront',
    ]);

    await close('2026-05-01T03:00');
    await at('2026-05-03T12:00');
    await pay(await invoiceOf('upfront', '2026-05'), '70.21', '2026-05-03');

    await close('2026-06-01T03:00');
    await record(290, '2026-06-05T10:00');

    // July: the fee and June's overusage (1190) paid.
    await close('2026-07-01T03:00');
    await at('2026-07-03T12:00');
    await pay(await invoiceOf('upfront', '2026-07'), '70.21', '2026-07-03');
    await at('2026-07-10T12:00');
    await pay(await invoiceOf('overusage', '2026-06'), '11.90', '2026-07-10', 'direct_debit');

    // August: a 10.00 net credit note on the fee lowers what is due by 1190 (1000 + 190 VAT).
    await close('2026-08-01T03:00');
    await at('2026-08-05T12:00');
    const august = await invoiceOf('upfront', '2026-08');
    const partial = await api.request('POST', `/v1/invoices/${august.id}/credit-notes`, {
      key: operatorKey,
      body: { reason: 'Goodwill', amount: '10.00' },
    });
    expect(partial.status, partial.text).toBe(201);
    expect((await invoiceOf('upfront', '2026-08')).amountDue.amount).toBe('58.31');

    await close('2026-09-01T03:00');
    await at('2026-09-03T12:00');
    await pay(await invoiceOf('upfront', '2026-09'), '70.21', '2026-09-03');

    // October: the fee credited in full before its due date: void, never overdue.
    await close('2026-10-01T03:00');
    await at('2026-10-05T12:00');
    const october = await invoiceOf('upfront', '2026-10');
    const full = await api.request('POST', `/v1/invoices/${october.id}/credit-notes`, {
      key: operatorKey,
      body: { reason: 'Cancelled' },
    });
    expect(full.status, full.text).toBe(201);
    expect(await invoiceOf('upfront', '2026-10')).toMatchObject({
      status: 'void',
      amountDue: { amount: '0.00' },
    });
    await record(254, '2026-10-05T10:00');

    await close('2026-11-01T03:00');
    await at('2026-11-03T12:00');
    await pay(await invoiceOf('upfront', '2026-11'), '70.21', '2026-11-03');

    await close('2026-12-01T03:00');
    await at('2026-12-10T12:00');

    const all = await invoices();
    const byKey = new Map(
      all
        .filter((invoice) => invoice.kind !== 'credit_note')
        .map((invoice) => [`${invoice.kind} ${invoice.period?.start.slice(0, 7)}`, invoice]),
    );
    const statusOf = (key: string) => [byKey.get(key)?.status, byKey.get(key)?.dueDate];
    expect(Object.fromEntries([...byKey.keys()].map((key) => [key, statusOf(key)]))).toEqual({
      'upfront 2026-01': ['paid', '2026-01-15'],
      'upfront 2026-02': ['paid', '2026-02-15'],
      'upfront 2026-03': ['paid', '2026-03-15'],
      'upfront 2026-04': ['overdue', '2026-04-15'],
      'overusage 2026-03': ['overdue', '2026-04-15'],
      'upfront 2026-05': ['paid', '2026-05-15'],
      'upfront 2026-06': ['overdue', '2026-06-15'],
      'upfront 2026-07': ['paid', '2026-07-15'],
      'overusage 2026-06': ['paid', '2026-07-15'],
      'upfront 2026-08': ['overdue', '2026-08-15'],
      'upfront 2026-09': ['paid', '2026-09-15'],
      'upfront 2026-10': ['void', '2026-10-15'],
      'upfront 2026-11': ['paid', '2026-11-15'],
      'overusage 2026-10': ['overdue', '2026-11-15'],
      'upfront 2026-12': ['open', '2026-12-15'],
    });
    // Invoiced: 12 fees × 7021 = 84252, overusage 595 + 1190 + 119 = 1904; 86156 in all.
    expect(
      all.filter((invoice) => invoice.kind !== 'credit_note').reduce((sum, i) => sum + cents(i.total), 0),
    ).toBe(86_156);
    // Paid: 7 fees in full (January, February in two parts, March, May, July, September,
    // November) 7 × 7021 = 49147, plus 300 of March's overusage and June's 1190: 50637.
    expect(all.reduce((sum, invoice) => sum + cents(invoice.amountPaid), 0)).toBe(50_637);
    // Due: April, June and December's fees 3 × 7021 = 21063, August's 7021 − 1190 = 5831,
    // March's overusage 595 − 300 = 295, October's 119: 27308 (= 86156 − 50637 − 8211 credited).
    expect(all.reduce((sum, invoice) => sum + cents(invoice.amountDue), 0)).toBe(27_308);

    // The server filters: overdue 5831 + 2 × 7021 + 295 + 119 = 20287; open is December's 7021.
    const overdue = await invoices('overdue');
    expect(overdue).toHaveLength(5);
    expect(overdue.reduce((sum, invoice) => sum + cents(invoice.amountDue), 0)).toBe(20_287);
    expect((await invoices('open')).map((invoice) => invoice.dueDate)).toEqual(['2026-12-15']);
    expect((await invoices('void')).map((invoice) => invoice.id)).toEqual([october.id]);
    // Paid: 8 invoices, and the 2 credit notes, which ask for no payment.
    const paid = await invoices('paid');
    expect(paid.map((invoice) => invoice.kind).sort()).toEqual([
      'credit_note',
      'credit_note',
      'overusage',
      'upfront',
      'upfront',
      'upfront',
      'upfront',
      'upfront',
      'upfront',
      'upfront',
    ]);
    expect(
      paid.filter((invoice) => invoice.kind === 'credit_note').every((note) => note.dueDate === null),
    ).toBe(true);

    // Each webhook once per invoice: paid for the 8 settled by a payment; overdue for February
    // (before its second payment), April's fee and March's overusage, June, August and October's overusage.
    await eventually(() => receiver.received.length >= 14);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const numbers = new Map(
      all.map((invoice) => [invoice.id, `${invoice.kind} ${invoice.period?.start.slice(0, 7)}`]),
    );
    const hooks = (type: string) =>
      receiver.received
        .filter((hook) => hook.body.type === type)
        .map((hook) => numbers.get(hook.body.data.invoiceId))
        .sort();
    expect(hooks('invoice.paid')).toEqual(
      [
        'overusage 2026-06',
        'upfront 2026-01',
        'upfront 2026-02',
        'upfront 2026-03',
        'upfront 2026-05',
        'upfront 2026-07',
        'upfront 2026-09',
        'upfront 2026-11',
      ].sort(),
    );
    expect(hooks('invoice.overdue')).toEqual(
      [
        'overusage 2026-03',
        'overusage 2026-10',
        'upfront 2026-02',
        'upfront 2026-04',
        'upfront 2026-06',
        'upfront 2026-08',
      ].sort(),
    );
    expect(receiver.received).toHaveLength(14);
    expect(receiver.received.every((hook) => hook.verified)).toBe(true);
    const augustOverdue = receiver.received.find((hook) => hook.body.data.invoiceId === august.id);
    expect(augustOverdue?.body.data).toMatchObject({
      status: 'overdue',
      dueDate: '2026-08-15',
      total: { amount: '70.21', currency: 'EUR' },
      amountDue: { amount: '58.31', currency: 'EUR' },
    });
  }, 120_000);
});
