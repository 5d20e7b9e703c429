// The register (điểm danh): who of the unit's rolls on the meeting day was present, absent with or
// without a reason, exempt, or attending elsewhere for a while; the members absent without reason
// from regular meetings in 3 or more months of a year (Điều lệ Đảng, Điều 8 khoản 3: grounds to
// consider removing them from the rolls — the number of months is a rule version); the unit's yearly
// register (JSON and Excel); and one member's year, which the annual rating reads.
import { formatDateVi, todayVn } from '../../../../domain/dates.ts';
import {
  ATTENDANCE_LABELS,
  ATTENDANCE_MARKS,
  ATTENDANCE_STATUSES,
} from '../../../../domain/meetings/labels.ts';
import { absentMonths } from '../../../../domain/meetings/rules.ts';
import type { attendanceBody } from '../../../../domain/meetings/schemas.ts';
import type { z } from '../../../../domain/validation.ts';
import type { RequestCtx } from '../../../auth/actor.ts';
import { authorize, authorizeWho } from '../../../auth/authorize.ts';
import { scopeUnitIds, unitInScope } from '../../../auth/scope.ts';
import type { Db } from '../../../db/client.ts';
import { type Deps, transact } from '../../../deps.ts';
import { RuleError } from '../../../http/errors.ts';
import { recordAudit } from '../../audit/service.ts';
import { rollOn } from '../../members/transfers/service.ts';
import { ruleInForce } from '../../rules/service.ts';
import type { MeetingRow } from '../queries.ts';
import { canOf, managedMeeting, requireNotIn, visibleCondition, visibleMeeting } from '../record.ts';
import { fileName, sheetXlsx } from '../xlsx.ts';
import {
  type AbsenceList,
  type AttendanceRegister,
  type MeetingAttendance,
  type MemberMeetingYear,
  presentAttendance,
} from './presenter.ts';
import * as q from './queries.ts';

/** The day a year's rule is read on: its last day, or today while the year is running. */
function yearRuleDay(year: number): string {
  const today = todayVn();
  const last = `${year}-12-31`;
  return last < today ? last : today < `${year}-01-01` ? `${year}-01-01` : today;
}

/**
 * A meeting's register as the account may see it: the entries, and for those who keep it the others
 * on the unit's rolls that day (not marked yet), by name.
 */
export async function registerFor(db: Db, ctx: RequestCtx, row: MeetingRow): Promise<MeetingAttendance> {
  const actor = authorize(ctx, 'meeting.read');
  const marked = await q.entries(db, row.id);
  if (!canOf(actor, row).manage) return presentAttendance(row.id, marked);
  const seen = new Set(marked.map((e) => Number(e.member_id)));
  const others: q.EntryRow[] = (await rollOn(db, ctx, { orgId: row.org_id, on: row.meeting_on }))
    .filter((m) => !seen.has(m.memberId))
    .map((m) => ({
      member_id: m.memberId,
      member_name: m.fullName,
      member_sort_key: m.sortKey,
      official: m.official,
      status: null,
      reason: null,
    }));
  const all = [...marked, ...others].sort((a, b) =>
    a.member_sort_key === b.member_sort_key
      ? a.member_id - b.member_id
      : a.member_sort_key < b.member_sort_key
        ? -1
        : 1,
  );
  return presentAttendance(row.id, all);
}

export async function attendanceOf(
  deps: Deps,
  ctx: RequestCtx,
  meetingId: number,
): Promise<MeetingAttendance> {
  const actor = authorize(ctx, 'meeting.read');
  const db = deps.database.db;
  return registerFor(db, ctx, await visibleMeeting(db, ctx, actor, meetingId));
}

/**
 * The register becomes the given entries (members of the unit's rolls on the meeting day only: 422
 * `not_on_roll` otherwise, nothing changed). Names and whether each was a full member are kept as
 * they were that day.
 */
