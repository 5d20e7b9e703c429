// Study sessions (học tập, quán triệt nghị quyết, chỉ thị): their modes, the attendance marks, what a
// member's study of a text comes to, and the marks of a written reflection (bài thu hoạch), with their
// Vietnamese names. Rules and sources: docs/studies.md.

export const STUDY_MODES = ['in_person', 'video'] as const;
export type StudyMode = (typeof STUDY_MODES)[number];
export const STUDY_MODE_LABELS: Record<StudyMode, string> = {
  in_person: 'Trực tiếp',
  video: 'Trực tuyến (truyền hình nhiều điểm cầu)',
};

/** Attendance of one expected member: present, absent with a reason, absent without one. */
export const STUDY_ATTENDANCE = ['present', 'absent_excused', 'absent'] as const;
export type StudyAttendance = (typeof STUDY_ATTENDANCE)[number];
export const STUDY_ATTENDANCE_LABELS: Record<StudyAttendance, string> = {
  present: 'Có mặt',
  absent_excused: 'Vắng có lý do',
  absent: 'Vắng không lý do',
};

/**
 * What a member's study of the text comes to: present at the session, present at one of its make-up
 * sessions (học bù: counts as studied), or not yet.
 */
export const STUDY_STATES = ['studied', 'made_up', 'not_studied'] as const;
export type StudyState = (typeof STUDY_STATES)[number];
export const STUDY_STATE_LABELS: Record<StudyState, string> = {
  studied: 'Đã học',
  made_up: 'Đã học bù',
  not_studied: 'Chưa học',
};

/**
 * The mark of a bài thu hoạch: Đạt or Chưa đạt, chosen by the marker (a Chưa đạt reflection is
 * written again and marked again); an optional score out of 10 for the places that also score.
 */
export const REFLECTION_GRADES = ['dat', 'chua_dat'] as const;
export type ReflectionGrade = (typeof REFLECTION_GRADES)[number];
export const REFLECTION_GRADE_LABELS: Record<ReflectionGrade, string> = {
  dat: 'Đạt',
  chua_dat: 'Chưa đạt',
};

/** Who is expected at a session: the unit's members and its subtree's, a chosen list, or a make-up's absentees. */
export const EXPECTED_BASES = ['unit', 'chosen', 'makeup'] as const;
export type ExpectedBasis = (typeof EXPECTED_BASES)[number];
export const EXPECTED_BASIS_LABELS: Record<ExpectedBasis, string> = {
  unit: 'Toàn bộ đảng viên của đơn vị và các đơn vị trực thuộc',
  chosen: 'Danh sách chọn',
  makeup: 'Những đảng viên chưa học của buổi chính',
};
