// JSON shapes of schemes and thematic reports: the scheme, its page (stages with deadlines, the task
// force, versions, rounds, measures, what the account may do) and the portfolio with its counts by
// stage. The pieces of the page that sub-features own are their presenters' shapes.
import {
  PROPOSAL_KIND_LABELS,
  PROPOSAL_KINDS,
  STAGE_LABELS,
  STAGES,
  type Stage,
  TEAM_ROLE_LABELS,
  TEAM_ROLES,
} from '../../../domain/proposals/labels.ts';
import { daysLate, type StageLine } from '../../../domain/proposals/stages.ts';
import { z } from '../../../domain/validation.ts';
import { toIso } from '../../db/sql.ts';
import { ProposalRound } from './consultation/presenter.ts';
import { ProposalMeasure } from './measures/presenter.ts';
import type { EventRow, PortfolioRow, ProposalRow, TeamRow } from './queries.ts';
import { ProposalVersion } from './versions/presenter.ts';

const int = z.number().int();
const stage = z.enum(STAGES);

export const ProposalJson = z
  .object({
    id: int,
    orgId: int,
    orgName: z.string(),
    kind: z.enum(PROPOSAL_KINDS),
    kindLabel: z.string(),
    title: z.string(),
    summary: z.string().nullable(),
    /** The deadline to submit it to the standing committee. */
    dueOn: z.string(),
    secrecy: int,
    stage,
    stageLabel: z.string(),
    /** The day it entered its current stage. */
    stageSince: z.string().nullable(),
    daysLate: int,
    conclusionRef: z.string().nullable(),
    conclusionOn: z.string().nullable(),
    issuedRef: z.string().nullable(),
    issuedOn: z.string().nullable(),
    createdByName: z.string().nullable(),
    createdAt: z.string().nullable(),
  })
  .openapi('Proposal');
export type ProposalJson = z.infer<typeof ProposalJson>;

/** Where a notice about a scheme takes its reader (the web page of the scheme). */
export const proposalLink = (id: number) => `/de-an/${id}`;

export type Plan = Partial<Record<Stage, string>>;

export function planOf(
  entries: readonly { stage: Stage; due_on: string }[] | Record<string, string> | null,
): Plan {
  const out: Plan = {};
  if (!entries) return out;
  const list = Array.isArray(entries)
    ? entries.map((e) => [e.stage, e.due_on] as const)
    : Object.entries(entries);
  for (const [s, d] of list) if ((STAGES as readonly string[]).includes(s)) out[s as Stage] = d;
  return out;
}

export function presentProposal(r: ProposalRow, plan: Plan, today: string): ProposalJson {
  return {
    id: Number(r.id),
    orgId: r.org_id,
    orgName: r.org_name,
    kind: r.kind,
    kindLabel: PROPOSAL_KIND_LABELS[r.kind],
    title: r.title,
    summary: r.summary,
    dueOn: r.due_on,
    secrecy: r.secrecy,
    stage: r.stage,
    stageLabel: STAGE_LABELS[r.stage],
    stageSince: r.stage_since,
    daysLate: daysLate({ stage: r.stage, dueOn: r.due_on, plan }, today),
    conclusionRef: r.conclusion_ref,
    conclusionOn: r.conclusion_on,
    issuedRef: r.issued_ref,
    issuedOn: r.issued_on,
    createdByName: r.created_by_name,
    createdAt: toIso(r.created_at),
  };
}

export const ProposalStageLine = z
  .object({
    stage,
    label: z.string(),
    dueOn: z.string().nullable(),
    enteredOn: z.string().nullable(),
    leftOn: z.string().nullable(),
    state: z.enum(['done', 'current', 'pending', 'skipped']),
    daysLate: int,
  })
  .openapi('ProposalStageLine');

export const ProposalEvent = z
  .object({
    id: int,
    fromStage: stage.nullable(),
    toStage: stage,
    toLabel: z.string(),
    note: z.string().nullable(),
    actorName: z.string().nullable(),
    at: z.string().nullable(),
  })
  .openapi('ProposalEvent');

export function presentEvent(e: EventRow): z.infer<typeof ProposalEvent> {
  return {
    id: Number(e.id),
    fromStage: e.from_stage,
    toStage: e.to_stage,
    toLabel: STAGE_LABELS[e.to_stage],
    note: e.note,
    actorName: e.actor_name,
    at: toIso(e.at),
  };
}

export const ProposalTeamMember = z
  .object({
    userId: int.nullable(),
    fullName: z.string(),
    role: z.enum(TEAM_ROLES),
    roleLabel: z.string(),
    duty: z.string().nullable(),
    /** The unit of the member's account, when the member has one. */
    orgName: z.string().nullable(),
  })
  .openapi('ProposalTeamMember');

export function presentTeamMember(t: TeamRow): z.infer<typeof ProposalTeamMember> {
  return {
    userId: t.user_id,
    fullName: t.full_name,
    role: t.role,
    roleLabel: TEAM_ROLE_LABELS[t.role],
    duty: t.duty,
    orgName: t.org_name,
  };
}

export const ProposalCan = z
  .object({
    /** Versions, task force, deadlines, rounds, measures, stage moves up to submission. */
    manage: z.boolean(),
    comment: z.boolean(),
    /** Accept, explain or keep: the lead unit until the scheme is issued. */
    dispose: z.boolean(),
    /** Record the standing committee's conclusion and the issue. */
    conclude: z.boolean(),
  })
  .openapi('ProposalCan');
export type ProposalCan = z.infer<typeof ProposalCan>;

export const ProposalDetail = ProposalJson.extend({
  stages: z.array(ProposalStageLine),
  events: z.array(ProposalEvent),
  team: z.array(ProposalTeamMember),
  versions: z.array(ProposalVersion),
  rounds: z.array(ProposalRound),
  measures: z.array(ProposalMeasure),
  comments: z.object({ total: int, open: int }),
  can: ProposalCan,
}).openapi('ProposalDetail');
export type ProposalDetail = z.infer<typeof ProposalDetail>;

export function presentStageLine(l: StageLine): z.infer<typeof ProposalStageLine> {
  return { ...l };
}

export const ProposalLine = ProposalJson.extend({
  /** The planned deadline of the current stage. */
  stageDueOn: z.string().nullable(),
  versions: int,
  comments: int,
  openComments: int,
  /** The nearest deadline of an open consultation round. */
  roundDueOn: z.string().nullable(),
}).openapi('ProposalLine');
export type ProposalLine = z.infer<typeof ProposalLine>;

export function presentLine(r: PortfolioRow, today: string): ProposalLine {
  const plan = planOf(r.plan);
  return {
    ...presentProposal(r, plan, today),
    stageDueOn: plan[r.stage] ?? null,
    versions: r.versions,
    comments: r.comments,
    openComments: r.open_comments,
    roundDueOn: r.round_due_on,
  };
}

export const ProposalPortfolio = z
  .object({
    today: z.string(),
    items: z.array(ProposalLine),
    /** Every stage with its count, over the schemes listed before the stage and lateness filters. */
    byStage: z.array(z.object({ stage, label: z.string(), count: int })),
    total: int,
    late: int,
    openComments: int,
    /** More schemes matched than one answer lists. */
    truncated: z.boolean(),
  })
  .openapi('ProposalPortfolio');
export type ProposalPortfolio = z.infer<typeof ProposalPortfolio>;
