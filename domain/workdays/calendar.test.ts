import { describe, expect, it } from 'vitest';
import { WORKDAY_RULES } from '../rules/workdays.ts';
import {
  addWorkingDays,
  dayStatus,
  holidaysOf,
  isWorkingDay,
  type WorkCalendar,
  workingDaysBetween,
} from './calendar.ts';

const rule = WORKDAY_RULES['workdays.holidays'].defaultValue;
const plain: WorkCalendar = { rule, entries: new Map() };

describe('the working-day calendar', () => {
  it('lists the holidays of 2025 with the day made up for one on a weekend', () => {
    const h = holidaysOf(2025, rule).map((d) => `${d.date} ${d.kind}`);
    expect(h).toEqual([
      '2025-01-01 holiday',
      // Tết: 28/1 (the last day of the lunar year) to 1/2; Saturday 1/2 made up on Monday 3/2.
      '2025-01-28 holiday',
      '2025-01-29 holiday',
      '2025-01-30 holiday',
      '2025-01-31 holiday',
      '2025-02-01 holiday',
      '2025-02-03 compensation',
      '2025-04-07 holiday',
      '2025-04-30 holiday',
      '2025-05-01 holiday',
      '2025-09-02 holiday',
      '2025-09-03 holiday',
    ]);
  });

  it('makes up a weekend holiday on the next day that is neither weekend nor holiday', () => {
    // 30/4/2022 was a Saturday, 1/5/2022 a Sunday: made up on Monday 2/5 and Tuesday 3/5.
    const made = holidaysOf(2022, rule).filter((d) => d.kind === 'compensation');
    expect(made.map((d) => d.date)).toContain('2022-05-02');
    expect(made.map((d) => d.date)).toContain('2022-05-03');
  });

  it('counts working days over weekends and holidays', () => {
    // Friday 25/4/2025 + 3 working days: Monday 28, Tuesday 29, then 30/4 and 1/5 off, Friday 2/5.
    expect(addWorkingDays('2025-04-25', 3, plain)).toBe('2025-05-02');
    expect(addWorkingDays('2025-04-25', 0, plain)).toBe('2025-04-25');
    // Across Tết 2026 (Mùng 1 on Tuesday 17/2): 16/2 to 20/2 off.
    expect(addWorkingDays('2026-02-13', 1, plain)).toBe('2026-02-23');
    expect(workingDaysBetween('2026-02-13', '2026-02-23', plain)).toBe(1);
    expect(workingDaysBetween('2026-02-23', '2026-02-13', plain)).toBe(0);
  });

  it("follows the administrator's make-up and swap days", () => {
    const cal: WorkCalendar = {
      rule,
      entries: new Map([
        ['2025-05-02', { kind: 'off' as const, note: 'Nghỉ hoán đổi' }],
        ['2025-04-26', { kind: 'work' as const, note: 'Làm bù cho 2/5' }],
      ]),
    };
    expect(isWorkingDay('2025-04-26', cal)).toBe(true);
    expect(dayStatus('2025-05-02', cal)).toEqual({
      date: '2025-05-02',
      working: false,
      reason: 'Nghỉ hoán đổi',
    });
    // Friday 25/4 + 3: Saturday 26 (worked), Monday 28, Tuesday 29.
    expect(addWorkingDays('2025-04-25', 3, cal)).toBe('2025-04-29');
    expect(addWorkingDays('2025-04-29', 1, cal)).toBe('2025-05-05');
  });

  it('takes the Tết length and the 2/9 neighbour from the rule', () => {
    const longer = { tetDaysBefore: 2, tetDays: 7, nationalDayExtra: -1 };
    const h = holidaysOf(2025, longer);
    expect(h.filter((d) => d.name === 'Tết Nguyên đán').map((d) => d.date)[0]).toBe('2025-01-27');
    expect(h.some((d) => d.date === '2025-09-01' && d.kind === 'holiday')).toBe(true);
    expect(dayStatus('2025-09-03', { rule: longer, entries: new Map() }).working).toBe(true);
  });

  it('refuses a negative or fractional count', () => {
    expect(() => addWorkingDays('2025-01-02', -1, plain)).toThrow(RangeError);
    expect(() => addWorkingDays('2025-01-02', 1.5, plain)).toThrow(RangeError);
  });
});
