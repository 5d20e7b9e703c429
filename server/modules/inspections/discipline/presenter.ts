// JSON shapes of discipline decisions and state bodies' notices.
import { z } from '@hono/zod-openapi';
import { FORM_LABELS, MEMBER_FORMS, type MemberForm } from '../../../../domain/inspections/discipline.ts';
import { toIso } from '../../../db/sql.ts';
import type { DecisionRow, NoticeRow } from './queries.ts';

const int = z.number().int();

export const DisciplineJson = z
  .object({
    id: int,
    memberId: int,
    memberName: z.string(),
    orgId: int,
    orgName: z.string(),
    authorityOrgId: int,
    authorityName: z.string(),
    form: z.enum(MEMBER_FORMS),
    formLabel: z.string(),
    violatedOn: z.string(),
    decidedOn: z.string(),
    reason: z.string(),
    decisionNo: z.string().nullable(),
    caseId: int.nullable(),
    /** The last day the violation could be disciplined with this form; null: no limitation (khai trừ). */
    limitationEnds: z.string().nullable(),
    limitationVersionId: int,
    appealDue: z.string(),
    appealedOn: z.string().nullable(),
    appealNote: z.string().nullable(),
    appealOutcome: z.enum(['upheld', 'changed', 'annulled']).nullable(),
    secrecy: int,
    createdAt: z.string().nullable(),
  })
  .openapi('DisciplineDecision');
export type DisciplineJson = z.infer<typeof DisciplineJson>;

export const DisciplineList = z.object({ items: z.array(DisciplineJson) }).openapi('DisciplineList');

export function presentDecision(r: DecisionRow, limitationEnds: string | null): DisciplineJson {
  const form = r.form as MemberForm;
  return {
    id: Number(r.id),
    memberId: Number(r.member_id),
    memberName: r.member_name,
    orgId: Number(r.owner_org_id),
    orgName: r.owner_name,
    authorityOrgId: Number(r.authority_org_id),
    authorityName: r.authority_name,
    form,
    formLabel: FORM_LABELS[form],
    violatedOn: r.violated_on,
    decidedOn: r.decided_on,
    reason: r.reason,
    decisionNo: r.decision_no,
    caseId: r.case_id === null ? null : Number(r.case_id),
    limitationEnds,
    limitationVersionId: Number(r.limitation_version_id),
    appealDue: r.appeal_due,
    appealedOn: r.appealed_on,
    appealNote: r.appeal_note,
    appealOutcome: r.appeal_outcome as DisciplineJson['appealOutcome'],
    secrecy: Number(r.secrecy),
    createdAt: toIso(r.created_at),
  };
}

export const DisciplineNotice = z
  .object({
    id: int,
    memberId: int,
    memberName: z.string(),
    orgId: int,
    orgName: z.string(),
    stateBody: z.string(),
    form: z.string(),
    decidedOn: z.string(),
    receivedOn: z.string(),
    /** The last day the notice was due (the decision's day plus the days the rule allows). */
    dueOn: z.string(),
    late: z.boolean(),
    daysLate: int,
  })
  .openapi('DisciplineNotice');
export type DisciplineNotice = z.infer<typeof DisciplineNotice>;
export const DisciplineNoticeList = z
  .object({ items: z.array(DisciplineNotice) })
  .openapi('DisciplineNoticeList');

function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

export function presentNotice(r: NoticeRow): DisciplineNotice {
  const late = Math.max(0, daysBetween(r.due_on, r.received_on));
  return {
    id: Number(r.id),
    memberId: Number(r.member_id),
    memberName: r.member_name,
    orgId: Number(r.owner_org_id),
    orgName: r.owner_name,
    stateBody: r.state_body,
    form: r.form,
    decidedOn: r.decided_on,
    receivedOn: r.received_on,
    dueOn: r.due_on,
    late: late > 0,
    daysLate: late,
  };
}
