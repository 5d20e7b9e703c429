// Chi bộ meetings (sinh hoạt chi bộ): kinds, attendance statuses, workflow states, file kinds and
// warnings, with their Vietnamese labels (docs/meetings.md).

export const MEETING_KINDS = ['regular', 'thematic'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];
export const MEETING_KIND_LABELS: Record<MeetingKind, string> = {
  regular: 'Thường kỳ',
  thematic: 'Chuyên đề',
};

/**
 * The register: present; absent with a reason; absent without one (counts toward removal from the
 * rolls); exempt from meetings (miễn sinh hoạt: out of the base of a vote); attending elsewhere for a
 * while (sinh hoạt tạm thời nơi khác: neither present nor absent here).
 */
export const ATTENDANCE_STATUSES = ['present', 'absent_excused', 'absent', 'exempt', 'elsewhere'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];
export const ATTENDANCE_LABELS: Record<AttendanceStatus, string> = {
  present: 'Có mặt',
  absent_excused: 'Vắng có lý do',
  absent: 'Vắng không có lý do',
  exempt: 'Miễn sinh hoạt',
  elsewhere: 'Sinh hoạt tạm thời nơi khác',
};
/** One-letter marks of the yearly register (sổ theo dõi sinh hoạt). */
export const ATTENDANCE_MARKS: Record<AttendanceStatus, string> = {
  present: 'C',
  absent_excused: 'P',
  absent: 'V',
  exempt: 'M',
  elsewhere: 'T',
};

export const MEETING_STATUSES = ['planned', 'notified', 'held', 'resolved', 'reported', 'cancelled'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];
export const MEETING_STATUS_LABELS: Record<MeetingStatus, string> = {
  planned: 'Đã lên kế hoạch',
  notified: 'Đã thông báo',
  held: 'Đã họp, có biên bản',
  resolved: 'Đã ban hành nghị quyết',
  reported: 'Đã báo cáo cấp trên',
  cancelled: 'Đã hủy',
};

export const MEETING_FILE_KINDS = ['material', 'minutes', 'resolution', 'other'] as const;
export type MeetingFileKind = (typeof MEETING_FILE_KINDS)[number];
export const MEETING_FILE_KIND_LABELS: Record<MeetingFileKind, string> = {
  material: 'Tài liệu sinh hoạt',
  minutes: 'Biên bản đã ký',
  resolution: 'Nghị quyết đã ký',
  other: 'Tài liệu khác',
};

/** Warnings on one meeting, computed from the rule versions it keeps. */
export const MEETING_WARNINGS = ['too_short', 'documents_late', 'documents_missing', 'report_late'] as const;
export type MeetingWarning = (typeof MEETING_WARNINGS)[number];
