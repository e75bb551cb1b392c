import { describe, expect, it } from 'vitest';
import { addMoney, fromCents, toCents } from '../../web/src/money.js';

// The dashboard adds amounts (the projected bill) in integer cents, never in floats.
describe('dashboard money', () => {
  it('reads decimal strings as exact cents, signs and short fractions included', () => {
    expect(toCents('77.50')).toBe(7750);
    expect(toCents('0.1')).toBe(10);
    expect(toCents('-11.23')).toBe(-1123);
    expect(toCents('29')).toBe(2900);
    expect(() => toCents('1.234')).toThrow('not an amount');
    expect(() => toCents('€3')).toThrow('not an amount');
  });

  it('adds amounts exactly where floating point would not', () => {
    // 0.1 + 0.2 is 0.30000000000000004 in binary floating point.
    expect(addMoney({ amount: '0.10', currency: 'EUR' }, { amount: '0.20', currency: 'EUR' })).toEqual({
      amount: '0.30',
      currency: 'EUR',
    });
    expect(addMoney({ amount: '59.00', currency: 'EUR' }, { amount: '-11.23', currency: 'EUR' }).amount).toBe(
      '47.77',
    );
    expect(fromCents(-5, 'EUR').amount).toBe('-0.05');
  });
});
