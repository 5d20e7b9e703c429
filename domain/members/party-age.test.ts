import { describe, expect, it } from 'vitest';
import { addDays, addMonths, addYears, daysBetween, fullMonths, fullYears } from './calendar.ts';
import {
  effectiveStart,
  interruptionDays,
  interruptionsProblem,
  partyAge,
  partyAgeYears,
} from './party-age.ts';

describe('calendar arithmetic (PostgreSQL semantics)', () => {
  it('clamps to the end of the month like date + interval', () => {
    expect(addYears('2000-02-29', 1)).toBe('2001-02-28');
    expect(addYears('2000-02-29', 4)).toBe('2004-02-29');
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2025-03-31', -1)).toBe('2025-02-28');
    expect(addMonths('2025-01-15', -13)).toBe('2023-12-15');
  });
  it('counts days, whole years and months', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(fullYears('1990-05-19', '2020-05-18')).toBe(29);
    expect(fullYears('1990-05-19', '2020-05-19')).toBe(30);
    expect(fullYears('2000-02-29', '2001-02-28')).toBe(1);
    expect(fullMonths('2025-01-31', '2025-02-28')).toBe(1);
    expect(fullMonths('2025-01-31', '2025-02-27')).toBe(0);
    expect(fullYears('2030-01-01', '2020-01-01')).toBe(0);
  });
});

describe('party age', () => {
  it('counts from the admission date without interruptions', () => {
    expect(partyAge('1990-02-03', [], '2020-02-03')).toEqual({ years: 30, months: 0 });
    expect(partyAge('1990-02-03', [], '2020-02-02')).toEqual({ years: 29, months: 11 });
  });

  it('subtracts interruptions: `to` is the day membership resumed', () => {
    const i = [{ from: '2000-01-01', to: '2001-01-01', reason: 'Xóa tên, kết nạp lại' }];
    expect(interruptionDays('1990-02-03', i, '2020-02-03')).toBe(366);
    expect(effectiveStart('1990-02-03', i, '2020-02-03')).toBe('1991-02-04');
    expect(partyAgeYears('1990-02-03', i, '2020-02-03')).toBe(28);
    expect(partyAgeYears('1990-02-03', i, '2021-02-04')).toBe(30);
    expect(partyAgeYears('1990-02-03', i, '2021-02-03')).toBe(29);
  });

  it('counts only the part of an interruption that lies before the date asked about', () => {
    const i = [{ from: '2010-01-01', to: '2012-01-01' }];
    expect(interruptionDays('2000-01-01', i, '2011-01-01')).toBe(365);
    expect(interruptionDays('2000-01-01', i, '2009-06-01')).toBe(0);
    // Party age does not go back: during the interruption it stands still.
    expect(partyAgeYears('2000-01-01', i, '2010-01-01')).toBe(10);
    expect(partyAgeYears('2000-01-01', i, '2011-12-31')).toBe(10);
  });

  it('adds up several interruptions', () => {
    const i = [
      { from: '1995-01-01', to: '1995-07-01' },
      { from: '2005-01-01', to: '2005-07-02' },
    ];
    expect(interruptionDays('1990-01-01', i, '2025-01-01')).toBe(181 + 182);
  });

  it('refuses impossible, early or overlapping interruptions', () => {
    expect(interruptionsProblem('1990-01-01', [{ from: '2000-01-01', to: '1999-01-01' }])).toMatch(
      /sau ngày bắt đầu/,
    );
    expect(interruptionsProblem('1990-01-01', [{ from: '1989-01-01', to: '1991-01-01' }])).toMatch(
      /trước ngày vào Đảng/,
    );
    expect(
      interruptionsProblem('1990-01-01', [
        { from: '2000-01-01', to: '2002-01-01' },
        { from: '2001-01-01', to: '2003-01-01' },
      ]),
    ).toMatch(/chồng/);
    expect(interruptionsProblem('1990-01-01', [{ from: '2000-01-01', to: '2002-01-01' }])).toBeNull();
  });
});
