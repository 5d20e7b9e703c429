// SQL of schemes and thematic reports: the row with the lead unit's name, the portfolio, the rights
// of an account on a scheme (the lead unit in its scope, the task force, a consulted unit or person),
// the stage plan and moves, and the task force. Every read for an actor filters with visibleTo
// (entity 'proposal'); consulted units and people see a scheme through their grants.
import { type SQL, sql } from 'drizzle-orm';
import type { ProposalKind, Stage, TeamRole } from '../../../domain/proposals/labels.ts';
import type { Actor } from '../../auth/actor.ts';
import { inScope, visibleTo } from '../../auth/queries.ts';
import type { Db } from '../../db/client.ts';
import { array, one, rows, run } from '../../db/sql.ts';

export const ENTITY = 'proposal';

/** The Vietnamese calendar day of a timestamp (UTC+7, no daylight saving). */
export function vnDay(col: SQL): SQL {
  return sql`(((${col} AT TIME ZONE 'UTC') + interval '7 hours')::date)::text`;
}

export interface ProposalRow {
  id: number;
  org_id: number;
  org_name: string;
  secrecy: number;
  kind: ProposalKind;
  title: string;
  summary: string | null;
  due_on: string;
  stage: Stage;
  stage_since: string;
  conclusion_ref: string | null;
  conclusion_on: string | null;
  issued_ref: string | null;
  issued_on: string | null;
  created_by: number | null;
  created_by_name: string | null;
  created_at: string;
}

const COLS = sql`p.id, p.org_id, o.name AS org_name, p.secrecy, p.kind, p.title, p.summary,
  p.due_on::text AS due_on, p.stage,
  (SELECT ${vnDay(sql`max(e.at)`)} FROM proposal_stage_events e WHERE e.proposal_id = p.id) AS stage_since,
  p.conclusion_ref, p.conclusion_on::text AS conclusion_on, p.issued_ref, p.issued_on::text AS issued_on,
  p.created_by, cu.full_name AS created_by_name, p.created_at`;
const FROM = sql`proposals p JOIN orgs o ON o.id = p.org_id LEFT JOIN users cu ON cu.id = p.created_by`;

const visible = (actor: Actor) =>
  visibleTo(actor, { entity: ENTITY, id: sql`p.id`, ownerOrgId: sql`p.org_id`, secrecy: sql`p.secrecy` });

export function byId(db: Db, id: number) {
  return one<ProposalRow>(db, sql`SELECT ${COLS} FROM ${FROM} WHERE p.id = ${id}`);
}

export function visibleById(db: Db, actor: Actor, id: number) {
  return one<ProposalRow>(db, sql`SELECT ${COLS} FROM ${FROM} WHERE p.id = ${id} AND ${visible(actor)}`);
}

export async function lock(db: Db, id: number): Promise<void> {
  await db.execute(sql`SELECT id FROM proposals WHERE id = ${id} FOR UPDATE`);
}

/**
 * What the account is to this scheme: the lead unit lies in its scope, it sits on the task force,
 * it is consulted (as a person, or a unit of its scope) by a round still open.
 */
export async function relation(db: Db, actor: Actor, id: number, orgId: number) {
  const r = await one<{ in_scope: boolean; team: boolean; consulted: boolean }>(
    db,
    sql`SELECT ${inScope(actor, sql`${orgId}::integer`)} AS in_scope,
               EXISTS (SELECT 1 FROM proposal_team t WHERE t.proposal_id = ${id} AND t.user_id = ${actor.userId})
                 AS team,
               EXISTS (SELECT 1 FROM proposal_rounds r JOIN proposal_round_targets t ON t.round_id = r.id
                        WHERE r.proposal_id = ${id} AND r.closed_at IS NULL
                          AND (t.user_id = ${actor.userId} OR ${inScope(actor, sql`t.org_id`)})) AS consulted`,
  );
  return { inScope: !!r?.in_scope, team: !!r?.team, consulted: !!r?.consulted };
}

