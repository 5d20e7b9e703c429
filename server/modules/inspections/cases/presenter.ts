// JSON shapes of inspection and supervision cases.
import { z } from '@hono/zod-openapi';
import {
  CASE_KIND_LABELS,
  CASE_KINDS,
  type CaseKind,
  STAGE_LABELS,
  STAGES,
  type Stage,
} from '../../../../domain/inspections/labels.ts';
import { toIso } from '../../../db/sql.ts';
import type { CaseRow, RemedyRow, TeamRow } from './queries.ts';

const int = z.number().int();

export const InspectionCaseSummary = z
  .object({
    id: int,
    orgId: int,
    orgName: z.string(),
    kind: z.enum(CASE_KINDS),
    kindLabel: z.string(),
    title: z.string(),
    subjectOrgId: int.nullable(),
    subjectMemberId: int.nullable(),
    subjectName: z.string(),
    decisionNo: z.string(),
    decidedOn: z.string(),
    stage: z.enum(STAGES),
    stageLabel: z.string(),
    secrecy: int,
    violationFound: z.boolean().nullable(),
    /** The self-report is owed and its deadline has passed. */
    selfReportOverdue: z.boolean(),
  })
  .openapi('InspectionCaseSummary');
export type InspectionCaseSummary = z.infer<typeof InspectionCaseSummary>;

export const InspectionCase = InspectionCaseSummary.extend({
  /** Null when the account may not know who complained (never shown to the subject). */
  complainant: z.string().nullable(),
  preparationFrom: z.string(),
  conductFrom: z.string().nullable(),
  conclusionFrom: z.string().nullable(),
  closedOn: z.string().nullable(),
  selfReportDue: z.string().nullable(),
  selfReportOn: z.string().nullable(),
  conclusion: z.string().nullable(),
  team: z.array(z.object({ userId: int, fullName: z.string(), lead: z.boolean() })),
  remedies: z.array(
    z.object({
      id: int,
      content: z.string(),
      dueOn: z.string(),
      doneOn: z.string().nullable(),
      note: z.string().nullable(),
      overdue: z.boolean(),
    }),
  ),
  createdAt: z.string().nullable(),
  can: z.object({
    manage: z.boolean(),
    advance: z.boolean(),
    conclude: z.boolean(),
    discipline: z.boolean(),
  }),
}).openapi('InspectionCase');
export type InspectionCase = z.infer<typeof InspectionCase>;

export const InspectionCaseList = z
  .object({ items: z.array(InspectionCaseSummary) })
  .openapi('InspectionCaseList');

export function presentSummary(r: CaseRow, today: string): InspectionCaseSummary {
  const kind = r.kind as CaseKind;
  const stage = r.stage as Stage;
  return {
    id: Number(r.id),
    orgId: Number(r.owner_org_id),
    orgName: r.owner_name,
    kind,
    kindLabel: CASE_KIND_LABELS[kind],
    title: r.title,
    subjectOrgId: r.subject_org_id === null ? null : Number(r.subject_org_id),
    subjectMemberId: r.subject_member_id === null ? null : Number(r.subject_member_id),
    subjectName: r.subject_name,
    decisionNo: r.decision_no,
    decidedOn: r.decided_on,
    stage,
    stageLabel: STAGE_LABELS[stage],
    secrecy: Number(r.secrecy),
    violationFound: r.violation_found,
    selfReportOverdue: r.self_report_due !== null && r.self_report_on === null && r.self_report_due < today,
  };
}

export function presentCase(
  r: CaseRow,
  extra: {
    team: readonly TeamRow[];
    remedies: readonly RemedyRow[];
    showComplainant: boolean;
    manage: boolean;
    discipline: boolean;
    today: string;
  },
): InspectionCase {
  const stage = r.stage as Stage;
  return {
    ...presentSummary(r, extra.today),
    complainant: extra.showComplainant ? r.complainant : null,
    preparationFrom: r.preparation_from,
    conductFrom: r.conduct_from,
    conclusionFrom: r.conclusion_from,
    closedOn: r.closed_on,
    selfReportDue: r.self_report_due,
    selfReportOn: r.self_report_on,
    conclusion: r.conclusion,
    team: extra.team.map((t) => ({ userId: Number(t.user_id), fullName: t.full_name, lead: t.lead })),
    remedies: extra.remedies.map((m) => ({
      id: Number(m.id),
      content: m.content,
      dueOn: m.due_on,
      doneOn: m.done_on,
      note: m.note,
      overdue: m.done_on === null && m.due_on < extra.today,
    })),
    createdAt: toIso(r.created_at),
    can: {
      manage: extra.manage,
      advance: extra.manage && (stage === 'preparation' || stage === 'conduct'),
      conclude: extra.manage && stage === 'conclusion',
      discipline:
        extra.discipline && stage === 'closed' && r.violation_found === true && r.subject_member_id !== null,
    },
  };
}
