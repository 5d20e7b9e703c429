import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  defaultEndYear,
  endYearProblem,
  extendedEndsOn,
  isDue,
  isValidPeriod,
  retentionEndsOn,
  retentionStartsOn,
} from './retention.ts';

describe('retention arithmetic', () => {
  it('runs from 1 January of the year after the end year', () => {
    expect(retentionStartsOn(2020)).toBe('2021-01-01');
    expect(retentionEndsOn(2020, 10)).toBe('2031-01-01');
    expect(retentionEndsOn(2020, 5)).toBe('2026-01-01');
    expect(retentionEndsOn(2020, null)).toBeNull();
  });

  it('a file is due on the day its retention ends, never when permanent', () => {
    expect(isDue('2026-01-01', '2025-12-31')).toBe(false);
    expect(isDue('2026-01-01', '2026-01-01')).toBe(true);
    expect(isDue(null, '2999-12-31')).toBe(false);
  });

  it('a period of N years is never due within N full calendar years after the end year', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1950, max: 2100 }), fc.integer({ min: 1, max: 100 }), (end, years) => {
        const ends = retentionEndsOn(end, years) as string;
        expect(isDue(ends, `${end + years}-12-31`)).toBe(false);
        expect(isDue(ends, `${end + years + 1}-01-01`)).toBe(true);
      }),
    );
  });

  it('keeping longer counts the new period from the year after the decision', () => {
    expect(extendedEndsOn('2026-11-20', 10)).toBe('2037-01-01');
    expect(extendedEndsOn('2026-11-20', null)).toBeNull();
  });

  it('accepts whole periods from 1 to 100 years, or permanent', () => {
    expect([null, 1, 5, 70, 100].every(isValidPeriod)).toBe(true);
    expect([0, -5, 2.5, 101].some(isValidPeriod)).toBe(false);
  });

  it('the end year defaults to the newest document, bounded by the closing year', () => {
    expect(defaultEndYear('2021-01-15', ['2020-03-05', '2020-11-02', null])).toBe(2020);
    expect(defaultEndYear('2021-01-15', [])).toBe(2021);
    expect(defaultEndYear('2021-01-15', ['2023-01-01'])).toBe(2021);
    expect(endYearProblem(2022, 2020, '2021-06-01')).toContain('không thể sau');
    expect(endYearProblem(2020, 2020, '2021-06-01')).toBeNull();
  });
});
