// The award check (thi đua, khen thưởng): a proposal for a member or a unit is measured against the
// criteria in force (a versioned rule, domain/rules/inspections.ts) and against discipline; every
// criterion not met is named. Pure: the ratings, the discipline and the party age come in.
import { formatDateVi } from '../dates.ts';
import { inForceWithin, limitationEnds } from '../inspections/discipline.ts';
import { RATING_LABELS, type RatingCategory } from '../members/rating.ts';
import type { AwardYears, OrgDisciplineAwardYears } from '../rules/inspections.ts';

export const AWARD_KINDS = ['giay_khen', 'bang_khen', 'co_thi_dua', 'ky_niem_chuong'] as const;
export type AwardKind = (typeof AWARD_KINDS)[number];

export const AWARD_LABELS: Record<AwardKind, string> = {
  giay_khen: 'Giấy khen',
  bang_khen: 'Bằng khen',
  co_thi_dua: 'Cờ thi đua',
  ky_niem_chuong: 'Kỷ niệm chương',
};

export const PROPOSAL_STATUSES = ['refused', 'submitted', 'approved', 'rejected', 'decided'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];
export const PROPOSAL_STATUS_LABELS: Record<ProposalStatus, string> = {
  refused: 'Không đủ tiêu chuẩn',
  submitted: 'Chờ Hội đồng xét',
  approved: 'Hội đồng đề nghị khen thưởng',
  rejected: 'Hội đồng không đề nghị',
  decided: 'Đã có quyết định khen thưởng',
};

export interface Failure {
  code: 'excellent_years' | 'discipline' | 'party_age' | 'collective_only' | 'individual_only';
  message: string;
}

export interface Candidate {
  kind: AwardKind;
  year: number;
  /** A member (individual) or a unit (collective). */
  subject: 'member' | 'org';
  /** The final rating of each year (the decided grade when there is one). */
  ratings: ReadonlyMap<number, RatingCategory | null>;
  /**
   * Discipline decisions in the years counted: a member's decided in them; a unit's in force in them
   * (`until`: the last day in force, null for good — see orgDisciplineInForce).
   */
  discipline: readonly { formLabel: string; decidedOn: string; until?: string | null }[];
  partyAgeYears?: number | undefined;
}

/** The years a criterion counts: the `years` years up to and including `year`. */
export function yearsCounted(kind: AwardKind, year: number, rule: AwardYears): [number, number] {
  const n = kind === 'ky_niem_chuong' ? 1 : rule[kind];
  return [year - n + 1, year];
}

export function checkAward(c: Candidate, rule: AwardYears): Failure[] {
  const out: Failure[] = [];
  if (c.kind === 'co_thi_dua' && c.subject === 'member') {
    out.push({ code: 'collective_only', message: 'Cờ thi đua chỉ xét tặng tập thể.' });
  }
  if (c.kind === 'ky_niem_chuong') {
    if (c.subject === 'org') {
      out.push({ code: 'individual_only', message: 'Kỷ niệm chương chỉ xét tặng cá nhân.' });
    } else if ((c.partyAgeYears ?? 0) < rule.ky_niem_chuong) {
      out.push({
        code: 'party_age',
        message: `Chưa đủ ${rule.ky_niem_chuong} năm tuổi Đảng (mới ${c.partyAgeYears ?? 0} năm).`,
      });
    }
  } else {
    const [from, to] = yearsCounted(c.kind, c.year, rule);
    const short: string[] = [];
    for (let y = from; y <= to; y++) {
      const r = c.ratings.get(y) ?? null;
      if (r !== 'xuat_sac') short.push(`năm ${y}: ${r ? RATING_LABELS[r].toLowerCase() : 'chưa xếp loại'}`);
    }
    if (short.length > 0) {
      const n = to - from + 1;
      out.push({
        code: 'excellent_years',
        message: `Chưa đủ tiêu chuẩn «hoàn thành xuất sắc nhiệm vụ ${n} năm liền» (${from}–${to}): ${short.join('; ')}.`,
      });
    }
  }
  for (const d of c.discipline) {
    if (c.subject === 'org') {
      const term = d.until ? `còn hiệu lực đến ngày ${formatDateVi(d.until)}` : 'không có thời hạn';
      out.push({
        code: 'discipline',
        message: `Tổ chức đảng bị kỷ luật ${d.formLabel.toLowerCase()} ngày ${formatDateVi(d.decidedOn)} (${term}): tổ chức đảng đang thi hành kỷ luật không được khen thưởng trong những năm xét.`,
      });
    } else {
      out.push({
        code: 'discipline',
        message: `Bị kỷ luật ${d.formLabel.toLowerCase()} ngày ${formatDateVi(d.decidedOn)}: đảng viên bị kỷ luật không được khen thưởng trong năm xét.`,
      });
    }
  }
  return out;
}

/**
 * An organisation's decisions in force in the years [from, to] a criterion counts: each stays in force
 * from its day for the years the rule gives its form (giải tán: for good), so one decided before the
 * first year may still block, and one whose term ended before it does not.
 */
export function orgDisciplineInForce(
  decisions: readonly { form: string; formLabel: string; decidedOn: string }[],
  from: number,
  to: number,
  years: OrgDisciplineAwardYears,
): { formLabel: string; decidedOn: string; until: string | null }[] {
  return decisions
    .filter((d) => inForceWithin(d.form, d.decidedOn, `${from}-01-01`, `${to}-12-31`, years))
    .map((d) => ({
      formLabel: d.formLabel,
      decidedOn: d.decidedOn,
      until: limitationEnds(d.form, d.decidedOn, years),
    }));
}
