// Discipline of members (Quy định 69-QĐ/TW, amended by 264-QĐ/TW): the forms, which forms a
// probationary member may receive, the limitation period of each form (the figures are a versioned
// rule, domain/rules/inspections.ts) and the appeal deadline. Pure: no I/O.
import { addYears } from '../members/calendar.ts';
import type { LimitationYears, OrgLimitationYears } from '../rules/inspections.ts';

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

// ---- Organisations --------------------------------------------------------------------------------

/** Forms of discipline for a party organisation. */
export const ORG_FORMS = ['khien_trach', 'canh_cao', 'giai_tan'] as const;
export type OrgForm = (typeof ORG_FORMS)[number];

export const ORG_FORM_LABELS: Record<OrgForm, string> = {
  khien_trach: 'Khiển trách',
  canh_cao: 'Cảnh cáo',
  giai_tan: 'Giải tán',
};

/** The last day an organisation's violation may be disciplined with `form`; null: giải tán, no limit. */
export function orgLimitationEnds(
  form: OrgForm,
  violatedOn: string,
  years: OrgLimitationYears,
): string | null {
  if (form === 'giai_tan') return null;
  return addYears(violatedOn, years[form]);
}

export function orgLimitationExpired(
  form: OrgForm,
  violatedOn: string,
  decidedOn: string,
  years: OrgLimitationYears,
): boolean {
  const end = orgLimitationEnds(form, violatedOn, years);
  return end !== null && decidedOn > end;
}
