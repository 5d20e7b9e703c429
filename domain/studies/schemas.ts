// Request bodies and queries of the study sessions API (server routes and web forms validate with the
// same schemas). Times are Vietnam local ("2026-03-05T08:00") unless they carry an offset.
import { isValidIsoDate } from '../dates.ts';
import { resolutionInput } from '../resolution.ts';
import { id, idParam, isoDate, level, optionalText, text, z } from '../validation.ts';
import { REFLECTION_GRADES, STUDY_ATTENDANCE, STUDY_MODES } from './labels.ts';

const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?$/;

/** A date and time: local to Vietnam without an offset, or any ISO instant with one. */
export const dateTime = z
  .string()
  .regex(DATE_TIME, { message: 'phải là ngày giờ dạng YYYY-MM-DDTHH:mm' })
  .refine((s) => isValidIsoDate(s.slice(0, 10)), { message: 'không phải ngày có thật' });

/** The instant a date-time names, as ISO UTC (a time without offset is Vietnam time, UTC+7). */
export function instantOf(s: string): string {
  const withOffset = /(Z|[+-]\d{2}:\d{2})$/.test(s) ? s : `${s.length === 16 ? `${s}:00` : s}+07:00`;
  return new Date(withOffset).toISOString();
}

/** The Vietnam calendar day of an instant. */
export function vnDayOf(instant: string): string {
  return new Date(new Date(instant).getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}

/** Video bridge: the host point and the connected points (điểm cầu chính, điểm cầu kết nối). */
export const bridgeInput = z.object({
  host: text(300),
  points: z.array(text(300)).max(500).default([]),
});

export const createStudyBody = z.object({
  orgId: id,
  resolution: resolutionInput,
  /** Defaults to "Học tập, quán triệt <the text>". */
  title: optionalText(500),
  mode: z.enum(STUDY_MODES),
  startsAt: dateTime,
  endsAt: dateTime.optional(),
  place: optionalText(300),
  bridge: bridgeInput.optional(),
  /** Who presents the text (báo cáo viên). */
  presenter: optionalText(300),
  /** A chosen list instead of every member of the unit and its subtree on the day. */
  memberIds: z.array(id).min(1).max(5000).optional(),
  secrecy: level.optional(),
  note: optionalText(2000),
});
export type CreateStudyBody = z.infer<typeof createStudyBody>;

export const updateStudyBody = z.object({
  title: text(500).optional(),
  mode: z.enum(STUDY_MODES).optional(),
  startsAt: dateTime.optional(),
  endsAt: dateTime.nullable().optional(),
  place: text(300, 0).nullable().optional(),
  bridge: bridgeInput.nullable().optional(),
  presenter: text(300, 0).nullable().optional(),
  note: text(2000, 0).nullable().optional(),
});

/** A make-up session (học bù) for the members of a session who have not studied yet. */
export const createMakeupBody = z.object({
  title: optionalText(500),
  mode: z.enum(STUDY_MODES),
  startsAt: dateTime,
  endsAt: dateTime.optional(),
  place: optionalText(300),
  bridge: bridgeInput.optional(),
  presenter: optionalText(300),
  /** Some of those who have not studied; all of them when omitted. */
  memberIds: z.array(id).min(1).max(5000).optional(),
  note: optionalText(2000),
});

export const attendanceBody = z.object({
  entries: z
    .array(
      z.object({
        memberId: id,
        status: z.enum(STUDY_ATTENDANCE),
        reason: optionalText(500),
        /** Video: the point where the member followed the session. */
        point: optionalText(300),
      }),
    )
    .min(1)
    .max(5000),
});

/** One decimal at most: 7.5 or 8, not 7.25. */
const score = z
  .number()
  .min(0)
  .max(10)
  .refine((n) => Math.abs(n * 10 - Math.round(n * 10)) < 1e-9, { message: 'chỉ lấy một chữ số thập phân' });

export const markBody = z.object({
  grade: z.enum(REFLECTION_GRADES),
  score: score.nullable().optional(),
  comment: optionalText(2000),
});

export const studyListQuery = z.object({
  orgId: idParam.optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  q: text(200, 0).optional(),
  /** Make-up sessions too (default: the main sessions only, each with its make-ups counted). */
  makeups: z.enum(['true', 'false']).optional(),
});

export const studyStatsQuery = z.object({
  orgId: idParam,
  from: isoDate.optional(),
  to: isoDate.optional(),
  /** A resolution's symbol or title: only the sessions on it. */
  resolution: text(200).optional(),
});

/**
 * Opening the unit's action programme for the studied text. When the committee above has approved
 * its own, the unit's starts from it (its period and items, to be concretised); otherwise `endsOn`
 * is required and `startsOn` defaults to the session's day.
 */
export const actionProgramBody = z.object({
  title: optionalText(500),
  startsOn: isoDate.optional(),
  endsOn: isoDate.optional(),
});
