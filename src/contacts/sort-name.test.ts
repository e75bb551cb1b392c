import { describe, expect, it } from 'vitest';
import { sortName } from './sort-name.js';

const ordered = (names: string[]) =>
  [...names].sort((left, right) => {
    const [a, b] = [
      sortName({ name: left, email: null, phone: null }),
      sortName({ name: right, email: null, phone: null }),
    ];
    return a < b ? -1 : a > b ? 1 : 0;
  });

describe('the name order key', () => {
  it('files accented and special Latin letters with their base letter, not after "z"', () => {
    expect(
      ordered(['Zoe', 'Łukasz', 'Ärger', 'anna', 'Bert', 'Lena', 'Maria', 'Øystein', 'Émile', 'Oskar']),
    ).toEqual(['anna', 'Ärger', 'Bert', 'Émile', 'Lena', 'Łukasz', 'Maria', 'Oskar', 'Øystein', 'Zoe']);
  });

  it('is the same for every case and accent of a name, and folds ß and Greek accents', () => {
    const key = (name: string) => sortName({ name, email: null, phone: null });
    expect(key('ŁUKASZ ŻÓŁĆ')).toBe(key('łukasz żółć'));
    expect(key('Łukasz Żółć')).toBe('lukasz zolc');
    expect(key('Straße')).toBe('strasse');
    expect(key('Άννα')).toBe('αννα');
    expect(key('Йога')).toBe('йога');
  });

  it('falls back to the e-mail, then the phone', () => {
    expect(sortName({ name: null, email: 'Ada@Example.com', phone: '+49' })).toBe('ada@example.com');
    expect(sortName({ name: undefined, email: undefined, phone: '+49 30' })).toBe('+49 30');
  });
});
