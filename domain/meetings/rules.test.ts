import { describe, expect, it } from 'vitest';
import { RULES } from '../rules/catalog.ts';
import {
  absentMonths,
  attendanceCounts,
  meetingWarnings,
  qualityResult,
  unitGaps,
  voteBase,
  votePassed,
  type WarningInput,
} from './rules.ts';
import { parseMeetingTime, vnDay } from './time.ts';

const rules = { duration: { single: 90, combined: 120 }, documentsLeadDays: 1, reportDays: 2 };
const base: WarningInput = {
  startsAt: '2026-09-10T12:30:00.000Z',
  endsAt: '2026-09-10T14:30:00.000Z',
  combined: false,
  status: 'reported',
  meetingOn: '2026-09-10',
  materials: 1,
  lastMaterialAt: '2026-09-08T12:00:00.000Z',
  reportedAt: '2026-09-11T03:00:00.000Z',
  rules,
};
const codes = (m: WarningInput, now = new Date('2026-09-20T00:00:00Z')) =>
  meetingWarnings(m, now).map((w) => w.code);

describe('the warnings of a meeting', () => {
  it('none when it lasted long enough, the documents came in time and it was reported in time', () => {
    expect(codes(base)).toEqual([]);
  });

  it('too short: under 90 minutes, or under 120 when regular and thematic are held together', () => {
    expect(codes({ ...base, endsAt: '2026-09-10T13:59:00.000Z' })).toEqual(['too_short']);
    expect(codes({ ...base, endsAt: '2026-09-10T14:00:00.000Z' })).toEqual([]);
    expect(codes({ ...base, combined: true, endsAt: '2026-09-10T14:29:00.000Z' })).toEqual(['too_short']);
    expect(codes({ ...base, combined: true })).toEqual([]);
  });

  it('documents posted less than a day before are late; none posted once the day before has come is missing', () => {
    expect(codes({ ...base, lastMaterialAt: '2026-09-09T12:30:00.000Z' })).toEqual([]);
    expect(codes({ ...base, lastMaterialAt: '2026-09-09T12:31:00.000Z' })).toEqual(['documents_late']);
    const none = { ...base, materials: 0, lastMaterialAt: null };
    expect(codes(none)).toEqual(['documents_missing']);
    expect(codes({ ...none, status: 'planned', reportedAt: null }, new Date('2026-09-01T00:00:00Z'))).toEqual(
      [],
    );
  });

  it('the report is late after the rule’s days, or missing once they are over; a cancelled meeting warns of nothing', () => {
    expect(codes({ ...base, reportedAt: '2026-09-12T16:59:00.000Z' })).toEqual([]);
    expect(codes({ ...base, reportedAt: '2026-09-12T17:00:00.000Z' })).toEqual(['report_late']);
    expect(codes({ ...base, reportedAt: null })).toEqual(['report_late']);
    expect(codes({ ...base, reportedAt: null }, new Date('2026-09-12T10:00:00Z'))).toEqual([]);
    expect(
      codes({ ...base, status: 'cancelled', endsAt: '2026-09-10T12:40:00.000Z', reportedAt: null }),
    ).toEqual([]);
  });
});

describe('months and quarters without the meetings asked for', () => {
  const frequencyOn = () => ({ regularPerMonth: 1, thematicPerQuarter: 1 });
  const regular = (m: number) => ({
    meetingOn: `2026-${String(m).padStart(2, '0')}-10`,
    kind: 'regular' as const,
    combined: false,
  });

  it('judges only the periods over and wholly in the unit’s life; a combined meeting counts as both', () => {
    const gaps = unitGaps({
      year: 2026,
      activeFrom: '2026-02-01',
      activeTo: null,
      today: '2026-12-07',
      meetings: [
        regular(2),
        regular(3),
        { meetingOn: '2026-05-10', kind: 'regular', combined: true },
        { meetingOn: '2026-08-20', kind: 'thematic', combined: false },
        regular(9),
        regular(11),
      ],
      frequencyOn,
    });
    // January is before the unit; December is not over; quarter 1 began before the unit.
    expect(gaps.monthsWithoutRegular).toEqual([4, 6, 7, 8, 10]);
    expect(gaps.quartersWithoutThematic).toEqual([]);
    const later = unitGaps({
      year: 2026,
      activeFrom: '2020-01-01',
      activeTo: null,
      today: '2027-01-05',
      meetings: [],
      frequencyOn,
    });
    expect(later.monthsWithoutRegular).toHaveLength(12);
    expect(later.quartersWithoutThematic).toEqual([1, 2, 3, 4]);
  });
});

