import { describe, expect, it } from 'vitest';
import { FEE_RULES, monthlyFee, monthsOwed } from './fees.ts';

describe('party fees', () => {
  it('1% of the insured salary', () => {
    expect(monthlyFee({ basis: 'salary', base: 8_000_000, partyAgeYears: 10 })).toMatchObject({
      amount: 80_000,
      exempt: false,
    });
  });
  it('0.5% of a pension', () => {
    expect(monthlyFee({ basis: 'pension', base: 6_000_000, partyAgeYears: 40 }).amount).toBe(30_000);
  });
  it('5,000 đồng for students', () => {
    expect(monthlyFee({ basis: 'student', base: null, partyAgeYears: 1 }).amount).toBe(5_000);
  });
  it('a fixed amount is taken as it is', () => {
    expect(monthlyFee({ basis: 'fixed', base: 20_000, partyAgeYears: 3 }).amount).toBe(20_000);
  });
  it('exempt from 50 years of party age, not at 49', () => {
    expect(monthlyFee({ basis: 'pension', base: 6_000_000, partyAgeYears: 50 })).toMatchObject({
      amount: 0,
      exempt: true,
    });
    expect(monthlyFee({ basis: 'pension', base: 6_000_000, partyAgeYears: 49 }).exempt).toBe(false);
    expect(FEE_RULES.exemptFromPartyAgeYears).toBe(50);
  });
  it('rounds to the configured step', () => {
    expect(monthlyFee({ basis: 'salary', base: 5_123_456, partyAgeYears: 1 }).amount).toBe(51_200);
  });
  it('counts consecutive unpaid months up to the month asked about', () => {
    expect(monthsOwed('2026-01-01', '2025-01-01', '2026-04-01')).toBe(3);
    expect(monthsOwed('2026-04-01', '2025-01-01', '2026-04-01')).toBe(0);
    expect(monthsOwed(null, '2026-02-01', '2026-04-01')).toBe(3);
    expect(monthsOwed(null, '2026-06-01', '2026-04-01')).toBe(0);
    expect(monthsOwed('2025-11-01', '2025-01-01', '2026-02-01')).toBe(3);
  });
});
