import { describe, expect, it } from 'vitest';
import { formatDateTimeVi, formatDateVi, isValidIsoDate, parseDateVi, todayVn } from './dates.ts';

describe('dates', () => {
  it('shows DD/MM/YYYY', () => {
    expect(formatDateVi('2026-03-05')).toBe('05/03/2026');
    expect(formatDateVi(null)).toBe('');
  });
  it('parses DD/MM/YYYY and refuses impossible dates', () => {
    expect(parseDateVi('5/3/2026')).toBe('2026-03-05');
    expect(parseDateVi('31/02/2026')).toBeNull();
    expect(isValidIsoDate('2024-02-29')).toBe(true);
    expect(isValidIsoDate('2025-02-29')).toBe(false);
  });
  it('uses Vietnam time (UTC+7)', () => {
    expect(formatDateTimeVi('2026-01-05T18:30:00Z')).toBe('06/01/2026 01:30');
    expect(todayVn(new Date('2026-01-05T18:30:00Z'))).toBe('2026-01-06');
  });
});
