// Congresses and elections: kinds and states with their Vietnamese labels (docs/congresses.md).

export const ELECTION_KINDS = ['election', 'nomination'] as const;
export type ElectionKind = (typeof ELECTION_KINDS)[number];
export const ELECTION_KIND_LABELS: Record<ElectionKind, string> = {
  election: 'Bầu cử',
  nomination: 'Phiếu giới thiệu',
};

export const ELECTION_STATUSES = ['counting', 'closed', 'submitted', 'approved'] as const;
export type ElectionStatus = (typeof ELECTION_STATUSES)[number];
export const ELECTION_STATUS_LABELS: Record<ElectionStatus, string> = {
  counting: 'Đang kiểm phiếu',
  closed: 'Đã kết thúc kiểm phiếu',
  submitted: 'Đã trình cấp trên chuẩn y',
  approved: 'Đã được chuẩn y',
};

/** Steps a congress timetable usually has (offered by the form; each gets its own deadline). */
export const MILESTONE_SUGGESTIONS = [
  'Xây dựng dự thảo báo cáo chính trị',
  'Kiểm điểm của cấp ủy',
  'Xây dựng đề án nhân sự',
  'Xin ý kiến cấp ủy cấp trên về văn kiện và nhân sự',
  'Hội nghị phiếu giới thiệu nhân sự',
  'Thẩm tra tư cách đại biểu',
  'Tổ chức đại hội',
  'Trình chuẩn y kết quả bầu cử',
  'Nộp hồ sơ đại hội',
] as const;

/** The congress's papers, each versioned with comments. */
export const DOCUMENT_KINDS = [
  'political_report',
  'self_review',
  'draft_resolution',
  'personnel_plan',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];
export const DOCUMENT_KIND_LABELS: Record<DocumentKind, string> = {
  political_report: 'Báo cáo chính trị',
  self_review: 'Báo cáo kiểm điểm của cấp ủy',
  draft_resolution: 'Dự thảo nghị quyết đại hội',
  personnel_plan: 'Đề án nhân sự',
};
