import { describe, expect, it } from 'vitest';
import { findConflicts, overlaps, weekDays, weekdayLabel, weekStart } from './schedule.ts';

describe('weeks', () => {
  it('run Monday to Sunday', () => {
    expect(weekStart('2026-11-26')).toBe('2026-11-23');
    expect(weekStart('2026-11-29')).toBe('2026-11-23');
    expect(weekStart('2026-11-30')).toBe('2026-11-30');
    expect(weekDays('2026-12-28').at(-1)).toBe('2027-01-03');
    expect(weekdayLabel('2026-11-23')).toBe('Thứ Hai');
    expect(weekdayLabel('2026-11-29')).toBe('Chủ nhật');
  });
});

describe('conflicts', () => {
  const ev = (
    id: number,
    startTime: string,
    endTime: string | null,
    attendeeIds: number[],
    date = '2026-11-23',
  ) => ({
    id,
    date,
    startTime,
    endTime,
    attendeeIds,
  });
  it('an event without an end lasts two hours', () => {
    expect(overlaps(ev(1, '08:00', null, []), ev(2, '09:59', null, []))).toBe(true);
    expect(overlaps(ev(1, '08:00', null, []), ev(2, '10:00', null, []))).toBe(false);
    expect(overlaps(ev(1, '08:00', '09:00', []), ev(2, '09:00', null, []))).toBe(false);
    expect(overlaps(ev(1, '08:00', null, []), ev(2, '08:00', null, [], '2026-11-24'))).toBe(false);
  });
  it('are flagged per person and pair', () => {
    expect(
      findConflicts([
        ev(1, '08:00', '11:30', [7, 8]),
        ev(2, '10:00', null, [7, 8, 9]),
        ev(3, '14:00', null, [7]),
      ]),
    ).toEqual([
      { userId: 7, eventIds: [1, 2] },
      { userId: 8, eventIds: [1, 2] },
    ]);
  });
});
