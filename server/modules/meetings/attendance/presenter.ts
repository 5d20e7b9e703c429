// JSON shapes of the register: a meeting's attendance, the members absent without reason in a year,
// the unit's yearly register and one member's year (for the annual rating).
import { z } from '@hono/zod-openapi';
import { ATTENDANCE_LABELS, ATTENDANCE_STATUSES, MEETING_KINDS } from '../../../../domain/meetings/labels.ts';
import { type AttendanceCounts, attendanceCounts } from '../../../../domain/meetings/rules.ts';
import type { EntryRow } from './queries.ts';

const int = () => z.number().int();
const date = () => z.string().openapi({ format: 'date' });

export const AttendanceEntry = z
  .object({
    memberId: int(),
    fullName: z.string(),
    /** A full member (chính thức) on the meeting day. */
    official: z.boolean(),
    /** Null: on the rolls that day, not marked yet. */
    status: z.enum(ATTENDANCE_STATUSES).nullable(),
    statusLabel: z.string().nullable(),
    reason: z.string().nullable(),
  })
  .openapi('MeetingAttendanceEntry');
export type AttendanceEntry = z.infer<typeof AttendanceEntry>;

export const AttendanceCountsJson = z
  .object({
    total: int(),
    present: int(),
    absentExcused: int(),
    absent: int(),
    exempt: int(),
    elsewhere: int(),
    expected: int(),
    rate: z.number().nullable(),
  })
  .openapi('MeetingAttendanceCounts');

export const MeetingAttendance = z
  .object({
    meetingId: int(),
    /** Those marked, then (for staff) the others on the rolls that day, by name. */
    items: z.array(AttendanceEntry),
    counts: AttendanceCountsJson,
  })
  .openapi('MeetingAttendance');
export type MeetingAttendance = z.infer<typeof MeetingAttendance>;

export function presentEntry(r: EntryRow): AttendanceEntry {
  return {
    memberId: Number(r.member_id),
    fullName: r.member_name,
    official: r.official,
    status: r.status,
    statusLabel: r.status ? ATTENDANCE_LABELS[r.status] : null,
    reason: r.reason,
  };
}

export function presentAttendance(meetingId: number, entries: readonly EntryRow[]): MeetingAttendance {
  const counts: AttendanceCounts = attendanceCounts(entries.flatMap((e) => (e.status ? [e.status] : [])));
  return { meetingId, items: entries.map(presentEntry), counts };
}

export const AbsenceList = z
  .object({
    orgId: int(),
    year: int(),
    /** The rule in force at the end of the year (or today): the months, its source. */
    months: int(),
    source: z.string(),
    items: z.array(
      z.object({
        memberId: int(),
        fullName: z.string(),
        /** How many months of the year with an absence without reason from a regular meeting. */
        absentMonths: int(),
        months: z.array(int()),
      }),
    ),
  })
  .openapi('MeetingAbsences');
export type AbsenceList = z.infer<typeof AbsenceList>;

export const AttendanceRegister = z
  .object({
    orgId: int(),
    orgName: z.string(),
    year: int(),
    meetings: z.array(
      z.object({
        id: int(),
        meetingOn: date(),
        kind: z.enum(MEETING_KINDS),
        combined: z.boolean(),
        title: z.string(),
      }),
    ),
    members: z.array(
      z.object({
        memberId: int(),
        fullName: z.string(),
        /** One per meeting of `meetings`, in order: the status, or null when not on that register. */
        marks: z.array(z.enum(ATTENDANCE_STATUSES).nullable()),
        present: int(),
        absentExcused: int(),
        absent: int(),
      }),
    ),
  })
  .openapi('MeetingAttendanceRegister');
export type AttendanceRegister = z.infer<typeof AttendanceRegister>;

export const MemberMeetingYear = z
  .object({
    memberId: int(),
    year: int(),
    meetings: int(),
    present: int(),
    absentExcused: int(),
    absent: int(),
    exempt: int(),
    elsewhere: int(),
    /** Months with an absence without reason from a regular meeting. */
    absentMonths: z.array(int()),
    /** The rule (months in a year) in force, and whether the member has reached it. */
    removalMonths: int(),
    removalSource: z.string(),
    reachesRemoval: z.boolean(),
  })
  .openapi('MemberMeetingYear');
export type MemberMeetingYear = z.infer<typeof MemberMeetingYear>;
