// JSON shapes of a meeting: the plan with its state and warnings (lists, the create answer), and the
// whole record (detail): the rules it is judged by, the register, votes, files, minutes, resolution,
// the tasks brought back from the previous resolution and the quality score.
import { z } from '@hono/zod-openapi';
import {
  MEETING_KIND_LABELS,
  MEETING_KINDS,
  MEETING_STATUS_LABELS,
  MEETING_STATUSES,
  MEETING_WARNINGS,
} from '../../../domain/meetings/labels.ts';
import type { Warning } from '../../../domain/meetings/rules.ts';
import { toIso } from '../../db/sql.ts';
import { MeetingAttendance } from './attendance/presenter.ts';
import { MeetingFile } from './files/presenter.ts';
import type { MeetingRow } from './queries.ts';
import type { MeetingRuleValues } from './record.ts';
import { CarryOver, MeetingMinutes, MeetingResolution } from './resolution/presenter.ts';
import { MeetingVote } from './votes/presenter.ts';

const int = () => z.number().int();
const date = () => z.string().openapi({ format: 'date' });

export const MeetingWarningJson = z
  .object({ code: z.enum(MEETING_WARNINGS), message: z.string() })
  .openapi('MeetingWarning');

export const MeetingJson = z
  .object({
    id: int(),
    orgId: int(),
    orgName: z.string(),
    secrecy: int(),
    kind: z.enum(MEETING_KINDS),
    kindLabel: z.string(),
    /** The regular and the thematic meeting held together (counts as both). */
    combined: z.boolean(),
    title: z.string(),
    topic: z.string().nullable(),
    startsAt: z.string(),
    endsAt: z.string().nullable(),
    /** The day in Vietnam. */
    meetingOn: date(),
    place: z.string().nullable(),
    videoLink: z.string().nullable(),
    chairMemberId: int().nullable(),
    chairName: z.string().nullable(),
    secretaryMemberId: int().nullable(),
    secretaryName: z.string().nullable(),
    agenda: z.string().nullable(),
    status: z.enum(MEETING_STATUSES),
    statusLabel: z.string(),
    notifiedAt: z.string().nullable(),
    minutesAt: z.string().nullable(),
    resolutionSymbol: z.string().nullable(),
    reportedAt: z.string().nullable(),
    cancelReason: z.string().nullable(),
    qualityTotal: int().nullable(),
    qualityGrade: z.string().nullable(),
    /** Materials posted for the meeting. */
    materials: int(),
    warnings: z.array(MeetingWarningJson),
    /** What the account may do: plan, notify, register, vote, minutes, files, score / resolve, report. */
    can: z.object({ manage: z.boolean(), resolve: z.boolean() }),
    createdByName: z.string().nullable(),
    createdAt: z.string().nullable(),
  })
  .openapi('Meeting');
export type MeetingJson = z.infer<typeof MeetingJson>;

export const MeetingList = z
  .object({ items: z.array(MeetingJson), nextCursor: z.string().nullable() })
  .openapi('MeetingList');
export type MeetingList = z.infer<typeof MeetingList>;

const RuleRef = { versionId: int(), source: z.string(), effectiveFrom: date() };

export const MeetingRules = z
  .object({
    duration: z.object({ ...RuleRef, single: int(), combined: int(), requiredMinutes: int() }),
    documentsLeadDays: z.object({ ...RuleRef, days: int() }),
    reportDays: z.object({ ...RuleRef, days: int() }),
    quality: z.object({
      ...RuleRef,
      criteria: z.array(z.object({ code: z.string(), label: z.string(), maxPoints: int() })),
      grades: z.array(z.object({ code: z.string(), label: z.string(), minPoints: int() })),
    }),
  })
  .openapi('MeetingRules');
export type MeetingRules = z.infer<typeof MeetingRules>;

export const MeetingQuality = z
  .object({
    meetingId: int(),
    /** The criteria version the meeting keeps. */
    versionId: int(),
    lines: z.array(
      z.object({ code: z.string(), label: z.string(), maxPoints: int(), points: int().nullable() }),
    ),
    total: int().nullable(),
    grade: z.string().nullable(),
    gradeLabel: z.string().nullable(),
    scoredAt: z.string().nullable(),
  })
  .openapi('MeetingQuality');
