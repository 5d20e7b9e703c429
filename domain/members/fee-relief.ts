// Exemptions and reductions of party fees (Quy định 01-QĐ/TW of 3 February 2026, docs/finance.md):
// a member may be exempted, or have the fee reduced by one of the levels of the rule
// `finance.fee_relief` (30, 50 or 70%), for a period of whole months no longer than the rule allows,
// for a stated reason. The amount due in a month follows: integer đồng, reductions rounded down.

export const RELIEF_REASONS = ['poor_household', 'serious_illness', 'disaster', 'hardship', 'other'] as const;
export type ReliefReason = (typeof RELIEF_REASONS)[number];

export const RELIEF_REASON_LABELS: Record<ReliefReason, string> = {
  poor_household: 'Hộ nghèo',
  serious_illness: 'Ốm đau nặng, dài ngày',
  disaster: 'Thiên tai, hỏa hoạn, tai nạn',
  hardship: 'Hoàn cảnh khó khăn đột xuất',
  other: 'Lý do khác',
};

/** The rule's value (domain/rules/finance.ts). */
export interface ReliefRule {
  reduceLow: number;
  reduceMid: number;
  reduceHigh: number;
  maxMonths: number;
}

export interface Relief {
  /** 100 for an exemption, else the reduction in percent. */
  percent: number;
  /** `YYYY-MM`, both included. */
  from: string;
  to: string;
}

function monthIndex(m: string): number {
  return Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1;
}

export function reliefMonths(r: Pick<Relief, 'from' | 'to'>): number {
  return monthIndex(r.to) - monthIndex(r.from) + 1;
}

/** The levels a relief may take under the rule: its reductions and 100 (exemption). */
export function allowedPercents(rule: ReliefRule): number[] {
  return [rule.reduceLow, rule.reduceMid, rule.reduceHigh, 100];
}

/** Why a relief breaks the rule (Vietnamese), or null when it is allowed. */
export function reliefProblem(r: Relief, rule: ReliefRule): string | null {
  if (r.to < r.from) return 'Tháng kết thúc phải từ tháng bắt đầu trở đi.';
  const months = reliefMonths(r);
  if (months > rule.maxMonths)
    return `Mỗi lần miễn, giảm đảng phí không quá ${rule.maxMonths} tháng (đã chọn ${months} tháng).`;
  if (!allowedPercents(rule).includes(r.percent))
    return `Mức giảm phải là ${rule.reduceLow}%, ${rule.reduceMid}%, ${rule.reduceHigh}% hoặc miễn (100%).`;
  return null;
}

/** The relief covering `month` (`YYYY-MM`), if any (the first found; periods do not overlap). */
export function reliefIn<R extends Relief>(reliefs: readonly R[], month: string): R | undefined {
  return reliefs.find((r) => r.from <= month && month <= r.to);
}

/** The amount due once the relief is applied: what is left after the reduction, rounded down. */
export function dueAfterRelief(amount: number, relief: Pick<Relief, 'percent'> | undefined): number {
  if (!Number.isSafeInteger(amount) || amount < 0) throw new RangeError('amount must be whole đồng ≥ 0');
  if (!relief) return amount;
  return Number((BigInt(amount) * BigInt(100 - relief.percent)) / 100n);
}

export function reliefLabel(percent: number): string {
  return percent === 100 ? 'Miễn đảng phí' : `Giảm ${percent}%`;
}
