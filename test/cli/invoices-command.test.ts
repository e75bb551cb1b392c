import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Output } from '../../src/cli/output.js';
import { runCli } from '../../src/cli/program.js';
import { engines } from '../support/engines.js';
import { type Harness, operatorKey, startHarness, type TestAccount } from '../support/http-harness.js';

function capture(): Output & { lines: string[]; errors: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  return { lines, errors, out: (line) => lines.push(line), error: (line) => errors.push(line) };
}

/**
 * `tally invoices` shows each invoice's status, due date and amount due as of `--at`, the
 * figures the API answers. A Start account (€29.00 upfront, no billing details so no VAT) issued
 * 1 January 2026 in Berlin with 14 days' terms is due 15 January; a second account's upfront
 * invoice is voided by a credit note.
 */
describe.each(engines)('tally invoices on %s', (engine) => {
  let api: Harness;
  let payer: TestAccount;
  let cancelled: TestAccount;
  let database: string;
  /** The invoice numbers, in the order the close and the credit note issued them. */
  let payerNumber: string;
  let voidedNumber: string;
  let creditNoteNumber: string;
  const invoices = async (...args: string[]) => {
    const output = capture();
    const code = await runCli(['invoices', '--database', database, ...args], output);
    return { code, ...output };
  };
  /** The cells of a line, split on the column gaps. */
  const cells = (line: string | undefined) => (line ?? '').split(/ {2,}/);

  beforeAll(async () => {
    api = await startHarness(engine);
    const schema = api.storeOptions.schema;
    database =
      schema === undefined
        ? api.databaseUrl
        : `${api.databaseUrl}?options=${encodeURIComponent(`-c search_path=${schema}`)}`;
    api.setClock('2025-12-31T23:00:00Z');
    payer = await api.createAccount({ name: 'Payer GmbH', plan: 'start', cycle: 'monthly' });
    cancelled = await api.createAccount({ name: 'Cancelled GmbH', plan: 'start', cycle: 'monthly' });
    // The close at 00:30 on 1 January (Berlin) issues both upfront invoices.
    api.setClock('2025-12-31T23:30:00Z');
    const closed = await api.request('POST', '/v1/billing/close', { key: operatorKey, body: {} });
    expect(closed.status, closed.text).toBe(200);
    api.setClock('2026-01-05T10:00:00Z');
    const [upfront] = (await api.request('GET', '/v1/invoices', { key: payer.apiKey })).body.data;
    const partial = await api.request('POST', `/v1/invoices/${upfront.id}/payments`, {
      key: payer.apiKey,
      body: { amount: '10.00', currency: 'EUR', date: '2026-01-05', method: 'bank_transfer' },
    });
    expect(partial.status, partial.text).toBe(201);
    payerNumber = upfront.number;
    const [voided] = (await api.request('GET', '/v1/invoices', { key: cancelled.apiKey })).body.data;
    const credit = await api.request('POST', `/v1/invoices/${voided.id}/credit-notes`, {
      key: operatorKey,
      body: { reason: 'Cancelled' },
    });
    expect(credit.status, credit.text).toBe(201);
    voidedNumber = voided.number;
    creditNoteNumber = credit.body.number;
  });
  afterAll(() => api.dispose());

  it('shows an open invoice partly paid: status open, due 2026-01-15, EUR 19.00 of 29.00 due', async () => {
    const listed = await invoices('--account', payer.id, '--at', '2026-01-10T12:00:00Z');
    expect(listed.code).toBe(0);
    expect(listed.errors).toEqual([]);
    expect(cells(listed.lines[0])).toEqual([
      'number',
      'issued',
      'account',
      'kind',
      'period',
      'total',
      'status',
      'due',
      'amount due',
    ]);
    expect(listed.lines).toHaveLength(2);
    expect(cells(listed.lines[1])).toEqual([
      payerNumber,
      '2026-01-01',
      payer.id,
      'upfront',
      '2026-01-01–2026-02-01',
      'EUR 29.00',
      'open',
      '2026-01-15',
      'EUR 19.00',
    ]);
  });

  it('turns overdue from the day after the due date in the account’s zone', async () => {
    // 15 January ends at 23:00 UTC in Berlin: one minute before it is still open.
    const lastMinute = await invoices('--account', payer.id, '--at', '2026-01-15T22:59:00Z');
    expect(cells(lastMinute.lines[1]).slice(6)).toEqual(['open', '2026-01-15', 'EUR 19.00']);
    const nextDay = await invoices('--account', payer.id, '--at', '2026-01-15T23:00:00Z');
    expect(cells(nextDay.lines[1]).slice(6)).toEqual(['overdue', '2026-01-15', 'EUR 19.00']);
  });

  it('lists every account’s invoices: the voided one with nothing due, its credit note paid with no due date', async () => {
    const all = await invoices('--at', '2026-01-10T12:00:00Z');
    expect(all.code).toBe(0);
    const rows = all.lines.slice(1).map(cells);
    // In number order; the close numbered the two upfront invoices in either order.
    expect(rows.map((row) => row[0])).toEqual([payerNumber, voidedNumber, creditNoteNumber].sort());
    const byNumber = new Map(rows.map((row) => [row[0], row]));
    expect(byNumber.get(payerNumber)).toEqual([
      payerNumber,
      '2026-01-01',
      payer.id,
      'upfront',
      '2026-01-01–2026-02-01',
      'EUR 29.00',
      'open',
      '2026-01-15',
      'EUR 19.00',
    ]);
    expect(byNumber.get(voidedNumber)?.slice(2)).toEqual([
      cancelled.id,
      'upfront',
      '2026-01-01–2026-02-01',
      'EUR 29.00',
      'void',
      '2026-01-15',
      'EUR 0.00',
    ]);
    // A credit note's amounts are negative; it asks for no payment.
    expect(byNumber.get(creditNoteNumber)?.slice(2)).toEqual([
      cancelled.id,
      'credit_note',
      '2026-01-01–2026-02-01',
      'EUR -29.00',
      'paid',
      '-',
      'EUR 0.00',
    ]);
  });

  it('refuses an unknown account and a malformed --at', async () => {
    const unknown = await invoices('--account', 'acc_missing');
    expect(unknown.code).toBe(1);
    expect(unknown.errors[0]).toBe('no account acc_missing');
    const malformed = await invoices('--at', 'yesterday');
    expect(malformed.code).toBe(2);
    expect(malformed.errors[0]).toContain('--at must be an ISO-8601 instant');
  });
});
