import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareNames } from '../text.ts';
import { nameSortKey } from './name-key.ts';

const sign = (n: number) => (n < 0 ? -1 : n > 0 ? 1 : 0);
const cmpKeys = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

// Vietnamese letters with every tone, upper and lower case.
const BASES = 'aăâbcdđeêghiklmnoôơpqrstuưvxy'.split('');
const TONES = ['', '\u0300', '\u0309', '\u0303', '\u0301', '\u0323'];
const letter = fc
  .record({ base: fc.constantFrom(...BASES), tone: fc.constantFrom(...TONES), upper: fc.boolean() })
  .map(({ base, tone, upper }) => {
    const s = (base + tone).normalize('NFC');
    return upper ? s.toUpperCase() : s;
  });
const word = fc.array(letter, { minLength: 1, maxLength: 6 }).map((l) => l.join(''));
const name = fc.array(word, { minLength: 1, maxLength: 4 }).map((w) => w.join(' '));

describe('name sort key', () => {
  it('orders like compareNames on random Vietnamese names', () => {
    fc.assert(
      fc.property(name, name, (a, b) => {
        expect(sign(cmpKeys(nameSortKey(a), nameSortKey(b))), `${a} | ${b}`).toBe(sign(compareNames(a, b)));
      }),
      { numRuns: 20_000 },
    );
  });

  it('orders names that differ only by tones and case like compareNames', () => {
    const near = fc
      .record({
        base: fc.constantFrom('a', 'ă', 'o', 'ơ'),
        tone: fc.constantFrom(...TONES),
        upper: fc.boolean(),
      })
      .map(({ base, tone, upper }) => {
        const s = (base + tone).normalize('NFC');
        return upper ? s.toUpperCase() : s;
      });
    const nearName = fc
      .array(
        fc.array(near, { minLength: 1, maxLength: 3 }).map((l) => l.join('')),
        { minLength: 1, maxLength: 3 },
      )
      .map((w) => w.join(' '));
    fc.assert(
      fc.property(nearName, nearName, (a, b) => {
        expect(sign(cmpKeys(nameSortKey(a), nameSortKey(b))), `${a} | ${b}`).toBe(sign(compareNames(a, b)));
      }),
      { numRuns: 20_000 },
    );
  });

  it('orders close names as a Vietnamese reader expects', () => {
    const names = [
      'Trần Văn Bình',
      'Nguyễn Thị An',
      'Lê Văn Ánh',
      'Phạm Thị Ân',
      'Đỗ Văn Ăn',
      'Nguyễn Anh',
      'Hoàng Thị Ặn',
      'Vũ Đức Dũng',
      'Bùi Văn Đông',
      'Lý Thị ân',
      'Ngô Thị Ấn',
    ];
    const byKey = [...names].sort((a, b) => cmpKeys(nameSortKey(a), nameSortKey(b)));
    const byCompare = [...names].sort(compareNames);
    expect(byKey).toEqual(byCompare);
    expect(byKey[0]).toBe('Nguyễn Thị An');
  });

  it('ignores extra spaces and decomposed input', () => {
    expect(nameSortKey('  Nguye\u0302\u0303n   Văn  A ')).toBe(nameSortKey('Nguyễn Văn A'));
  });
});
