import { describe, expect, it } from 'vitest';
import {
  feeCriterion,
  monthsOf,
  periodOf,
  periodProblem,
  sectionsOf,
  sectionsProblem,
  suggestedForm,
  taskCriterion,
} from './reviews.ts';

describe('review periods', () => {
  it('a year and its quarters', () => {
    expect(periodOf(2025)).toMatchObject({ from: '2025-01-01', to: '2025-12-31', label: 'năm 2025' });
    expect(periodOf(2024, 1)).toMatchObject({
      from: '2024-01-01',
      to: '2024-03-31',
      label: 'quý I năm 2024',
    });
    expect(periodOf(2024, 2).to).toBe('2024-06-30');
    expect(periodOf(2025, 4)).toMatchObject({
      from: '2025-10-01',
      to: '2025-12-31',
      label: 'quý IV năm 2025',
    });
    expect(monthsOf(periodOf(2025, 3))).toEqual(['2025-07', '2025-08', '2025-09']);
    expect(monthsOf(periodOf(2025))).toHaveLength(12);
  });

  it('a period not begun cannot be reviewed; one running can', () => {
    expect(periodProblem(periodOf(2026, 3), '2026-06-30')).toContain('quý III năm 2026');
    expect(periodProblem(periodOf(2026, 3), '2026-07-01')).toBeNull();
  });
});

describe('forms', () => {
  it('2C outside the political system, 2A for leading posts, else 2B', () => {
    expect(suggestedForm({ position: 'Phó Trưởng phòng', occupation: 'Công chức', feeBasis: 'salary' })).toBe(
      '2A',
    );
    expect(suggestedForm({ position: 'Bí thư chi bộ', occupation: null, feeBasis: 'salary' })).toBe('2A');
    expect(suggestedForm({ position: 'Chuyên viên', occupation: 'Công chức', feeBasis: 'salary' })).toBe(
      '2B',
    );
    expect(suggestedForm({ position: null, occupation: null, feeBasis: 'salary' })).toBe('2B');
    expect(suggestedForm({ position: 'Nguyên Chủ tịch', occupation: null, feeBasis: 'pension' })).toBe('2C');
    expect(suggestedForm({ position: null, occupation: 'Nông dân', feeBasis: 'fixed' })).toBe('2C');
    expect(suggestedForm({ position: null, occupation: null, feeBasis: 'student' })).toBe('2C');
  });

  it('a quarter asks fewer sections; 2A asks about leading', () => {
    const year = sectionsOf('2A', 0).map((s) => s.key);
    const quarter = sectionsOf('2A', 2).map((s) => s.key);
    expect(year).toContain('leadership');
    expect(sectionsOf('2B', 0).map((s) => s.key)).not.toContain('leadership');
    expect(quarter.length).toBeLessThan(year.length);
    expect(quarter).toEqual(['duties', 'leadership', 'shortcomings', 'direction']);
    expect(sectionsOf('2C', 0).find((s) => s.key === 'duties')?.label).toContain('nơi cư trú');
  });

  it('a section the form does not have is refused by name', () => {
    expect(sectionsProblem('2B', 0, { politics: 'x', duties: 'y' })).toBeNull();
    expect(sectionsProblem('2B', 0, { leadership: 'x' })).toContain('leadership');
    expect(sectionsProblem('2A', 1, { politics: 'x' })).toContain('kiểm điểm quý');
  });
});

describe('computed criteria', () => {
  it('tasks: all on time allows xuất sắc; late within the limit allows tốt; past it, không hoàn thành', () => {
    expect(taskCriterion({ due: 4, doneOnTime: 4, doneLate: 0, overdue: 0 }, 20)).toMatchObject({
      onTimePercent: 100,
      allOnTime: true,
      maxCategory: 'xuat_sac',
    });
    expect(taskCriterion({ due: 5, doneOnTime: 4, doneLate: 1, overdue: 0 }, 20)).toMatchObject({
      latePercent: 20,
      withinLateLimit: true,
      maxCategory: 'tot',
    });
    expect(taskCriterion({ due: 3, doneOnTime: 2, doneLate: 0, overdue: 1 }, 20)).toMatchObject({
      onTimePercent: 66.7,
      latePercent: 33.3,
      withinLateLimit: false,
      maxCategory: 'khong_hoan_thanh',
    });
    expect(taskCriterion({ due: 0, doneOnTime: 0, doneLate: 0, overdue: 0 }, 20)).toMatchObject({
      onTimePercent: null,
      allOnTime: false,
      withinLateLimit: true,
    });
  });

  it('fees: months owed (not exempt) and those unpaid', () => {
    expect(
      feeCriterion([
        { month: '2025-01', due: 50_000, paid: true },
        { month: '2025-02', due: 50_000, paid: false },
        { month: '2025-03', due: 0, paid: false },
      ]),
    ).toEqual({ monthsOwed: 2, monthsPaid: 1, unpaid: ['2025-02'], allPaid: false });
    expect(feeCriterion([]).allPaid).toBe(true);
  });
});
