import { describe, expect, it } from 'vitest';
import { dueDateOf } from './due-date.js';
import type { Invoice } from './invoice.js';

const invoice = (overrides: Partial<Invoice>): Invoice => ({
  id: 'inv_1',
  accountId: 'acc_1',
  number: 'TLY-000001',
  sequence: 1,
  kind: 'overusage',
  sourceKey: 'overusage:1',
  issuedAt: Date.parse('2026-01-31T22:30:00Z'),
  period: undefined,
  currency: 'EUR',
  seller: { name: 'Seller' },
  buyer: { name: 'Buyer' },
  lines: [],
  net: 100,
  vatRateBasisPoints: 0,
  vat: 0,
  total: 100,
  reverseCharge: false,
  correctsInvoiceId: undefined,
  ...overrides,
});

describe('dueDateOf', () => {
  it('counts the terms from the issue date in the account’s zone, and is overdue from the next midnight there', () => {
    // 22:30 UTC on 31 January is 23:30 on 31 January in Berlin (and 07:30 on 1 February in Tokyo).
    const due = dueDateOf(invoice({}), { name: 'Catalog', paymentTermsDays: 14 }, 'Europe/Berlin');
    expect(due).toMatchObject({ date: '2026-02-14', days: 14 });
    expect(due?.overdueFrom).toBe(Date.parse('2026-02-15T00:00:00+01:00'));
    expect(dueDateOf(invoice({}), { name: 'Catalog' }, 'Asia/Tokyo')?.date).toBe('2026-02-15');
  });

  it('keeps the calendar day across a DST change', () => {
    const due = dueDateOf(
      invoice({ issuedAt: Date.parse('2026-03-20T00:30:00+01:00') }),
      { name: 'Catalog', paymentTermsDays: 14 },
      'Europe/Berlin',
    );
    expect(due?.date).toBe('2026-04-03');
    expect(due?.overdueFrom).toBe(Date.parse('2026-04-04T00:00:00+02:00'));
  });

  it('takes the terms the invoice was issued with over the current catalog’s', () => {
    const issuedWithTen = invoice({ seller: { name: 'Seller', paymentTermsDays: 10 } });
    expect(dueDateOf(issuedWithTen, { name: 'Catalog', paymentTermsDays: 30 }, 'UTC')?.date).toBe(
      '2026-02-10',
    );
  });

  it('gives a credit note none: it is set off, not paid', () => {
    expect(dueDateOf(invoice({ kind: 'credit_note' }), { name: 'Catalog' }, 'UTC')).toBeUndefined();
  });
});
