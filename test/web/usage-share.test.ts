import { describe, expect, it } from 'vitest';
import { usedShare } from '../../web/src/usage-share.js';

// The banner and the meter state the share used; rounding down never claims a threshold.
describe('the share of the allowance used', () => {
  it.each([
    [239, 250, 95],
    [200, 250, 80],
    [199, 250, 79],
    [249, 250, 99],
    [250, 250, 100],
    [251, 250, 100],
    [500, 250, 200],
    [40, 50, 80],
    [0, 50, 0],
    [1, 3, 33],
    [2, 3, 66],
  ])('%i of %i is %i %%', (active, allowance, share) => {
    expect(usedShare(active, allowance)).toBe(share);
  });

  it('counts any contact against an allowance of none as past 100 %', () => {
    expect(usedShare(1, 0)).toBe(100);
    expect(usedShare(0, 0)).toBe(0);
  });
});
