// JSON shapes of annual inspection and supervision programmes.
import { z } from '@hono/zod-openapi';
import { ISSUER_LABELS, ISSUERS, type Issuer } from '../../../../domain/inspections/labels.ts';
import type { ItemRow, ProgrammeRow } from './queries.ts';

const int = z.number().int();

export const InspectionProgrammeSummary = z
  .object({
    id: int,
    orgId: int,
    orgName: z.string(),
    issuer: z.enum(ISSUERS),
    issuerLabel: z.string(),
    year: int,
    title: z.string(),
    itemCount: int,
  })
  .openapi('InspectionProgrammeSummary');
export type InspectionProgrammeSummary = z.infer<typeof InspectionProgrammeSummary>;

export const InspectionProgramme = InspectionProgrammeSummary.extend({
  items: z.array(
    z.object({
      id: int,
      kind: z.enum(['inspection', 'supervision']),
      kindLabel: z.string(),
      content: z.string(),
      subjectOrgId: int.nullable(),
      subjectMemberId: int.nullable(),
      subjectName: z.string().nullable(),
      periodFrom: z.string(),
      periodTo: z.string(),
      caseCount: int,
    }),
  ),
}).openapi('InspectionProgramme');
export type InspectionProgramme = z.infer<typeof InspectionProgramme>;

export const InspectionProgrammeList = z
  .object({ items: z.array(InspectionProgrammeSummary) })
  .openapi('InspectionProgrammeList');

export function presentSummary(r: ProgrammeRow): InspectionProgrammeSummary {
  const issuer = r.issuer as Issuer;
  return {
    id: Number(r.id),
    orgId: Number(r.org_id),
    orgName: r.org_name,
    issuer,
    issuerLabel: ISSUER_LABELS[issuer],
    year: Number(r.year),
    title: r.title,
    itemCount: Number(r.item_count),
  };
}

export function presentProgramme(r: ProgrammeRow, items: readonly ItemRow[]): InspectionProgramme {
  return {
    ...presentSummary(r),
    items: items.map((i) => ({
      id: Number(i.id),
      kind: i.kind as 'inspection' | 'supervision',
      kindLabel: i.kind === 'inspection' ? 'Kiểm tra' : 'Giám sát',
      content: i.content,
      subjectOrgId: i.subject_org_id === null ? null : Number(i.subject_org_id),
      subjectMemberId: i.subject_member_id === null ? null : Number(i.subject_member_id),
      subjectName: i.subject_name,
      periodFrom: i.period_from,
      periodTo: i.period_to,
      caseCount: Number(i.case_count),
    })),
  };
}
