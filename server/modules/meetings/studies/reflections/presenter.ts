// JSON shapes of written reflections: one submission with its mark, a member's versions, and the
// member's own view of the sessions it is expected at.
import { REFLECTION_GRADE_LABELS, REFLECTION_GRADES } from '../../../../../domain/studies/labels.ts';
import { z } from '../../../../../domain/validation.ts';
import { toIso } from '../../../../db/sql.ts';
import { StudyAttendee, type StudyReflectionBrief, StudySession } from '../presenter.ts';
import type { ReflectionRow } from './queries.ts';

const int = z.number().int();

export const StudyReflection = z
  .object({
    id: int,
    sessionId: int,
    memberId: int,
    version: int,
    name: z.string(),
    mime: z.string(),
    size: int,
    sha256: z.string(),
    /** Characters of text read from the file (0 for a scan). */
    textChars: int,
    submittedByName: z.string().nullable(),
    submittedAt: z.string().nullable(),
    grade: z.enum(REFLECTION_GRADES).nullable(),
    gradeLabel: z.string().nullable(),
    score: z.number().nullable(),
    comment: z.string().nullable(),
    markedByName: z.string().nullable(),
    markedAt: z.string().nullable(),
    url: z.string(),
  })
  .openapi('StudyReflection');
export type StudyReflection = z.infer<typeof StudyReflection>;

const urlOf = (r: ReflectionRow) => `/api/studies/${r.session_id}/reflections/${r.id}/file`;

export function presentReflection(r: ReflectionRow): StudyReflection {
  return {
    id: r.id,
    sessionId: r.session_id,
    memberId: r.member_id,
    version: r.version,
    name: r.name,
    mime: r.mime,
    size: Number(r.size),
    sha256: r.sha256,
    textChars: r.text_chars,
    submittedByName: r.submitted_by_name,
    submittedAt: toIso(r.submitted_at),
    grade: r.grade,
    gradeLabel: r.grade ? REFLECTION_GRADE_LABELS[r.grade] : null,
    score: r.score === null ? null : Number(r.score),
    comment: r.comment,
    markedByName: r.marked_by_name,
    markedAt: toIso(r.marked_at),
    url: urlOf(r),
  };
}

export function presentBrief(r: ReflectionRow): StudyReflectionBrief {
  return {
    id: r.id,
    version: r.version,
    name: r.name,
    submittedAt: toIso(r.submitted_at),
    grade: r.grade,
    gradeLabel: r.grade ? REFLECTION_GRADE_LABELS[r.grade] : null,
    score: r.score === null ? null : Number(r.score),
    comment: r.comment,
    url: urlOf(r),
  };
}

export const StudyReflectionList = z
  .object({ items: z.array(StudyReflection) })
  .openapi('StudyReflectionList');
export type StudyReflectionList = z.infer<typeof StudyReflectionList>;

/** A session as the member expected at it sees it: the session, its own row, what it may still do. */
export const MyStudy = z
  .object({
    session: StudySession,
    mine: StudyAttendee,
    /** A reflection may be submitted: none yet, not marked yet, or marked Chưa đạt. */
    canSubmit: z.boolean(),
  })
  .openapi('MyStudy');
export type MyStudy = z.infer<typeof MyStudy>;

export const MyStudyList = z
  .object({
    /** False when the account is not linked to a member's record (nothing to show). */
    linked: z.boolean(),
    items: z.array(MyStudy),
  })
  .openapi('MyStudyList');
export type MyStudyList = z.infer<typeof MyStudyList>;