export async function setAttendance(
  deps: Deps,
  ctx: RequestCtx,
  meetingId: number,
  input: z.infer<typeof attendanceBody>,
): Promise<MeetingAttendance> {
  const actor = authorize(ctx, 'meeting.manage');
  return transact(deps, async (tx) => {
    const row = await managedMeeting(tx, actor, meetingId);
    requireNotIn(row, ['cancelled'], 'điểm danh');
    const roll = new Map(
      (await rollOn(tx, ctx, { orgId: row.org_id, on: row.meeting_on })).map((m) => [m.memberId, m]),
    );
    const strangers = input.entries.filter((e) => !roll.has(e.memberId)).map((e) => e.memberId);
    if (strangers.length > 0) {
      throw new RuleError(
        'not_on_roll',
        `Đảng viên (mã ${strangers.slice(0, 10).join(', ')}) không có tên trong danh sách ${row.org_name} ngày ${formatDateVi(row.meeting_on)}.`,
        { memberIds: strangers },
      );
    }
    const before = presentAttendance(row.id, await q.entries(tx, row.id)).counts;
    await q.replaceEntries(
      tx,
      row.id,
      input.entries.map((e) => {
        const m = roll.get(e.memberId) as NonNullable<ReturnType<typeof roll.get>>;
        return {
          memberId: e.memberId,
          name: m.fullName,
          sortKey: m.sortKey,
          official: m.official,
          status: e.status,
          reason: e.reason || null,
        };
      }),
    );
    const after = await registerFor(tx, ctx, row);
    await recordAudit(tx, ctx, {
      action: 'meeting.attendance',
      entity: 'meeting',
      entityId: row.id,
      orgId: row.org_id,
      before,
      after: { counts: after.counts, entries: input.entries },
    });
    return after;
  });
}

/** Members absent without reason from regular meetings of the unit (and below) in N+ months of a year. */
export async function absences(
  deps: Deps,
  ctx: RequestCtx,
  f: { orgId: number; year: number },
): Promise<AbsenceList> {
  const actor = authorize(ctx, 'meeting.manage');
  const db = deps.database.db;
  const unit = await unitInScope(db, actor, f.orgId);
  const [units, rule, allowed] = await Promise.all([
    scopeUnitIds(db, actor, unit.id),
    ruleInForce(db, ctx, 'meetings.absence_months', yearRuleDay(f.year)),
    visibleCondition(db, ctx, actor),
  ]);
  const found = await q.absences(db, allowed, units, f.year, rule.value);
  return {
    orgId: unit.id,
    year: f.year,
    months: rule.value,
    source: rule.source,
    items: found.map((r) => {
      const months = [...(r.months ?? [])].map(Number).sort((a, b) => a - b);
      return { memberId: Number(r.member_id), fullName: r.member_name, absentMonths: months.length, months };
    }),
  };
}

/**
 * One member's meetings of a year, for the annual rating (members area), inside its transaction:
 * how many, present, absent, and whether the months absent without reason reach the rule.
 */
export async function memberYear(
  db: Db,
  ctx: RequestCtx,
  f: { memberId: number; year: number; quarter?: number | undefined },
): Promise<MemberMeetingYear> {
  authorizeWho(ctx, 'meeting.read');
  const [all, rule] = await Promise.all([
    q.memberYear(db, f.memberId, f.year),
    ruleInForce(db, ctx, 'meetings.absence_months', yearRuleDay(f.year)),
  ]);
  // A quarter's review counts the meetings of its three months only.
  const quarter = f.quarter ?? 0;
  const marks =
    quarter === 0 ? all : all.filter((m) => Math.ceil(Number(m.meeting_on.slice(5, 7)) / 3) === quarter);
  const n = (s: string) => marks.filter((m) => m.status === s).length;
  const months = absentMonths(
    marks.map((m) => ({ meetingOn: m.meeting_on, kind: m.kind, combined: m.combined, status: m.status })),
  );
  return {
    memberId: f.memberId,
    year: f.year,
    meetings: marks.length,
    present: n('present'),
    absentExcused: n('absent_excused'),
    absent: n('absent'),
    exempt: n('exempt'),
    elsewhere: n('elsewhere'),
    absentMonths: months,
    removalMonths: rule.value,
    removalSource: rule.source,
    reachesRemoval: months.length >= rule.value,
  };
}