export async function insert(
  db: Db,
  p: {
    orgId: number;
    secrecy: number;
    kind: ProposalKind;
    title: string;
    summary: string | null;
    dueOn: string;
    by: number;
  },
): Promise<number> {
  const row = await one<{ id: number }>(
    db,
    sql`INSERT INTO proposals (org_id, secrecy, kind, title, summary, due_on, created_by)
        VALUES (${p.orgId}, ${p.secrecy}, ${p.kind}, ${p.title}, ${p.summary}, ${p.dueOn}, ${p.by})
        RETURNING id`,
  );
  return Number(row?.id);
}

export function update(db: Db, id: number, p: { title: string; summary: string | null; dueOn: string }) {
  return run(
    db,
    sql`UPDATE proposals SET title = ${p.title}, summary = ${p.summary}, due_on = ${p.dueOn}, updated_at = now()
         WHERE id = ${id}`,
  );
}

export function setStage(
  db: Db,
  id: number,
  p: {
    stage: Stage;
    conclusionRef?: string | undefined;
    conclusionOn?: string | undefined;
    issuedRef?: string | undefined;
    issuedOn?: string | undefined;
  },
) {
  return run(
    db,
    sql`UPDATE proposals SET stage = ${p.stage},
               conclusion_ref = COALESCE(${p.conclusionRef ?? null}, conclusion_ref),
               conclusion_on = COALESCE(${p.conclusionOn ?? null}::date, conclusion_on),
               issued_ref = COALESCE(${p.issuedRef ?? null}, issued_ref),
               issued_on = COALESCE(${p.issuedOn ?? null}::date, issued_on),
               updated_at = now()
         WHERE id = ${id}`,
  );
}

export async function insertEvent(
  db: Db,
  e: { proposalId: number; from: Stage | null; to: Stage; note: string | null; actorId: number | null },
): Promise<void> {
  await db.execute(
    sql`INSERT INTO proposal_stage_events (proposal_id, from_stage, to_stage, note, actor_id)
        VALUES (${e.proposalId}, ${e.from}, ${e.to}, ${e.note}, ${e.actorId})`,
  );
}

export interface EventRow {
  id: number;
  from_stage: Stage | null;
  to_stage: Stage;
  note: string | null;
  actor_name: string | null;
  at: string;
  on: string;
}

export function events(db: Db, proposalId: number) {
  return rows<EventRow>(
    db,
    sql`SELECT e.id, e.from_stage, e.to_stage, e.note, u.full_name AS actor_name, e.at, ${vnDay(sql`e.at`)} AS on
          FROM proposal_stage_events e LEFT JOIN users u ON u.id = e.actor_id
         WHERE e.proposal_id = ${proposalId} ORDER BY e.id`,
  );
}

export function plan(db: Db, proposalId: number) {
  return rows<{ stage: Stage; due_on: string }>(
    db,
    sql`SELECT stage, due_on::text AS due_on FROM proposal_stage_plan WHERE proposal_id = ${proposalId}`,
  );
}

export async function setPlan(
  db: Db,
  proposalId: number,
  entries: readonly { stage: Stage; dueOn: string | null }[],
): Promise<void> {
  for (const e of entries) {
    if (e.dueOn === null) {
      await db.execute(
        sql`DELETE FROM proposal_stage_plan WHERE proposal_id = ${proposalId} AND stage = ${e.stage}`,
      );
    } else {
      await db.execute(
        sql`INSERT INTO proposal_stage_plan (proposal_id, stage, due_on) VALUES (${proposalId}, ${e.stage}, ${e.dueOn})
            ON CONFLICT (proposal_id, stage) DO UPDATE SET due_on = EXCLUDED.due_on`,
      );
    }
  }
}

// ---- The task force ---------------------------------------------------------------------------------

