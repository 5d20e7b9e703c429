// Discipline of members (Quy định 69-QĐ/TW, amended by 264-QĐ/TW): the forms, which forms a
// probationary member may receive, the limitation period of each form (the figures are a versioned
// rule, domain/rules/inspections.ts) and the appeal deadline. Pure: no I/O.
import { addYears } from '../members/calendar.ts';

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

/** The years of limitation per form, as a rule holds them (a form without a figure has none). */
type LimitationFigures = { readonly [form: string]: number | undefined };

/**
 * The last day a violation committed on `violatedOn` may still be disciplined with `form`, or null
 * when the rule gives the form no limitation (khai trừ for members, giải tán for organisations). One
 * reckoning for members and organisations: only their forms and their rules differ.
 */
export function limitationEnds(form: string, violatedOn: string, years: LimitationFigures): string | null {
  const n = years[form];
  return n === undefined ? null : addYears(violatedOn, n);
}

/** Whether the limitation period has passed on `decidedOn` (the end day itself is still within it). */
export function limitationExpired(
  form: string,
  violatedOn: string,
  decidedOn: string,
  years: LimitationFigures,
): boolean {
  const end = limitationEnds(form, violatedOn, years);
  return end !== null && decidedOn > end;
}

/**
 * Whether a decision made on `decidedOn` is in force on some day of [from, to]: made by `to`, and its
 * term (the rule's years from the decision, reckoned as a limitation is; no figure: for good) not over
 * before `from`. The awards check asks it of an organisation's decisions.
 */
export function inForceWithin(
  form: string,
  decidedOn: string,
  from: string,
  to: string,
  years: LimitationFigures,
): boolean {
  return decidedOn <= to && !limitationExpired(form, decidedOn, from, years);
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
