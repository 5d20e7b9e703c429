// The credentials check's findings and the window before the congress.
import { describe, expect, it } from 'vitest';
import { formatDateVi } from '../dates.ts';
import { credentialProblems, monthsBefore } from './credentials.ts';

describe('credentials', () => {
  it('names each problem in Vietnamese, none for a full member without discipline', () => {
    const base = { onRoll: true, official: true, disciplines: [], months: 12 };
    expect(credentialProblems(base, formatDateVi)).toEqual([]);
    expect(credentialProblems({ ...base, onRoll: false }, formatDateVi)).toHaveLength(1);
    expect(
      credentialProblems(
        { ...base, official: false, disciplines: [{ formLabel: 'Khiển trách', decidedOn: '2025-03-04' }] },
        formatDateVi,
      ),
    ).toEqual([
      'Đảng viên dự bị: không có quyền ứng cử, bầu cử (Điều lệ Đảng, Điều 5).',
      'Bị kỷ luật khiển trách ngày 04/03/2025 (trong 12 tháng trước đại hội).',
    ]);
  });

  it('counts months back, keeping the day within the month', () => {
    expect(monthsBefore('2025-06-15', 12)).toBe('2024-06-15');
    expect(monthsBefore('2025-03-31', 1)).toBe('2025-02-28');
    expect(monthsBefore('2024-03-31', 1)).toBe('2024-02-29');
    expect(monthsBefore('2025-01-10', 2)).toBe('2024-11-10');
    expect(monthsBefore('2025-01-10', 0)).toBe('2025-01-10');
  });
});
