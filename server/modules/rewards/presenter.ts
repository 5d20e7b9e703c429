// JSON shapes of emulation movements and award proposals.
import { z } from '@hono/zod-openapi';
import {
  AWARD_KINDS,
  AWARD_LABELS,
  type AwardKind,
  type Failure,
  PROPOSAL_STATUS_LABELS,
  PROPOSAL_STATUSES,
  type ProposalStatus,
} from '../../../domain/rewards/criteria.ts';
import { toIso } from '../../db/sql.ts';
import type { MovementRow, ProposalRow } from './queries.ts';

const int = z.number().int();

export const RewardMovement = z
  .object({
    id: int,
    orgId: int,
    orgName: z.string(),
    title: z.string(),
    criteria: z.string(),
    startsOn: z.string(),
    endsOn: z.string(),
    /** The units taking part, in tree order. */
    units: z.array(z.object({ id: int, name: z.string() })),
    /** The proposals sent under the movement. */
    proposals: int,
  })
  .openapi('RewardMovement');
export type RewardMovement = z.infer<typeof RewardMovement>;
export const RewardMovementList = z.object({ items: z.array(RewardMovement) }).openapi('RewardMovementList');

export function presentMovement(r: MovementRow): RewardMovement {
  return {
    id: Number(r.id),
    orgId: Number(r.org_id),
    orgName: r.org_name,
    title: r.title,
    criteria: r.criteria,
    startsOn: r.starts_on,
    endsOn: r.ends_on,
    units: (
      (typeof r.units === 'string' ? JSON.parse(r.units) : r.units) as { id: number; name: string }[]
    ).map((u) => ({ id: Number(u.id), name: u.name })),
    proposals: Number(r.proposals),
  };
}

export const RewardProposal = z
  .object({
    id: int,
    orgId: int,
    orgName: z.string(),
    movementId: int.nullable(),
    movementTitle: z.string().nullable(),
    kind: z.enum(AWARD_KINDS),
    kindLabel: z.string(),
    year: int,
    memberId: int.nullable(),
    subjectOrgId: int.nullable(),
    subjectName: z.string(),
    achievement: z.string(),
    status: z.enum(PROPOSAL_STATUSES),
    statusLabel: z.string(),
    /** Every criterion not met, named. */
    failures: z.array(z.object({ code: z.string(), message: z.string() })),
    ruleVersionId: int,
    votesFor: int.nullable(),
    votesAgainst: int.nullable(),
    councilOn: z.string().nullable(),
    awardId: int.nullable(),
    decisionNo: z.string().nullable(),
    decidedOn: z.string().nullable(),
    createdAt: z.string().nullable(),
  })
  .openapi('RewardProposal');
export type RewardProposal = z.infer<typeof RewardProposal>;
export const RewardProposalList = z.object({ items: z.array(RewardProposal) }).openapi('RewardProposalList');

export function presentProposal(r: ProposalRow): RewardProposal {
  const kind = r.kind as AwardKind;
  const status = r.status as ProposalStatus;
  const failures = (typeof r.failures === 'string' ? JSON.parse(r.failures) : r.failures) as Failure[];
  return {
    id: Number(r.id),
    orgId: Number(r.org_id),
    orgName: r.org_name,
    movementId: r.movement_id === null ? null : Number(r.movement_id),
    movementTitle: r.movement_title,
    kind,
    kindLabel: AWARD_LABELS[kind],
    year: Number(r.year),
    memberId: r.member_id === null ? null : Number(r.member_id),
    subjectOrgId: r.subject_org_id === null ? null : Number(r.subject_org_id),
    subjectName: r.subject_name,
    achievement: r.achievement,
    status,
    statusLabel: PROPOSAL_STATUS_LABELS[status],
    failures: failures.map((f) => ({ code: f.code, message: f.message })),
    ruleVersionId: Number(r.rule_version_id),
    votesFor: r.votes_for === null ? null : Number(r.votes_for),
    votesAgainst: r.votes_against === null ? null : Number(r.votes_against),
    councilOn: r.council_on,
    awardId: r.award_id === null ? null : Number(r.award_id),
    decisionNo: r.decision_no,
    decidedOn: r.decided_on,
    createdAt: toIso(r.created_at),
  };
}
