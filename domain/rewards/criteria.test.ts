import { describe, expect, it } from 'vitest';
import type { RatingCategory } from '../members/rating.ts';
import { checkAward, yearsCounted } from './criteria.ts';

const rule = { giay_khen: 1, bang_khen: 5, co_thi_dua: 5, ky_niem_chuong: 20 };
const excellent = (from: number, to: number) =>
  new Map<number, RatingCategory | null>(
    Array.from({ length: to - from + 1 }, (_, i) => [from + i, 'xuat_sac']),
  );

describe('checkAward', () => {
  it('passes five excellent years without discipline for a bằng khen', () => {
    const f = checkAward(
      { kind: 'bang_khen', year: 2025, subject: 'member', ratings: excellent(2021, 2025), discipline: [] },
      rule,
    );
    expect(f).toEqual([]);
    expect(yearsCounted('bang_khen', 2025, rule)).toEqual([2021, 2025]);
  });

  it('names the year that broke the run and the discipline', () => {
    const ratings = excellent(2021, 2025);
    ratings.set(2023, 'tot');
    const f = checkAward(
      {
        kind: 'bang_khen',
        year: 2025,
        subject: 'member',
        ratings,
        discipline: [{ formLabel: 'Cảnh cáo', decidedOn: '2025-10-20' }],
      },
      rule,
    );
    expect(f.map((x) => x.code)).toEqual(['excellent_years', 'discipline']);
    expect(f[0]?.message).toContain('năm 2023: hoàn thành tốt nhiệm vụ');
    expect(f[1]?.message).toContain('cảnh cáo ngày 20/10/2025');
  });

  it('keeps flags for collectives and medals for people with enough party age', () => {
    expect(
      checkAward(
        { kind: 'co_thi_dua', year: 2025, subject: 'member', ratings: excellent(2021, 2025), discipline: [] },
        rule,
      )[0]?.code,
    ).toBe('collective_only');
    expect(
      checkAward(
        {
          kind: 'ky_niem_chuong',
          year: 2025,
          subject: 'member',
          ratings: new Map(),
          discipline: [],
          partyAgeYears: 12,
        },
        rule,
      )[0]?.message,
    ).toContain('20 năm tuổi Đảng');
    expect(
      checkAward(
        {
          kind: 'ky_niem_chuong',
          year: 2025,
          subject: 'member',
          ratings: new Map(),
          discipline: [],
          partyAgeYears: 25,
        },
        rule,
      ),
    ).toEqual([]);
  });
});
