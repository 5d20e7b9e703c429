// JSON shapes of the award registry.
import { z } from '@hono/zod-openapi';
import { AWARD_KINDS, AWARD_LABELS, type AwardKind } from '../../../../domain/rewards/criteria.ts';
import type { AwardRow } from './queries.ts';

const int = z.number().int();

export const RewardAward = z
  .object({
    id: int,
    proposalId: int,
    orgId: int,
    orgName: z.string(),
    kind: z.enum(AWARD_KINDS),
    kindLabel: z.string(),
    memberId: int.nullable(),
    subjectOrgId: int.nullable(),
    subjectName: z.string(),
    achievement: z.string(),
    year: int,
    decisionNo: z.string(),
    decidedOn: z.string(),
    revokedOn: z.string().nullable(),
    revokeReason: z.string().nullable(),
  })
  .openapi('RewardAward');
export type RewardAward = z.infer<typeof RewardAward>;
export const RewardAwardList = z.object({ items: z.array(RewardAward) }).openapi('RewardAwardList');

export function presentAward(r: AwardRow): RewardAward {
  const kind = r.kind as AwardKind;
  return {
    id: Number(r.id),
    proposalId: Number(r.proposal_id),
    orgId: Number(r.org_id),
    orgName: r.org_name,
    kind,
    kindLabel: AWARD_LABELS[kind],
    memberId: r.member_id === null ? null : Number(r.member_id),
    subjectOrgId: r.subject_org_id === null ? null : Number(r.subject_org_id),
    subjectName: r.subject_name,
    achievement: r.achievement,
    year: Number(r.year),
    decisionNo: r.decision_no,
    decidedOn: r.decided_on,
    revokedOn: r.revoked_on,
    revokeReason: r.revoke_reason,
  };
}
