import { describe, expect, it } from 'vitest';
import {
  chooseShape,
  daysBefore,
  type LexemeStats,
  matchDensity,
  observedDensity,
  scopeShare,
  termFrequency,
  WALK_FROM,
  windowDays,
  windowRows,
} from './search-plan.ts';

const stats: LexemeStats = {
  freq: new Map([
    ['dang', 0.6],
    ['vien', 0.48],
    ['giai', 0.05],
    ['bang', 0.08],
    ['bao', 0.3],
    ['bang2', 0.01],
  ]),
  minFreq: 0.002,
};

describe('search plan', () => {
  it('a term is as frequent as its statistics say, a prefix as all the lexemes it starts', () => {
    expect(termFrequency(stats, { text: 'vien', prefix: false })).toBe(0.48);
    expect(termFrequency(stats, { text: 'khuon', prefix: false })).toBe(0.002);
    expect(termFrequency(stats, { text: 'ban', prefix: true })).toBeCloseTo(0.09);
    expect(termFrequency(stats, { text: 'zzz', prefix: true })).toBe(0.002);
  });

  it('words together are at most as frequent as the rarest; unknown without statistics', () => {
    const terms = [
      { text: 'dang', prefix: false },
      { text: 'vien', prefix: true },
    ];
    expect(matchDensity(stats, terms)).toBe(0.48);
    expect(matchDensity(null, terms)).toBeNull();
    expect(matchDensity(stats, [])).toBeNull();
  });

  it('walks for common words, reads the GIN index for rare ones', () => {
    expect(chooseShape(0.48)).toBe('walk');
    expect(chooseShape(WALK_FROM)).toBe('walk');
    expect(chooseShape(0.005)).toBe('gin');
  });

  it('sizes a window to hold the matches twice, at least a minimum, the whole register past a quarter', () => {
    expect(windowRows(1000, 0.5, 1_000_000)).toBe(4000);
    expect(windowRows(1000, 0.9, 1_000_000)).toBe(2223);
    expect(windowRows(100, 0.9, 1_000_000)).toBe(2000);
    expect(windowRows(1000, 0.01, 1_000_000)).toBe(200_000);
    expect(windowRows(1000, 0.001, 1_000_000)).toBeNull();
    expect(windowRows(4, 1, 40, { minRows: 1, wholeFrom: 1 })).toBe(8);
  });

  it('reads the density a window showed; an empty one sends the next look much wider', () => {
    expect(observedDensity(50, 1000)).toBe(0.05);
    expect(observedDensity(0, 1000)).toBe(0.0001);
  });

  it('turns rows into days back from the newest date', () => {
    expect(windowDays(4000, 274)).toBe(15);
    expect(windowDays(1, 1000)).toBe(1);
    expect(daysBefore('2026-03-01', 1)).toBe('2026-02-28');
  });

  it('estimates the share of a scope from the owners the statistics keep', () => {
    const owners = {
      freq: new Map([
        [1, 0.1],
        [2, 0.05],
      ]),
      distinct: 102,
      rows: 1_000_000,
    };
    expect(scopeShare(owners, null)).toBe(1);
    expect(scopeShare(owners, [1])).toBeCloseTo(0.1);
    // Two uncommon owners: (1 - 0.15) / 100 each.
    expect(scopeShare(owners, [7, 8])).toBeCloseTo(0.017);
    expect(scopeShare({ ...owners, distinct: -0.0001 }, [7])).toBeCloseTo(0.85 / 98);
    expect(scopeShare(null, [7])).toBe(1);
  });
});
