// The plan of a meeting as written: the times checked, its day in Vietnam, the chair and the
// secretary (a member of the unit's rolls that day, or a name), and the rule versions in force on
// its day — kept with it, so a later version of a rule does not rewrite it. A changed plan keeps its
// versions unless its day changes. No SQL and no role check here (the services check first).
import { formatDateVi } from '../../../domain/dates.ts';
import type { createMeetingBody, updateMeetingBody } from '../../../domain/meetings/schemas.ts';
import { vnDay } from '../../../domain/meetings/time.ts';
import type { z } from '../../../domain/validation.ts';
import type { RequestCtx } from '../../auth/actor.ts';
import type { Db } from '../../db/client.ts';
import { RuleError, ValidationError } from '../../http/errors.ts';
import { type RollMember, rollOn } from '../members/transfers/service.ts';
import { ruleInForce } from '../rules/service.ts';
import { iso } from './presenter.ts';
import type { MeetingRow, PlanWrite } from './queries.ts';

type PlanInput = z.infer<typeof createMeetingBody> | z.infer<typeof updateMeetingBody>;

/** `input[key]` when given (null clears), else the meeting's current value. */
function pick<T>(given: T | undefined, current: T): T {
  return given === undefined ? current : given;
}

function person(
  roll: ReadonlyMap<number, RollMember>,
  memberId: number | null,
  name: string | null,
  what: string,
  on: string,
): { memberId: number | null; name: string | null } {
  if (memberId === null) return { memberId: null, name: name?.trim() || null };
  const m = roll.get(memberId);
  if (!m)
    throw new RuleError(
      'not_on_roll',
      `${what}: đảng viên không có tên trong danh sách ngày ${formatDateVi(on)}.`,
    );
  return { memberId, name: m.fullName };
}

export async function planOf(
  db: Db,
  ctx: RequestCtx,
  orgId: number,
  input: PlanInput,
  row: MeetingRow | null,
): Promise<PlanWrite> {
  const startsAt = input.startsAt ?? (row ? iso(row.starts_at) : undefined);
  if (!startsAt) throw new ValidationError('Thời gian bắt đầu: bắt buộc');
  const endsAt = pick(input.endsAt, row?.ends_at ? iso(row.ends_at) : null) ?? null;
  if (endsAt !== null && endsAt <= startsAt) {
    throw new ValidationError('Thời gian kết thúc: phải sau thời gian bắt đầu', {
      fields: [{ path: 'endsAt', label: 'Thời gian kết thúc', message: 'phải sau thời gian bắt đầu' }],
    });
  }
  const meetingOn = vnDay(startsAt);
  const chairId = pick(input.chairMemberId, row?.chair_member_id ?? null) ?? null;
  const secretaryId = pick(input.secretaryMemberId, row?.secretary_member_id ?? null) ?? null;
  const roll =
    chairId !== null || secretaryId !== null
      ? new Map((await rollOn(db, ctx, { orgId, on: meetingOn })).map((m) => [m.memberId, m]))
      : new Map<number, RollMember>();
  const chair = person(
    roll,
    chairId,
    pick(input.chairName, row?.chair_name ?? null) ?? null,
    'Người chủ trì',
    meetingOn,
  );
  const secretary = person(
    roll,
    secretaryId,
    pick(input.secretaryName, row?.secretary_name ?? null) ?? null,
    'Thư ký',
    meetingOn,
  );
  const sameDay = row !== null && row.meeting_on === meetingOn;
  const rules = sameDay
    ? {
        duration: row.duration_rule_version_id,
        documents: row.documents_rule_version_id,
        report: row.report_rule_version_id,
        quality: row.quality_rule_version_id,
      }
    : {
        duration: (await ruleInForce(db, ctx, 'meetings.min_duration', meetingOn)).versionId,
        documents: (await ruleInForce(db, ctx, 'meetings.documents_lead_days', meetingOn)).versionId,
        report: (await ruleInForce(db, ctx, 'meetings.report_days', meetingOn)).versionId,
        quality: (await ruleInForce(db, ctx, 'meetings.quality', meetingOn)).versionId,
      };
  const text = (given: string | null | undefined, current: string | null) =>
    (pick(given, current) ?? '').trim() || null;
  const kind = input.kind ?? row?.kind;
  if (!kind) throw new ValidationError('Loại sinh hoạt: bắt buộc');
  return {
    kind,
    combined: pick(input.combined, row?.combined ?? false) ?? false,
    title: input.title ?? row?.title ?? '',
    topic: text(input.topic, row?.topic ?? null),
    startsAt,
    endsAt,
    meetingOn,
    place: text(input.place, row?.place ?? null),
    videoLink: text(input.videoLink, row?.video_link ?? null),
    chairMemberId: chair.memberId,
    chairName: chair.name,
    secretaryMemberId: secretary.memberId,
    secretaryName: secretary.name,
    agenda: text(input.agenda, row?.agenda ?? null),
    rules,
  };
}
