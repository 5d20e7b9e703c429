import { describe, expect, it } from 'vitest';
import {
  chooseShape,
  daysBefore,
  type LexemeStats,
  type LookEstimate,
  lookCosts,
  matchDensity,
  observedDensity,
  POSTING_COST,
  pathRows,
  postingShare,
  scopeShare,
  termFrequency,
  valueShare,
  valueStats,
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

  const city = { need: 1000, rows: 1_000_000, scope: 1, filters: 1, keyed: 1, range: 1 };
  /** One word (its postings are its share), or several with `postings` given. */
  const est = (words: number, more: Partial<LookEstimate> = {}): LookEstimate => ({
    ...city,
    words,
    postings: words,
    ...more,
  });

  it('walks for common words, reads the GIN index for rare ones', () => {
    expect(chooseShape(est(0.48))).toBe('walk');
    expect(chooseShape(est(0.05))).toBe('walk');
    expect(chooseShape(est(0.04))).toBe('gin');
    expect(chooseShape(est(0.005))).toBe('gin');
  });

  it("reads the rarest word's postings and every prefix's whole", () => {
    const t = (text: string, prefix = false) => ({ text, prefix });
    expect(postingShare(stats, [t('dang'), t('vien')])).toBe(0.48);
    expect(postingShare(stats, [t('dang'), t('ban', true)])).toBeCloseTo(0.09 + 0.09);
    // An absent prefix ends the intersection at once.
    expect(postingShare(stats, [t('dang'), t('zzz', true)])).toBeCloseTo(0.004);
    expect(postingShare(null, [t('dang')])).toBeNull();
  });

  it('counts the postings the GIN index reads', () => {
    // «Hồ Đức Huy»: the rarest word in 3% of the register, the three together 33% of postings.
    const { gin } = lookCosts(est(0.03, { postings: 0.33 }));
    expect(gin).toBeCloseTo(0.33 * 1_000_000 * POSTING_COST + 0.03 * 1_000_000);
  });

  it('reads the GIN index when filters make common words sparse along the dates', () => {
    // 5% of the register, but only 1.1% of it is of the type and direction asked, and no index
    // keeps them by date: the walk would read the whole register, the posting list 50,000 entries.
    expect(chooseShape(est(0.05, { filters: 0.011 }))).toBe('gin');
    expect(chooseShape(est(0.48, { filters: 0.11 }))).toBe('walk');
  });

  it("walks the filtered type's own date index: its documents only", () => {
    // A quarter of the register holds the words, 11% is of the type, 1.1% of the type and direction.
    const typed = est(0.24, { postings: 0.45, filters: 0.011, keyed: 0.011 });
    expect(lookCosts(typed).walk).toBeCloseTo(2 * (1000 / 0.24));
    expect(chooseShape(typed)).toBe('walk');
    // Without that index the same words and filters read the whole register: GIN is cheaper.
    expect(chooseShape({ ...typed, keyed: 1 })).toBe('gin');
  });

  it("walks a ward's few documents for its common words, takes the GIN index for its rare ones", () => {
    const ward = { scope: 0.007 };
    expect(lookCosts(est(0.5, ward)).walk).toBe(2 * 7000);
    expect(pathRows(est(0.5, ward))).toBe(7000);
    expect(chooseShape(est(0.5, ward))).toBe('walk');
    expect(chooseShape(est(0.03, { ...ward, postings: 0.33 }))).toBe('walk');
    expect(chooseShape(est(0.005, ward))).toBe('gin');
  });

  it('a date filter bounds the walk', () => {
    const { walk } = lookCosts(est(0.001, { range: 0.01 }));
    expect(walk).toBe(2 * 10_000);
  });

  it("estimates a filter's share from the column's most common values", () => {
    const types = valueStats(['CV', 'BC'], [0.28, 0.15], 20, 1_000_000);
    expect(valueShare(types, 'CV')).toBe(0.28);
    expect(valueShare(types, 'QĐ')).toBeCloseTo(0.57 / 18);
    expect(valueShare(types, undefined)).toBe(1);
    expect(valueShare(null, 'CV')).toBe(1);
    expect(valueStats(null, null, null, 10)).toBeNull();
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