export interface TeamRow {
  position: number;
  user_id: number | null;
  full_name: string;
  role: TeamRole;
  duty: string | null;
  org_name: string | null;
}

export function team(db: Db, proposalId: number) {
  return rows<TeamRow>(
    db,
    sql`SELECT t.position, t.user_id, t.full_name, t.role, t.duty, o.name AS org_name
          FROM proposal_team t LEFT JOIN users u ON u.id = t.user_id LEFT JOIN orgs o ON o.id = u.org_id
         WHERE t.proposal_id = ${proposalId} ORDER BY t.position`,
  );
}

export async function replaceTeam(
  db: Db,
  proposalId: number,
  members: readonly { userId: number | null; fullName: string; role: TeamRole; duty: string | null }[],
): Promise<void> {
  await db.execute(sql`DELETE FROM proposal_team WHERE proposal_id = ${proposalId}`);
  let position = 0;
  for (const m of members) {
    await db.execute(
      sql`INSERT INTO proposal_team (proposal_id, position, user_id, full_name, role, duty)
          VALUES (${proposalId}, ${++position}, ${m.userId}, ${m.fullName}, ${m.role}, ${m.duty})`,
    );
  }
}

/** Active accounts by id, with their names (task force members named from their account). */
export function activeAccounts(db: Db, ids: readonly number[]) {
  return rows<{ id: number; full_name: string }>(
    db,
    sql`SELECT id, full_name FROM users WHERE id = ANY(${array(ids)}::integer[]) AND disabled_at IS NULL`,
  );
}

// ---- The portfolio ----------------------------------------------------------------------------------

export interface PortfolioRow extends ProposalRow {
  plan: Record<string, string> | null;
  comments: number;
  open_comments: number;
  versions: number;
  round_due_on: string | null;
}

/** Every scheme the account sees (owned within `ownerIds` when given), by deadline. */
export function portfolio(
  db: Db,
  actor: Actor,
  f: { ownerIds?: readonly number[] | undefined; kind?: ProposalKind | undefined; q?: string | undefined },
  limit: number,
) {
  return rows<PortfolioRow>(
    db,
    sql`SELECT ${COLS},
               (SELECT json_object_agg(sp.stage, sp.due_on::text) FROM proposal_stage_plan sp
                 WHERE sp.proposal_id = p.id) AS plan,
               (SELECT count(*)::integer FROM proposal_comments c WHERE c.proposal_id = p.id) AS comments,
               (SELECT count(*)::integer FROM proposal_comments c
                 WHERE c.proposal_id = p.id AND c.disposition IS NULL) AS open_comments,
               (SELECT count(*)::integer FROM proposal_versions v WHERE v.proposal_id = p.id) AS versions,
               (SELECT min(t.due_on)::text FROM proposal_rounds r JOIN proposal_round_targets t ON t.round_id = r.id
                 WHERE r.proposal_id = p.id AND r.closed_at IS NULL) AS round_due_on
          FROM ${FROM}
         WHERE ${visible(actor)}
           ${f.ownerIds ? sql`AND p.org_id = ANY(${array(f.ownerIds)}::integer[])` : sql``}
           ${f.kind ? sql`AND p.kind = ${f.kind}` : sql``}
           ${f.q ? sql`AND vn_fold(p.title) LIKE '%' || vn_fold(${f.q}) || '%'` : sql``}
         ORDER BY p.due_on, p.id
         LIMIT ${limit}`,
  );
}

/** Counts shown on the scheme's page. */
export async function commentCounts(db: Db, proposalId: number) {
  const r = await one<{ total: number; open: number }>(
    db,
    sql`SELECT count(*)::integer AS total, count(*) FILTER (WHERE disposition IS NULL)::integer AS open
          FROM proposal_comments WHERE proposal_id = ${proposalId}`,
  );
  return { total: r?.total ?? 0, open: r?.open ?? 0 };
}