export type MeetingQuality = z.infer<typeof MeetingQuality>;

export const MeetingDetail = MeetingJson.extend({
  rules: MeetingRules,
  attendance: MeetingAttendance,
  votes: z.array(MeetingVote),
  files: z.array(MeetingFile),
  minutes: MeetingMinutes,
  resolution: MeetingResolution,
  /** The unfinished tasks of the unit's previous resolution (on the agenda of this meeting). */
  carryOver: CarryOver.or(z.null()),
  quality: MeetingQuality,
}).openapi('MeetingDetail');
export type MeetingDetail = z.infer<typeof MeetingDetail>;

/** An instant as ISO (the plan's times are never null). */
export const iso = (v: string | Date) => toIso(v) as string;

export function presentMeeting(
  r: MeetingRow,
  warnings: readonly Warning[],
  can: { manage: boolean; resolve: boolean },
): MeetingJson {
  return {
    id: Number(r.id),
    orgId: Number(r.org_id),
    orgName: r.org_name,
    secrecy: r.secrecy,
    kind: r.kind,
    kindLabel: r.combined ? 'Thường kỳ kết hợp chuyên đề' : MEETING_KIND_LABELS[r.kind],
    combined: r.combined,
    title: r.title,
    topic: r.topic,
    startsAt: iso(r.starts_at),
    endsAt: toIso(r.ends_at),
    meetingOn: r.meeting_on,
    place: r.place,
    videoLink: r.video_link,
    chairMemberId: r.chair_member_id,
    chairName: r.chair_name,
    secretaryMemberId: r.secretary_member_id,
    secretaryName: r.secretary_name,
    agenda: r.agenda,
    status: r.status,
    statusLabel: MEETING_STATUS_LABELS[r.status],
    notifiedAt: toIso(r.notified_at),
    minutesAt: toIso(r.minutes_at),
    resolutionSymbol: r.resolution_symbol,
    reportedAt: toIso(r.reported_at),
    cancelReason: r.cancel_reason,
    qualityTotal: r.quality_total,
    qualityGrade: r.quality_grade,
    materials: Number(r.materials),
    warnings: [...warnings],
    can,
    createdByName: r.created_by_name,
    createdAt: toIso(r.created_at),
  };
}

/** The rules a meeting is judged by, from the versions it keeps. */
export function presentRules(r: MeetingRuleValues, combined: boolean): MeetingRules {
  const ref = (v: { versionId: number; source: string; effectiveFrom: string }) => ({
    versionId: v.versionId,
    source: v.source,
    effectiveFrom: v.effectiveFrom,
  });
  return {
    duration: {
      ...ref(r.duration),
      single: r.duration.value.single,
      combined: r.duration.value.combined,
      requiredMinutes: combined ? r.duration.value.combined : r.duration.value.single,
    },
    documentsLeadDays: { ...ref(r.documents), days: r.documents.value },
    reportDays: { ...ref(r.report), days: r.report.value },
    quality: { ...ref(r.quality), criteria: r.quality.value.criteria, grades: r.quality.value.grades },
  };
}

/** The score against the criteria version the meeting keeps (points null until scored). */
export function presentQuality(row: MeetingRow, quality: MeetingRuleValues['quality']): MeetingQuality {
  const scores = row.quality_scores ?? {};
  const grade = quality.value.grades.find((g) => g.code === row.quality_grade);
  return {
    meetingId: Number(row.id),
    versionId: quality.versionId,
    lines: quality.value.criteria.map((c) => ({
      code: c.code,
      label: c.label,
      maxPoints: c.maxPoints,
      points: row.quality_scores && c.code in scores ? (scores[c.code] as number) : null,
    })),
    total: row.quality_total,
    grade: row.quality_grade,
    gradeLabel: grade?.label ?? null,
    scoredAt: toIso(row.quality_at),
  };
}

export const MeetingNotice = z
  .object({
    /** Accounts told: the unit's members and people, the committee above. */
    notified: int(),
    meeting: MeetingDetail,
  })
  .openapi('MeetingNotice');
export type MeetingNotice = z.infer<typeof MeetingNotice>;
