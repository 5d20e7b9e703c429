// Vietnamese labels of inspection and supervision: kinds of case, stages, issuers of programmes.
export const CASE_KINDS = ['violation', 'supervision_thematic', 'supervision_regular', 'complaint'] as const;
export type CaseKind = (typeof CASE_KINDS)[number];

export const CASE_KIND_LABELS: Record<CaseKind, string> = {
  violation: 'Kiểm tra khi có dấu hiệu vi phạm',
  supervision_thematic: 'Giám sát chuyên đề',
  supervision_regular: 'Giám sát thường xuyên',
  complaint: 'Giải quyết tố cáo',
};

export const STAGES = ['preparation', 'conduct', 'conclusion', 'closed'] as const;
export type Stage = (typeof STAGES)[number];

export const STAGE_LABELS: Record<Stage, string> = {
  preparation: 'Chuẩn bị',
  conduct: 'Tiến hành',
  conclusion: 'Kết luận',
  closed: 'Đã kết thúc',
};

/** The next stage of a case (the three stages, then closed), or null after closing. */
export function nextStage(s: Stage): Stage | null {
  const i = STAGES.indexOf(s);
  return STAGES[i + 1] ?? null;
}

export const ISSUERS = ['committee', 'inspection_committee', 'chi_bo'] as const;
export type Issuer = (typeof ISSUERS)[number];
export const ISSUER_LABELS: Record<Issuer, string> = {
  committee: 'Cấp ủy',
  inspection_committee: 'Ủy ban kiểm tra',
  chi_bo: 'Chi bộ',
};

/** How an appeal against a discipline decision was settled. */
export const APPEAL_OUTCOMES = ['upheld', 'changed', 'annulled'] as const;
export type AppealOutcome = (typeof APPEAL_OUTCOMES)[number];
export const APPEAL_OUTCOME_LABELS: Record<AppealOutcome, string> = {
  upheld: 'Giữ nguyên quyết định',
  changed: 'Thay đổi hình thức kỷ luật',
  annulled: 'Hủy quyết định kỷ luật',
};
