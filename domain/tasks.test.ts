import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysBetween,
  extensionProblem,
  isBounced,
  isStalled,
  reminderFor,
  reminderTitle,
  stalledCutoff,
  taskState,
  transferProblem,
} from './tasks.ts';

describe('the four states (QĐ 42/2014/QĐ-TTg)', () => {
  it('done on time, done late, open in time, open overdue', () => {
    expect(taskState({ progress: 100, dueOn: '2026-03-31', doneOn: '2026-03-31' }, '2026-05-01')).toBe(
      'done_on_time',
    );
    expect(taskState({ progress: 100, dueOn: '2026-03-31', doneOn: '2026-04-01' }, '2026-05-01')).toBe(
      'done_late',
    );
    expect(taskState({ progress: 90, dueOn: '2026-03-31' }, '2026-03-31')).toBe('open_in_time');
    expect(taskState({ progress: 90, dueOn: '2026-03-31' }, '2026-04-01')).toBe('open_overdue');
  });
});

describe('stalled', () => {
  it('open with no report for N days or more', () => {
    expect(isStalled({ progress: 20, lastReportOn: '2026-03-01' }, '2026-03-15', 14)).toBe(true);
    expect(isStalled({ progress: 20, lastReportOn: '2026-03-02' }, '2026-03-15', 14)).toBe(false);
    expect(isStalled({ progress: 100, lastReportOn: '2026-01-01' }, '2026-03-15', 14)).toBe(false);
    expect(stalledCutoff('2026-03-15', 14)).toBe('2026-03-01');
  });
});

describe('bounced', () => {
  it('twice transferred, or back to a unit that passed it on', () => {
    expect(isBounced([])).toBe(false);
    expect(isBounced([{ fromOrgId: 1, toOrgId: 2 }])).toBe(false);
    expect(
      isBounced([
        { fromOrgId: 1, toOrgId: 2 },
        { fromOrgId: 2, toOrgId: 3 },
      ]),
    ).toBe(true);
    expect(
      isBounced([
        { fromOrgId: 1, toOrgId: 2 },
        { fromOrgId: 2, toOrgId: 1 },
      ]),
    ).toBe(true);
  });
});

describe('transfers and extensions', () => {
  it('refuse the same unit, an earlier deadline and finished tasks', () => {
    expect(transferProblem(5, 5, false)).toContain('chính đơn vị này');
    expect(transferProblem(5, 6, true)).toContain('đã hoàn thành');
    expect(transferProblem(5, 6, false)).toBeNull();
    expect(extensionProblem('2026-05-10', '2026-05-10', false)).toContain('sau hạn hiện tại');
    expect(extensionProblem('2026-05-10', '2026-06-10', false)).toBeNull();
  });
});

describe('reminders', () => {
  it('within 3 days, on the day, once overdue; the key carries the deadline', () => {
    const t = { progress: 10, dueOn: '2026-05-10' };
    expect(reminderFor(t, '2026-05-06')).toBeNull();
    expect(reminderFor(t, '2026-05-07')).toEqual({ kind: 'due-3', key: 'due-3:2026-05-10', silent: false });
    expect(reminderFor(t, '2026-05-09')).toEqual({ kind: 'due-3', key: 'due-3:2026-05-10', silent: false });
    expect(reminderFor(t, '2026-05-10')).toEqual({ kind: 'due-0', key: 'due-0:2026-05-10', silent: false });
    expect(reminderFor(t, '2026-05-17')).toEqual({
      kind: 'overdue',
      key: 'overdue:2026-05-10',
      silent: false,
    });
    // Long overdue when first seen (entered after the fact): recorded, not announced.
    expect(reminderFor(t, '2026-06-01')).toEqual({
      kind: 'overdue',
      key: 'overdue:2026-05-10',
      silent: true,
    });
    expect(reminderFor({ progress: 100, dueOn: '2026-05-10' }, '2026-06-01')).toBeNull();
    expect(reminderTitle('overdue', 'Báo cáo', -4)).toBe('Nhiệm vụ quá hạn 4 ngày: Báo cáo');
  });
  it('date arithmetic crosses months and years', () => {
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(daysBetween('2026-02-27', '2026-03-01')).toBe(2);
  });
});
