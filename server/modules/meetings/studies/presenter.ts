// JSON shapes of study sessions: the heading (with its counts), the list, the page (attendance, make-ups,
// reflections, what the reader may do), and the rows of the attendance list.
import {
  EXPECTED_BASES,
  REFLECTION_GRADES,
  STUDY_ATTENDANCE,
  STUDY_ATTENDANCE_LABELS,
  STUDY_MODE_LABELS,
  STUDY_MODES,
  STUDY_STATE_LABELS,
  STUDY_STATES,
  type StudyState,
} from '../../../../domain/studies/labels.ts';
import { vnDayOf } from '../../../../domain/studies/schemas.ts';
import { z } from '../../../../domain/validation.ts';
import { toIso } from '../../../db/sql.ts';
import type { AttendeeRow, SessionRow } from './queries.ts';

const int = z.number().int();

export const StudyCounts = z
  .object({
    expected: int,
    present: int,
    absentExcused: int,
    absent: int,
    /** Expected members whose attendance is not taken yet. */
    unrecorded: int,
    /** Absent here, present at one of the make-up sessions (counted as studied). */
    madeUp: int,
    /** Expected members who have studied neither here nor at a make-up. */
    notStudied: int,
    reflections: int,
    marked: int,
    passed: int,
  })
  .openapi('StudyCounts');

export const StudySession = z
  .object({
    id: int,
    orgId: int,
    orgName: z.string(),
    secrecy: int,
    title: z.string(),
    resolution: z
      .object({ documentId: int.nullable(), ref: z.string(), title: z.string() })
      .openapi('StudyResolution'),
    mode: z.enum(STUDY_MODES),
    modeLabel: z.string(),
    startsAt: z.string(),
    endsAt: z.string().nullable(),
    place: z.string().nullable(),
    bridge: z.object({ host: z.string(), points: z.array(z.string()) }).nullable(),
    presenter: z.string().nullable(),
    /** The main session a make-up session makes up for. */
    makeupOf: int.nullable(),
    expectedBasis: z.enum(EXPECTED_BASES),
    note: z.string().nullable(),
    createdByName: z.string().nullable(),
    createdAt: z.string().nullable(),
    makeups: int,
    counts: StudyCounts,
  })
  .openapi('StudySession');
export type StudySession = z.infer<typeof StudySession>;

export function presentSession(r: SessionRow): StudySession {
  const main = r.makeup_of === null;
  const studied = r.present + (main ? r.made_up : 0);
  return {
    id: r.id,
    orgId: r.owner_org_id,
    orgName: r.org_name,
    secrecy: r.secrecy,
    title: r.title,
    resolution: {
      documentId: r.document_id === null ? null : Number(r.document_id),
      ref: r.resolution_ref,
      title: r.resolution_title,
    },
    mode: r.mode,
    modeLabel: STUDY_MODE_LABELS[r.mode],
    startsAt: toIso(r.starts_at) ?? '',
    endsAt: toIso(r.ends_at),
    place: r.place,
    bridge: r.bridge_host === null ? null : { host: r.bridge_host, points: r.bridge_points ?? [] },
    presenter: r.presenter,
    makeupOf: r.makeup_of,
    expectedBasis: r.expected_basis,
    note: r.note,
    createdByName: r.created_by_name,
    createdAt: toIso(r.created_at),
    makeups: r.makeups,
    counts: {
      expected: r.expected,
      present: r.present,
      absentExcused: r.absent_excused,
      absent: r.absent,
      unrecorded: r.expected - r.present - r.absent_excused - r.absent,
      madeUp: main ? r.made_up : 0,
      notStudied: r.expected - studied,
      reflections: r.reflections,
      marked: r.marked,
      passed: r.passed,
    },
  };
}

/** The Vietnam calendar day a session starts on. */
export const vnDayOfSession = (s: Pick<StudySession, 'startsAt'>): string => vnDayOf(s.startsAt);

export const StudySessionList = z.object({ items: z.array(StudySession) }).openapi('StudySessionList');
export type StudySessionList = z.infer<typeof StudySessionList>;

/** The newest reflection of a member, as the attendance list shows it. */
export const StudyReflectionBrief = z
  .object({
    id: int,
    version: int,
    name: z.string(),
    submittedAt: z.string().nullable(),
    grade: z.enum(REFLECTION_GRADES).nullable(),
    gradeLabel: z.string().nullable(),
    score: z.number().nullable(),
    comment: z.string().nullable(),
    url: z.string(),
  })
  .openapi('StudyReflectionBrief');
export type StudyReflectionBrief = z.infer<typeof StudyReflectionBrief>;

export const StudyAttendee = z
  .object({
    memberId: int,
    fullName: z.string(),
    orgId: int,
    orgName: z.string(),
    status: z.enum(STUDY_ATTENDANCE).nullable(),
    statusLabel: z.string().nullable(),
    reason: z.string().nullable(),
    point: z.string().nullable(),
    checkedAt: z.string().nullable(),
    checkedByName: z.string().nullable(),
    /** The make-up session where the member studied, if absent here. */
    madeUpIn: int.nullable(),
    madeUpAt: z.string().nullable(),
    state: z.enum(STUDY_STATES),
    stateLabel: z.string(),
    reflection: StudyReflectionBrief.nullable(),
    /** Whether the reader may take this member's attendance and mark the reflection. */
    canCheck: z.boolean(),
  })
  .openapi('StudyAttendee');
export type StudyAttendee = z.infer<typeof StudyAttendee>;

export function stateOf(r: Pick<AttendeeRow, 'status' | 'made_up_in'>): StudyState {
  if (r.status === 'present') return 'studied';
  return r.made_up_in !== null ? 'made_up' : 'not_studied';
}

export function presentAttendee(
  r: AttendeeRow,
  reflection: StudyReflectionBrief | null,
  canCheck: boolean,
): StudyAttendee {
  const state = stateOf(r);
  return {
    memberId: r.member_id,
    fullName: r.member_name,
    orgId: r.member_org_id,
    orgName: r.member_org_name,
    status: r.status,
    statusLabel: r.status ? STUDY_ATTENDANCE_LABELS[r.status] : null,
    reason: r.reason,
    point: r.point,
    checkedAt: toIso(r.checked_at),
    checkedByName: r.checked_by_name,
    madeUpIn: r.made_up_in,
    madeUpAt: toIso(r.made_up_at),
    state,
    stateLabel: STUDY_STATE_LABELS[state],
    reflection,
    canCheck,
  };
}

export const StudySessionDetail = StudySession.extend({
  /** The main session, for a make-up session. */
  main: z.union([StudySession, z.null()]),
  makeupSessions: z.array(StudySession),
  /** The expected members the reader may see: all for the organisers, a point its own, a member itself. */
  attendees: z.array(StudyAttendee),
  /** The reader's own row, when the reader is an expected member. */
  mine: z.union([StudyAttendee, z.null()]),
  can: z.object({
    /** Edit, delete, open a make-up session, open the action programme. */
    manage: z.boolean(),
    /** Take attendance (of some members at least) and mark their reflections. */
    check: z.boolean(),
    /** Submit one's own reflection. */
    reflect: z.boolean(),
  }),
}).openapi('StudySessionDetail');
export type StudySessionDetail = z.infer<typeof StudySessionDetail>;
