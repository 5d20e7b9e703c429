// Discipline of members (Quy định 69-QĐ/TW, amended by 264-QĐ/TW): the forms, which forms a
// probationary member may receive, the limitation period of each form (the figures are a versioned
// rule, domain/rules/inspections.ts) and the appeal deadline. Pure: no I/O.
import { addYears } from '../members/calendar.ts';
import type { LimitationYears } from '../rules/inspections.ts';

export const MEMBER_FORMS = ['khien_trach', 'canh_cao', 'cach_chuc', 'khai_tru'] as const;
export type MemberForm = (typeof MEMBER_FORMS)[number];

export const FORM_LABELS: Record<MemberForm, string> = {
  khien_trach: 'Khiển trách',
  canh_cao: 'Cảnh cáo',
  cach_chuc: 'Cách chức',
  khai_tru: 'Khai trừ',
};

/** Forms for a probationary member (đảng viên dự bị). */
export const PROBATIONARY_FORMS: readonly MemberForm[] = ['khien_trach', 'canh_cao'];

export function formAllowed(status: string, form: MemberForm): boolean {
  return status !== 'du_bi' || PROBATIONARY_FORMS.includes(form);
}

/**
 * The last day a violation committed on `violatedOn` may still be disciplined with `form`, or null
 * when the form has no limitation (khai trừ).
 */
export function limitationEnds(form: MemberForm, violatedOn: string, years: LimitationYears): string | null {
  if (form === 'khai_tru') return null;
  return addYears(violatedOn, years[form]);
}

/** Whether the limitation period has passed on `decidedOn` (the end day itself is still within it). */
export function limitationExpired(
  form: MemberForm,
  violatedOn: string,
  decidedOn: string,
  years: LimitationYears,
): boolean {
  const end = limitationEnds(form, violatedOn, years);
  return end !== null && decidedOn > end;
}
