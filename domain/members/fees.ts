// Đảng phí (Quy định 01-QĐ/TW of 3 February 2026, docs/domain.md): the monthly amount per
// member from the rules, as data. The server computes amounts with these functions and passes the
// same numbers into SQL.

export const FEE_BASES = ['salary', 'pension', 'student', 'fixed'] as const;
export type FeeBasis = (typeof FEE_BASES)[number];

export const FEE_BASIS_LABELS: Record<FeeBasis, string> = {
  salary: 'Theo tiền lương đóng bảo hiểm xã hội',
  pension: 'Theo lương hưu',
  student: 'Học sinh, sinh viên',
  fixed: 'Mức cố định do chi bộ xác định',
};

export const FEE_RULES = {
  /** Share of the salary on which social insurance is paid. */
  salaryRate: 0.01,
  /** Share of a pension. */
  pensionRate: 0.005,
  /** Students, per month, in đồng. */
  studentMonthly: 5_000,
  /** Members with this party age or more pay nothing. */
  exemptFromPartyAgeYears: 50,
  /** Amounts are rounded to this many đồng (practice of chi bộ fee books; to be confirmed). */
  roundTo: 100,
  /** Months without paying (and without reason) that put a member on the arrears list. */
  arrearsMonths: 3,
} as const;

export interface FeeInput {
  basis: FeeBasis;
  /** Insured salary or pension (salary, pension) or the monthly amount itself (fixed), in đồng. */
  base: number | null;
  partyAgeYears: number;
}

export interface FeeAmount {
  amount: number;
  exempt: boolean;
  /** How the amount was reached, in Vietnamese, for the fee book. */
  rule: string;
}

function round(n: number): number {
  return Math.round(n / FEE_RULES.roundTo) * FEE_RULES.roundTo;
}

export function monthlyFee(f: FeeInput): FeeAmount {
  if (f.partyAgeYears >= FEE_RULES.exemptFromPartyAgeYears) {
    return { amount: 0, exempt: true, rule: `Miễn (tuổi đảng từ ${FEE_RULES.exemptFromPartyAgeYears} năm)` };
  }
  const base = Math.max(0, f.base ?? 0);
  switch (f.basis) {
    case 'salary':
      return { amount: round(base * FEE_RULES.salaryRate), exempt: false, rule: '1% tiền lương đóng BHXH' };
    case 'pension':
      return { amount: round(base * FEE_RULES.pensionRate), exempt: false, rule: '0,5% lương hưu' };
    case 'student':
      return { amount: FEE_RULES.studentMonthly, exempt: false, rule: 'Học sinh, sinh viên' };
    case 'fixed':
      return { amount: base, exempt: false, rule: 'Mức cố định' };
  }
}

/** Months owed: whole months from the month after the last one paid up to and including `throughMonth`. */
export function monthsOwed(
  lastPaidMonth: string | null,
  firstDueMonth: string,
  throughMonth: string,
): number {
  const index = (m: string) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1;
  const from = lastPaidMonth ? index(lastPaidMonth) + 1 : index(firstDueMonth);
  return Math.max(0, index(throughMonth) - from + 1);
}
