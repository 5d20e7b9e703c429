// The rules of chi bộ meetings as pure functions (docs/meetings.md): the minimum duration, documents
// posted in time, the report to the committee above in time, the months and quarters without the
// meetings the regulation asks for, the quality score, the attendance figures and a vote. Their
// numbers are rule versions (domain/rules/catalog.ts) that the caller passes in.
import { addDays, formatDateTimeVi, formatDateVi } from '../dates.ts';
import type { QualitySheet } from '../rules/catalog.ts';
import type { AttendanceStatus, MeetingKind, MeetingStatus, MeetingWarning } from './labels.ts';
import { minutesBetween, vnDay } from './time.ts';

export interface DurationRule {
  single: number;
  combined: number;
}
export interface FrequencyRule {
  regularPerMonth: number;
  thematicPerQuarter: number;
}

/** The minimum a meeting must last: longer when the regular and the thematic meeting are held together. */
export function requiredMinutes(rule: DurationRule, combined: boolean): number {
  return combined ? rule.combined : rule.single;
}

export interface WarningInput {
  startsAt: string;
  endsAt: string | null;
  combined: boolean;
  status: MeetingStatus;
  meetingOn: string;
  /** The materials posted for the meeting: how many, and when the last one was. */
  materials: number;
  lastMaterialAt: string | null;
  reportedAt: string | null;
  rules: { duration: DurationRule; documentsLeadDays: number; reportDays: number };
}

export interface Warning {
  code: MeetingWarning;
  message: string;
}

/** The warnings of one meeting at `now` (none for a cancelled one). */
export function meetingWarnings(m: WarningInput, now: Date = new Date()): Warning[] {
  if (m.status === 'cancelled') return [];
  const out: Warning[] = [];
  const need = requiredMinutes(m.rules.duration, m.combined);
  if (m.endsAt) {
    const minutes = minutesBetween(m.startsAt, m.endsAt);
    if (minutes < need) {
      out.push({
        code: 'too_short',
        message: `Cuộc sinh hoạt ${minutes} phút, ít hơn ${need} phút theo quy định${m.combined ? ' khi sinh hoạt thường kỳ kết hợp chuyên đề' : ''}.`,
      });
    }
  }
  const lead = m.rules.documentsLeadDays;
  const deadline = new Date(new Date(m.startsAt).getTime() - lead * 86_400_000);
  const rule = lead > 0 ? `trước giờ họp ít nhất ${lead} ngày` : 'trước giờ họp';
  if (m.lastMaterialAt && new Date(m.lastMaterialAt) > deadline) {
    out.push({
      code: 'documents_late',
      message: `Tài liệu sinh hoạt đăng lúc ${formatDateTimeVi(m.lastMaterialAt)}, muộn so với quy định (${rule}).`,
    });
  } else if (m.materials === 0 && now > deadline) {
    out.push({ code: 'documents_missing', message: `Chưa đăng tài liệu sinh hoạt (quy định: ${rule}).` });
  }
  const reportBy = addDays(m.meetingOn, m.rules.reportDays);
  if (m.reportedAt) {
    if (vnDay(m.reportedAt) > reportBy) {
      out.push({
        code: 'report_late',
        message: `Báo cáo cấp ủy cấp trên ngày ${formatDateVi(vnDay(m.reportedAt))}, quá hạn ${formatDateVi(reportBy)}.`,
      });
    }
  } else if (vnDay(now.toISOString()) > reportBy) {
    out.push({
      code: 'report_late',
      message: `Chưa báo cáo nghị quyết lên cấp ủy cấp trên (hạn ${formatDateVi(reportBy)}).`,
    });
  }
  return out;
}

export interface DatedMeeting {
  meetingOn: string;
  kind: MeetingKind;
  combined: boolean;
}

const pad = (n: number) => String(n).padStart(2, '0');
const monthStart = (year: number, month: number) => `${year}-${pad(month)}-01`;
/** The last day of a month (1–12). */
function monthEnd(year: number, month: number): string {
  return addDays(month === 12 ? `${year + 1}-01-01` : monthStart(year, month + 1), -1);
}
const isRegular = (m: DatedMeeting) => m.kind === 'regular' || m.combined;
const isThematic = (m: DatedMeeting) => m.kind === 'thematic' || m.combined;

export interface GapInput {
  year: number;
  /** The unit's life: only periods wholly inside it, and over before `today`, are judged. */
  activeFrom: string;
  activeTo: string | null;
  today: string;
  meetings: readonly DatedMeeting[];
  /** The frequency rule in force on a period's first day. */
  frequencyOn: (day: string) => FrequencyRule;
}

