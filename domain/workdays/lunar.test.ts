import { describe, expect, it } from 'vitest';
import { lunarToSolar, solarToLunar, tetDate } from './lunar.ts';

// Mùng 1 Tết as the government announced it each year.
const TET: Record<number, string> = {
  2020: '2020-01-25',
  2021: '2021-02-12',
  2022: '2022-02-01',
  2023: '2023-01-22',
  2024: '2024-02-10',
  2025: '2025-01-29',
  2026: '2026-02-17',
  2027: '2027-02-06',
  2028: '2028-01-26',
  2029: '2029-02-13',
  // The new moon is at 23:07 in Hà Nội on 2/2/2030, 00:07 on 3/2 in Beijing.
  2030: '2030-02-02',
};

describe('the Vietnamese lunar calendar', () => {
  it.each(Object.entries(TET))('Tết %s falls on %s', (year, date) => {
    expect(tetDate(Number(year))).toBe(date);
    expect(solarToLunar(date)).toEqual({ day: 1, month: 1, year: Number(year), leap: false });
  });

  it('reckons at UTC+7, not at the Chinese UTC+8 (Tết 1985, 2007 and 2030 differ from China)', () => {
    expect(tetDate(1985)).toBe('1985-01-21');
    expect(tetDate(2007)).toBe('2007-02-17');
  });

  it('finds Giỗ Tổ Hùng Vương (10/3 lunar)', () => {
    expect(lunarToSolar(10, 3, 2023)).toBe('2023-04-29');
    expect(lunarToSolar(10, 3, 2024)).toBe('2024-04-18');
    expect(lunarToSolar(10, 3, 2025)).toBe('2025-04-07');
  });

  it('knows leap months: 2023 has a leap 2nd month, 2025 a leap 6th', () => {
    expect(lunarToSolar(1, 2, 2023, true)).toBe('2023-03-22');
    expect(lunarToSolar(1, 6, 2025, true)).toBe('2025-07-25');
    expect(lunarToSolar(1, 3, 2024, true)).toBeNull();
    expect(solarToLunar('2023-03-22')).toEqual({ day: 1, month: 2, year: 2023, leap: true });
  });

  it('turns the last day of a lunar year back and forth', () => {
    const eve = '2024-02-09';
    const l = solarToLunar(eve);
    expect(l).toEqual({ day: 30, month: 12, year: 2023, leap: false });
    expect(lunarToSolar(l.day, l.month, l.year, l.leap)).toBe(eve);
  });
});
