// The credentials check of a delegate (thẩm tra tư cách đại biểu), as pure rules: on the unit's roll
// on the congress day, a full (chính thức) member — a probationary member may not stand or vote
// (Điều lệ Đảng, Điều 5) — and no discipline in the months before the congress the rule names.

export interface CredentialFacts {
  onRoll: boolean;
  official: boolean;
  /** Discipline decisions in the window before the congress. */
  disciplines: readonly { formLabel: string; decidedOn: string }[];
  months: number;
}

/** The problems found, in Vietnamese; none when the delegate passes. */
export function credentialProblems(f: CredentialFacts, formatDate: (iso: string) => string): string[] {
  if (!f.onRoll) return ['Không có tên trong danh sách đảng viên của đơn vị vào ngày đại hội.'];
  const out: string[] = [];
  if (!f.official) out.push('Đảng viên dự bị: không có quyền ứng cử, bầu cử (Điều lệ Đảng, Điều 5).');
  for (const d of f.disciplines)
    out.push(
      `Bị kỷ luật ${d.formLabel.toLowerCase()} ngày ${formatDate(d.decidedOn)} (trong ${f.months} tháng trước đại hội).`,
    );
  return out;
}

/** The same day `months` months earlier (the last day of a shorter month). */
export function monthsBefore(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) - months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}