describe('votes', () => {
  it('count against the full members minus the exempt, and pass with more than half', () => {
    expect(voteBase(4, 1)).toBe(3);
    expect(votePassed(2, 3)).toBe(true);
    expect(votePassed(2, 4)).toBe(false);
    expect(votePassed(3, 4)).toBe(true);
    expect(votePassed(0, 0)).toBe(false);
  });
});

describe('attendance', () => {
  it('counts those expected (present or absent), not the exempt or those attending elsewhere', () => {
    const c = attendanceCounts(['present', 'present', 'absent', 'absent_excused', 'exempt', 'elsewhere']);
    expect(c).toMatchObject({
      total: 6,
      present: 2,
      absent: 1,
      absentExcused: 1,
      exempt: 1,
      elsewhere: 1,
      expected: 4,
    });
    expect(c.rate).toBe(0.5);
    expect(attendanceCounts(['exempt']).rate).toBeNull();
  });

  it('the months absent without reason count regular and combined meetings only, each month once', () => {
    expect(
      absentMonths([
        { meetingOn: '2026-01-10', kind: 'regular', combined: false, status: 'absent' },
        { meetingOn: '2026-01-20', kind: 'regular', combined: false, status: 'absent' },
        { meetingOn: '2026-02-20', kind: 'thematic', combined: false, status: 'absent' },
        { meetingOn: '2026-03-10', kind: 'thematic', combined: true, status: 'absent' },
        { meetingOn: '2026-04-10', kind: 'regular', combined: false, status: 'absent_excused' },
      ]),
    ).toEqual([1, 3]);
  });
});

describe('the quality score', () => {
  const sheet = RULES['meetings.quality'].defaultValue;
  const all = (points: Partial<Record<string, number>>) =>
    sheet.criteria.map((c) => ({ code: c.code, points: points[c.code] ?? c.maxPoints }));

  it('sums every criterion and grades by the thresholds (Tốt ≥ 90, Khá ≥ 70, Trung bình ≥ 50, Kém)', () => {
    const full = qualityResult(sheet, all({}));
    expect(full).toMatchObject({ ok: true, total: 100, grade: { code: 'tot' } });
    expect(qualityResult(sheet, all({ follow_up: 20 }))).toMatchObject({ total: 90, grade: { code: 'tot' } });
    expect(qualityResult(sheet, all({ follow_up: 19 }))).toMatchObject({ total: 89, grade: { code: 'kha' } });
    expect(qualityResult(sheet, all({ conduct: 10, follow_up: 10 }))).toMatchObject({
      total: 50,
      grade: { code: 'trung_binh' },
    });
    expect(qualityResult(sheet, all({ conduct: 0, follow_up: 10 }))).toMatchObject({
      grade: { code: 'kem' },
    });
  });

  it('refuses a missing, unknown, repeated or out-of-range criterion, in Vietnamese', () => {
    const problem = (scores: { code: string; points: number }[]) => {
      const r = qualityResult(sheet, scores);
      return r.ok ? null : r.problem;
    };
    expect(problem(all({}).slice(1))).toBe('Chưa chấm tiêu chí «Thời gian sinh hoạt».');
    expect(problem([...all({}), { code: 'extra', points: 1 }])).toContain('Không có tiêu chí «extra»');
    expect(problem([...all({}), { code: 'time', points: 1 }])).toContain('chấm hai lần');
    expect(problem(all({ time: 6 }))).toBe('Tiêu chí «Thời gian sinh hoạt»: điểm phải từ 0 đến 5.');
  });
});

describe('meeting times', () => {
  it('reads Vietnam’s time without an offset and counts the day in Vietnam', () => {
    expect(parseMeetingTime('2026-09-10T19:30')).toBe('2026-09-10T12:30:00.000Z');
    expect(parseMeetingTime('2026-09-10T19:30:00Z')).toBe('2026-09-10T19:30:00.000Z');
    expect(parseMeetingTime('2026-02-30T08:00')).toBeNull();
    expect(parseMeetingTime('10/09/2026')).toBeNull();
    expect(vnDay('2026-09-10T17:30:00.000Z')).toBe('2026-09-11');
  });
});