/** The unit's register of a year: its meetings (not cancelled) × the members they name. */
export async function register(
  deps: Deps,
  ctx: RequestCtx,
  f: { orgId: number; year: number },
): Promise<AttendanceRegister> {
  const actor = authorize(ctx, 'meeting.manage');
  const db = deps.database.db;
  const unit = await unitInScope(db, actor, f.orgId);
  const found = await q.register(db, await visibleCondition(db, ctx, actor), unit.id, f.year);
  const meetings: AttendanceRegister['meetings'] = [];
  const people = new Map<number, { name: string; key: string; marks: Map<number, string> }>();
  for (const r of found) {
    const id = Number(r.meeting_id);
    if (!meetings.some((m) => m.id === id))
      meetings.push({ id, meetingOn: r.meeting_on, kind: r.kind, combined: r.combined, title: r.title });
    if (r.member_id === null || r.status === null) continue;
    const p = people.get(Number(r.member_id)) ?? {
      name: r.member_name ?? '',
      key: r.member_sort_key ?? '',
      marks: new Map(),
    };
    // The name as last recorded (the rows come by date).
    p.name = r.member_name ?? p.name;
    p.key = r.member_sort_key ?? p.key;
    p.marks.set(id, r.status);
    people.set(Number(r.member_id), p);
  }
  const members = [...people.entries()]
    .sort(([ia, a], [ib, b]) => (a.key === b.key ? ia - ib : a.key < b.key ? -1 : 1))
    .map(([memberId, p]) => {
      const marks = meetings.map(
        (m) => (p.marks.get(m.id) ?? null) as AttendanceRegister['members'][number]['marks'][number],
      );
      const count = (s: string) => marks.filter((x) => x === s).length;
      return {
        memberId,
        fullName: p.name,
        marks,
        present: count('present'),
        absentExcused: count('absent_excused'),
        absent: count('absent'),
      };
    });
  return { orgId: unit.id, orgName: unit.name, year: f.year, meetings, members };
}

/** The yearly register as Excel: a column per meeting with the marks C, P, V, M, T and the totals. */
export async function registerXlsx(deps: Deps, ctx: RequestCtx, f: { orgId: number; year: number }) {
  authorize(ctx, 'meeting.manage');
  const reg = await register(deps, ctx, f);
  const legend = ATTENDANCE_STATUSES.map(
    (s) => `${ATTENDANCE_MARKS[s]}: ${ATTENDANCE_LABELS[s].toLocaleLowerCase('vi')}`,
  ).join('; ');
  const body = await sheetXlsx({
    name: `Sổ sinh hoạt ${f.year}`,
    caption: [`SỔ THEO DÕI SINH HOẠT CHI BỘ NĂM ${f.year}`, reg.orgName, legend],
    columns: [
      { header: 'STT', width: 6 },
      { header: 'Họ và tên', width: 28 },
      ...reg.meetings.map((m) => ({
        header: `${formatDateVi(m.meetingOn).slice(0, 5)}${m.kind === 'thematic' || m.combined ? ' (CĐ)' : ''}`,
        width: 9,
      })),
      { header: 'Có mặt', width: 9 },
      { header: 'Vắng có lý do', width: 10 },
      { header: 'Vắng không lý do', width: 11 },
    ],
    rows: reg.members.map((m, i) => [
      i + 1,
      m.fullName,
      ...m.marks.map((s) => (s ? ATTENDANCE_MARKS[s] : '')),
      m.present,
      m.absentExcused,
      m.absent,
    ]),
  });
  return { name: fileName(`Sổ theo dõi sinh hoạt ${f.year} - ${reg.orgName}`, 'xlsx'), body };
}
