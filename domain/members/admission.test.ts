import { describe, expect, it } from 'vitest';
import {
  ADMISSION_STAGES,
  admissionAgeProblem,
  recognitionDue,
  recognitionProblem,
  reminderFrom,
} from './admission.ts';
import { memberDatesProblem } from './member-rules.ts';

describe('admission', () => {
  it('has the nine stages of the reference in order', () => {
    expect(ADMISSION_STAGES[0]).toBe('course');
    expect(ADMISSION_STAGES.at(-1)).toBe('decision');
    expect(ADMISSION_STAGES).toHaveLength(9);
  });
  it('age from a full 18 to a full 60 years, counted in months', () => {
    expect(admissionAgeProblem('2008-03-10', '2026-03-09')).toMatch(/Chưa đủ 18/);
    expect(admissionAgeProblem('2008-03-10', '2026-03-10')).toBeNull();
    expect(admissionAgeProblem('1966-03-10', '2026-03-10')).toBeNull();
    expect(admissionAgeProblem('1966-03-10', '2026-04-09')).toBeNull();
    expect(admissionAgeProblem('1966-03-10', '2026-04-10')).toMatch(/quá 60/);
  });
  it('probation of 12 months, reminder 30 days before', () => {
    expect(recognitionDue('2025-05-19')).toBe('2026-05-19');
    expect(reminderFrom('2025-05-19')).toBe('2026-04-19');
    expect(recognitionProblem('2025-05-19', '2026-05-18')).toMatch(/12 tháng/);
    expect(recognitionProblem('2025-05-19', '2026-05-19')).toBeNull();
  });
  it('record dates: admission age, order, future', () => {
    const today = '2026-01-01';
    expect(memberDatesProblem({ birthDate: '1990-01-01', admittedOn: '2015-01-01' }, today)).toBeNull();
    expect(memberDatesProblem({ birthDate: '2000-01-01', admittedOn: '2015-01-01' }, today)).toMatch(/18/);
    expect(
      memberDatesProblem(
        { birthDate: '1990-01-01', admittedOn: '2015-01-01', officialOn: '2014-01-01' },
        today,
      ),
    ).toMatch(/sau ngày vào Đảng/);
    expect(memberDatesProblem({ birthDate: '1990-01-01', admittedOn: '2027-01-01' }, today)).toMatch(
      /tương lai/,
    );
  });
});
