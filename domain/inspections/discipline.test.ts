import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formAllowed, limitationEnds, limitationExpired, MEMBER_FORMS, ORG_FORMS } from './discipline.ts';

const years = { khien_trach: 5, canh_cao: 10, cach_chuc: 10 };

describe('discipline rules', () => {
  it('counts 5 years for khiển trách, 10 for cảnh cáo and cách chức, none for khai trừ', () => {
    expect(limitationEnds('khien_trach', '2020-02-29', years)).toBe('2025-02-28');
    expect(limitationEnds('canh_cao', '2015-06-01', years)).toBe('2025-06-01');
    expect(limitationEnds('khai_tru', '1990-01-01', years)).toBeNull();
    expect(limitationExpired('khien_trach', '2015-01-01', '2020-01-01', years)).toBe(false);
    expect(limitationExpired('khien_trach', '2015-01-01', '2020-01-02', years)).toBe(true);
  });

  it('gives probationary members only khiển trách or cảnh cáo', () => {
    expect(MEMBER_FORMS.filter((f) => formAllowed('du_bi', f))).toEqual(['khien_trach', 'canh_cao']);
    expect(MEMBER_FORMS.every((f) => formAllowed('chinh_thuc', f))).toBe(true);
  });

  it('a heavier form never expires before a lighter one', () => {
    const day = fc
      .integer({ min: 0, max: 20000 })
      .map((n) => new Date(Date.UTC(1980, 0, 1) + n * 86400000).toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, day, (a, b) => {
        const [v, d] = a <= b ? [a, b] : [b, a];
        const light = limitationExpired('khien_trach', v, d, years);
        const heavy = limitationExpired('canh_cao', v, d, years);
        return !heavy || light;
      }),
    );
  });
});

describe('discipline of organisations', () => {
  const orgYears = { khien_trach: 5, canh_cao: 10 };

  it('has the three forms of an organisation and giải tán never expires', () => {
    expect([...ORG_FORMS]).toEqual(['khien_trach', 'canh_cao', 'giai_tan']);
    expect(limitationEnds('khien_trach', '2020-02-29', orgYears)).toBe('2025-02-28');
    expect(limitationEnds('canh_cao', '2015-01-01', orgYears)).toBe('2025-01-01');
    expect(limitationEnds('giai_tan', '1990-01-01', orgYears)).toBeNull();
    expect(limitationExpired('giai_tan', '1950-01-01', '2030-01-01', orgYears)).toBe(false);
    expect(limitationExpired('khien_trach', '2015-01-01', '2020-01-01', orgYears)).toBe(false);
    expect(limitationExpired('khien_trach', '2015-01-01', '2020-01-02', orgYears)).toBe(true);
  });

  it('a decision within the period is never expired; one past the end always is', () => {
    const day = fc
      .integer({ min: 0, max: 20000 })
      .map((n) => new Date(Date.UTC(1980, 0, 1) + n * 86400000).toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, fc.constantFrom('khien_trach' as const, 'canh_cao' as const), (v, form) => {
        const end = limitationEnds(form, v, orgYears) as string;
        return !limitationExpired(form, v, end, orgYears) && end > v;
      }),
    );
  });
});