/** The months with too few regular meetings and the quarters with too few thematic ones. */
export function unitGaps(g: GapInput): { monthsWithoutRegular: number[]; quartersWithoutThematic: number[] } {
  const judged = (from: string, to: string) =>
    from >= g.activeFrom && to < g.today && (g.activeTo === null || to < g.activeTo);
  const count = (from: string, to: string, pick: (m: DatedMeeting) => boolean) =>
    g.meetings.filter((m) => m.meetingOn >= from && m.meetingOn <= to && pick(m)).length;
  const months: number[] = [];
  for (let month = 1; month <= 12; month++) {
    const from = monthStart(g.year, month);
    const to = monthEnd(g.year, month);
    if (!judged(from, to)) continue;
    if (count(from, to, isRegular) < g.frequencyOn(from).regularPerMonth) months.push(month);
  }
  const quarters: number[] = [];
  for (let q = 1; q <= 4; q++) {
    const from = monthStart(g.year, q * 3 - 2);
    const to = monthEnd(g.year, q * 3);
    if (!judged(from, to)) continue;
    if (count(from, to, isThematic) < g.frequencyOn(from).thematicPerQuarter) quarters.push(q);
  }
  return { monthsWithoutRegular: months, quartersWithoutThematic: quarters };
}

export interface QualityLine {
  code: string;
  label: string;
  maxPoints: number;
  points: number;
}

export type QualityResult =
  | { ok: true; lines: QualityLine[]; total: number; grade: { code: string; label: string } }
  | { ok: false; problem: string };

/** The score of a meeting against a version of the criteria: every criterion once, within its maximum. */
export function qualityResult(
  sheet: QualitySheet,
  scores: readonly { code: string; points: number }[],
): QualityResult {
  const given = new Map<string, number>();
  for (const s of scores) {
    if (given.has(s.code)) return { ok: false, problem: `Tiêu chí «${s.code}» được chấm hai lần.` };
    given.set(s.code, s.points);
  }
  const unknown = [...given.keys()].filter((c) => !sheet.criteria.some((x) => x.code === c));
  if (unknown.length)
    return {
      ok: false,
      problem: `Không có tiêu chí «${unknown.join('», «')}» trong bộ tiêu chí của cuộc họp.`,
    };
  const lines: QualityLine[] = [];
  for (const c of sheet.criteria) {
    const points = given.get(c.code);
    if (points === undefined) return { ok: false, problem: `Chưa chấm tiêu chí «${c.label}».` };
    if (!Number.isInteger(points) || points < 0 || points > c.maxPoints)
      return { ok: false, problem: `Tiêu chí «${c.label}»: điểm phải từ 0 đến ${c.maxPoints}.` };
    lines.push({ code: c.code, label: c.label, maxPoints: c.maxPoints, points });
  }
  const total = lines.reduce((a, l) => a + l.points, 0);
  const grade = [...sheet.grades].sort((a, b) => b.minPoints - a.minPoints).find((x) => total >= x.minPoints);
  if (!grade) return { ok: false, problem: 'Bộ tiêu chí không có mức xếp loại cho số điểm này.' };
  return { ok: true, lines, total, grade: { code: grade.code, label: grade.label } };
}

export interface AttendanceCounts {
  total: number;
  present: number;
  absentExcused: number;
  absent: number;
  exempt: number;
  elsewhere: number;
  /** Those expected here: present or absent (the exempt and those attending elsewhere are not). */
  expected: number;
  /** present ÷ expected, or null when nobody was expected. */
  rate: number | null;
}

export function attendanceCounts(statuses: readonly AttendanceStatus[]): AttendanceCounts {
  const n = (s: AttendanceStatus) => statuses.filter((x) => x === s).length;
  const present = n('present');
  const absentExcused = n('absent_excused');
  const absent = n('absent');
  const expected = present + absentExcused + absent;
  return {
    total: statuses.length,
    present,
    absentExcused,
    absent,
    exempt: n('exempt'),
    elsewhere: n('elsewhere'),
    expected,
    rate: expected === 0 ? null : present / expected,
  };
}

/**
 * A vote counts against its base: the full members of the unit on the meeting day minus those of them
 * exempt from meetings; it passes with more than half of the base.
 */
export function voteBase(fullMembers: number, exemptFullMembers: number): number {
  return fullMembers - exemptFullMembers;
}
export function votePassed(votesFor: number, base: number): boolean {
  return votesFor * 2 > base;
}

/** The months (1–12) in which a member was absent without reason from a regular meeting. */
export function absentMonths(
  entries: readonly { meetingOn: string; kind: MeetingKind; combined: boolean; status: AttendanceStatus }[],
): number[] {
  const months = new Set<number>();
  for (const e of entries) {
    if (e.status === 'absent' && (e.kind === 'regular' || e.combined))
      months.add(Number(e.meetingOn.slice(5, 7)));
  }
  return [...months].sort((a, b) => a - b);
}
