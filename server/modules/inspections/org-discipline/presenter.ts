// JSON shape of a discipline decision on a party organisation.
import { z } from '@hono/zod-openapi';
import { ORG_FORM_LABELS, ORG_FORMS, type OrgForm } from '../../../../domain/inspections/discipline.ts';
import { toIso } from '../../../db/sql.ts';
import type { OrgDecisionRow } from './queries.ts';

const int = z.number().int();

export const OrgDisciplineJson = z
  .object({
    id: int,
    orgId: int,
    orgName: z.string(),
    authorityOrgId: int,
    authorityName: z.string(),
    form: z.enum(ORG_FORMS),
    formLabel: z.string(),
    violatedOn: z.string(),
    decidedOn: z.string(),
    reason: z.string(),
    decisionNo: z.string().nullable(),
    /** The last day the violation could be disciplined with this form; null: no limitation (giải tán). */
    limitationEnds: z.string().nullable(),
    limitationVersionId: int,
    secrecy: int,
    createdAt: z.string().nullable(),
  })
  .openapi('OrgDisciplineDecision');
export type OrgDisciplineJson = z.infer<typeof OrgDisciplineJson>;

export const OrgDisciplineList = z.object({ items: z.array(OrgDisciplineJson) }).openapi('OrgDisciplineList');

export function presentOrgDecision(r: OrgDecisionRow, limitationEnds: string | null): OrgDisciplineJson {
  const form = r.form as OrgForm;
  return {
    id: Number(r.id),
    orgId: Number(r.org_id),
    orgName: r.org_name,
    authorityOrgId: Number(r.authority_org_id),
    authorityName: r.authority_name,
    form,
    formLabel: ORG_FORM_LABELS[form],
    violatedOn: r.violated_on,
    decidedOn: r.decided_on,
    reason: r.reason,
    decisionNo: r.decision_no,
    limitationEnds,
    limitationVersionId: Number(r.limitation_version_id),
    secrecy: Number(r.secrecy),
    createdAt: toIso(r.created_at),
  };
}
