import { describe, expect, it } from 'vitest';
import { atMost, RATING_PARTS, RATING_THRESHOLDS, ratingCategory, scoresProblem } from './rating.ts';

describe('annual rating', () => {
  it('100 points: 30 general, 70 results', () => {
    expect(RATING_PARTS.general + RATING_PARTS.results).toBe(100);
  });
  it('xuất sắc from 90 with every task on time', () => {
    expect(ratingCategory(90, true)).toBe('xuat_sac');
    expect(ratingCategory(100, true)).toBe('xuat_sac');
  });
  it('90 or more without every task on time is tốt', () => {
    expect(ratingCategory(95, false)).toBe('tot');
  });
  it('tốt from 70 to under 90, hoàn thành from 50 to under 70, below 50 không hoàn thành', () => {
    expect(ratingCategory(89.5, true)).toBe('tot');
    expect(ratingCategory(70, false)).toBe('tot');
    expect(ratingCategory(69.5, true)).toBe('hoan_thanh');
    expect(ratingCategory(50, false)).toBe('hoan_thanh');
    expect(ratingCategory(49.5, true)).toBe('khong_hoan_thanh');
    expect(ratingCategory(0, false)).toBe('khong_hoan_thanh');
  });
  it('thresholds are ordered from the highest', () => {
    const mins = RATING_THRESHOLDS.map((t) => t.minScore);
    expect(mins).toEqual([90, 70, 50, 0]);
  });
  it('refuses scores outside their part', () => {
    expect(scoresProblem(31, 10)).toMatch(/0 đến 30/);
    expect(scoresProblem(10, 71)).toMatch(/0 đến 70/);
    expect(scoresProblem(30, 70)).toBeNull();
  });
});

describe('atMost', () => {
  it('keeps the lower of a category and its cap', () => {
    expect(atMost('xuat_sac', 'hoan_thanh')).toBe('hoan_thanh');
    expect(atMost('tot', 'hoan_thanh')).toBe('hoan_thanh');
    expect(atMost('khong_hoan_thanh', 'hoan_thanh')).toBe('khong_hoan_thanh');
    expect(atMost('hoan_thanh', 'xuat_sac')).toBe('hoan_thanh');
  });
});
