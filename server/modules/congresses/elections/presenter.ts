// JSON shapes of elections: the election's page, the list, the result (the stable answer of
// GET /api/elections/{id}/result, with both shares and the rules it was counted under).
import { z } from '@hono/zod-openapi';
import type { CountResult } from '../../../../domain/congresses/result.ts';
import { toIso } from '../../../db/sql.ts';
import type { ElectionRow } from './queries.ts';

const int = () => z.number().int();

export const ElectionCreated = z.object({ id: int() }).openapi('ElectionCreated');

export const ElectionRuleJson = z
  .object({ key: z.string(), label: z.string(), value: z.unknown(), source: z.string(), versionId: int() })
  .openapi('ElectionRule');
export type ElectionRuleJson = z.infer<typeof ElectionRuleJson>;

export const ElectionResultItem = z
  .object({
    position: int(),
    fullName: z.string(),
    votes: int(),
    /** votes / valid ballots. */
    share: z.number(),
    /** votes / people convened. */
    shareOfConvened: z.number(),
    aboveThreshold: z.boolean(),
    elected: z.boolean(),
    runoff: z.boolean(),
  })
  .openapi('ElectionResultItem');

export const ElectionResult = z
  .object({
    status: z.enum(['counting', 'closed', 'submitted', 'approved']),
    seats: int(),
    convened: int(),
    cast: int(),
    validBallots: int(),
    invalidBallots: int(),
    reclassified: int(),
    base: int(),
    baseKind: z.enum(['valid_ballots', 'convened']),
    votesNeeded: int(),
    elected: int(),
    unfilled: int(),
    items: z.array(ElectionResultItem),
    rules: z.array(ElectionRuleJson),
    tieRule: z.string(),
  })
  .openapi('ElectionResult');
export type ElectionResult = z.infer<typeof ElectionResult>;

export const ElectionSummary = z
  .object({
    id: int(),
    orgId: int(),
    orgName: z.string(),
    congressId: int().nullable(),
    congressTitle: z.string().nullable(),
    title: z.string(),
    kind: z.enum(['election', 'nomination']),
    seats: int(),
    convened: int(),
    status: z.enum(['counting', 'closed', 'submitted', 'approved']),
    ballots: int(),
    imported: z.boolean(),
    createdAt: z.string().nullable(),
  })
  .openapi('ElectionSummary');
export type ElectionSummary = z.infer<typeof ElectionSummary>;

export const ElectionList = z.object({ items: z.array(ElectionSummary) }).openapi('ElectionList');

export const ElectionDetail = ElectionSummary.extend({
  candidates: z.array(z.object({ position: int(), fullName: z.string() })),
  maxCandidates: int(),
  packageKey: z.string().nullable(),
  packageHead: z.string().nullable(),
  closedAt: z.string().nullable(),
  submittedAt: z.string().nullable(),
  approvedByName: z.string().nullable(),
  approvedAt: z.string().nullable(),
  approvalNote: z.string().nullable(),
  result: ElectionResult,
  can: z.object({ manage: z.boolean(), approve: z.boolean() }),
}).openapi('ElectionDetail');
export type ElectionDetail = z.infer<typeof ElectionDetail>;

export function presentSummary(r: ElectionRow): ElectionSummary {
  return {
    id: Number(r.id),
    orgId: Number(r.org_id),
    orgName: r.org_name,
    congressId: r.congress_id === null ? null : Number(r.congress_id),
    congressTitle: r.congress_title,
    title: r.title,
    kind: r.kind,
    seats: r.seats,
    convened: r.convened,
    status: r.status,
    ballots: Number(r.ballots),
    imported: r.package_head !== null,
    createdAt: toIso(r.created_at),
  };
}

export function presentResult(
  r: ElectionRow,
  count: CountResult,
  rules: ElectionRuleJson[],
  tieRule: string,
): ElectionResult {
  return {
    status: r.status,
    seats: r.seats,
    convened: r.convened,
    cast: count.cast,
    validBallots: count.validBallots,
    invalidBallots: count.invalidBallots,
    reclassified: count.reclassified,
    base: count.base,
    baseKind: count.baseKind,
    votesNeeded: count.votesNeeded,
    elected: count.elected,
    unfilled: count.unfilled,
    items: count.items,
    rules,
    tieRule,
  };
}

export function presentDetail(
  r: ElectionRow,
  extra: {
    candidates: { position: number; fullName: string }[];
    maxCandidates: number;
    result: ElectionResult;
    can: { manage: boolean; approve: boolean };
  },
): ElectionDetail {
  return {
    ...presentSummary(r),
    ...extra,
    packageKey: r.package_key,
    packageHead: r.package_head,
    closedAt: toIso(r.closed_at),
    submittedAt: toIso(r.submitted_at),
    approvedByName: r.approved_by_name,
    approvedAt: toIso(r.approved_at),
    approvalNote: r.approval_note,
  };
}
