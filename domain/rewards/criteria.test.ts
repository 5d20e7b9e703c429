import { describe, expect, it } from 'vitest';
import type { RatingCategory } from '../members/rating.ts';
import { checkAward, orgDisciplineInForce, yearsCounted } from './criteria.ts';

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

describe('orgDisciplineInForce', () => {
  const years = { khien_trach: 1, canh_cao: 2 };
  const d = (form: string, decidedOn: string) => ({ form, formLabel: form, decidedOn });

  it('keeps a decision in force in the years counted, from its day for the rule’s years', () => {
    const found = orgDisciplineInForce(
      [
        d('khien_trach', '2024-03-01'), // in force to 01/03/2025: blocks 2025
        d('khien_trach', '2023-12-31'), // over on 31/12/2024
        d('canh_cao', '2023-01-01'), // in force to 01/01/2025: the first day still counts
        d('giai_tan', '1990-05-05'), // for good
        d('khien_trach', '2026-01-01'), // after the years counted
      ],
      2025,
      2025,
      years,
    );
    expect(found).toEqual([
      { formLabel: 'khien_trach', decidedOn: '2024-03-01', until: '2025-03-01' },
      { formLabel: 'canh_cao', decidedOn: '2023-01-01', until: '2025-01-01' },
      { formLabel: 'giai_tan', decidedOn: '1990-05-05', until: null },
    ]);
  });

  it('names an organisation’s discipline as a collective’s, with its term', () => {
    const f = checkAward(
      {
        kind: 'giay_khen',
        year: 2025,
        subject: 'org',
        ratings: excellent(2025, 2025),
        discipline: [{ formLabel: 'Khiển trách', decidedOn: '2025-04-02', until: '2026-04-02' }],
      },
      rule,
    );
    expect(f).toEqual([
      {
        code: 'discipline',
        message: expect.stringMatching(
          /^Tổ chức đảng bị kỷ luật khiển trách ngày 02\/04\/2025 \(còn hiệu lực đến ngày 02\/04\/2026\)/,
        ),
      },
    ]);
  });
});
