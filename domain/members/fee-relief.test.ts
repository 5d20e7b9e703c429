import { describe, expect, it } from 'vitest';
import { dueAfterRelief, reliefIn, reliefProblem } from './fee-relief.ts';

const RULE = { reduceLow: 30, reduceMid: 50, reduceHigh: 70, maxMonths: 12 };

describe('fee exemptions and reductions', () => {
  it('reduces by 30, 50, 70% (rounded down) or exempts', () => {
    expect(dueAfterRelief(80_000, { percent: 30 })).toBe(56_000);
    expect(dueAfterRelief(80_000, { percent: 50 })).toBe(40_000);
    expect(dueAfterRelief(25_100, { percent: 70 })).toBe(7_530);
    expect(dueAfterRelief(5_001, { percent: 50 })).toBe(2_500);
    expect(dueAfterRelief(80_000, { percent: 100 })).toBe(0);
    expect(dueAfterRelief(80_000, undefined)).toBe(80_000);
  });
  it('allows up to 12 months and only the levels of the rule', () => {
    expect(reliefProblem({ percent: 50, from: '2026-03', to: '2027-02' }, RULE)).toBeNull();
    expect(reliefProblem({ percent: 50, from: '2026-03', to: '2027-03' }, RULE)).toMatch(/12 tháng/);
    expect(reliefProblem({ percent: 40, from: '2026-03', to: '2026-04' }, RULE)).toMatch(/Mức giảm/);
    expect(reliefProblem({ percent: 100, from: '2026-05', to: '2026-04' }, RULE)).toMatch(/kết thúc/);
  });
  it('finds the relief of a month', () => {
    const list = [{ percent: 30, from: '2026-02', to: '2026-04' }];
    expect(reliefIn(list, '2026-01')).toBeUndefined();
    expect(reliefIn(list, '2026-02')?.percent).toBe(30);
    expect(reliefIn(list, '2026-04')?.percent).toBe(30);
    expect(reliefIn(list, '2026-05')).toBeUndefined();
  });
});
