// The words of schemes and thematic reports (đề án, báo cáo chuyên đề): kinds, the stages of the
// chain a scheme goes through, the task force's roles and the dispositions of a comment. The chain
// is the usual one for documents of a provincial committee's leading bodies (Hướng dẫn
// 22-HD/VPTW 2017 of the Central Party Office, and each province's working rules): docs/proposals.md.

export const PROPOSAL_KINDS = ['scheme', 'thematic_report'] as const;
export type ProposalKind = (typeof PROPOSAL_KINDS)[number];

export const PROPOSAL_KIND_LABELS: Record<ProposalKind, string> = {
  scheme: 'Đề án',
  thematic_report: 'Báo cáo chuyên đề',
};

/**
 * The stages in order. The assignment (lead unit, task force, deadlines) is the creation itself; the
 * scheme then starts at its outline.
 */
export const STAGES = [
  'outline',
  'drafting',
  'consultation',
  'response',
  'appraisal',
  'submission',
  'conclusion',
  'issue',
  'follow_up',
] as const;
export type Stage = (typeof STAGES)[number];

export const STAGE_LABELS: Record<Stage, string> = {
  outline: 'Xây dựng đề cương',
  drafting: 'Dự thảo',
  consultation: 'Lấy ý kiến',
  response: 'Tổng hợp tiếp thu, giải trình',
  appraisal: 'Văn phòng thẩm định',
  submission: 'Trình (tờ trình)',
  conclusion: 'Ban Thường vụ kết luận',
  issue: 'Ban hành',
  follow_up: 'Theo dõi thực hiện',
};

/** Short forms for tags and chart axes on a phone. */
export const STAGE_SHORT: Record<Stage, string> = {
  outline: 'Đề cương',
  drafting: 'Dự thảo',
  consultation: 'Lấy ý kiến',
  response: 'Tiếp thu',
  appraisal: 'Thẩm định',
  submission: 'Đã trình',
  conclusion: 'Kết luận',
  issue: 'Ban hành',
  follow_up: 'Theo dõi',
};

export const TEAM_ROLES = ['head', 'deputy', 'member', 'secretary'] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];

export const TEAM_ROLE_LABELS: Record<TeamRole, string> = {
  head: 'Tổ trưởng',
  deputy: 'Tổ phó',
  member: 'Thành viên',
  secretary: 'Thư ký',
};

export const DISPOSITIONS = ['accepted', 'explained', 'reserved'] as const;
export type Disposition = (typeof DISPOSITIONS)[number];

export const DISPOSITION_LABELS: Record<Disposition, string> = {
  accepted: 'Tiếp thu',
  explained: 'Giải trình',
  reserved: 'Bảo lưu',
};

export const DISPOSITION_COLORS: Record<Disposition, string> = {
  accepted: 'green',
  explained: 'blue',
  reserved: 'orange',
};
