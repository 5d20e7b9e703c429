// SQL of the consultation rounds: the rounds and their consulted units and people (with whether each
// has answered), a new round, closing, and which targets an account answers for.
import { sql } from 'drizzle-orm';
import type { Actor } from '../../../auth/actor.ts';
import { inScope, visibleTo } from '../../../auth/queries.ts';
import type { Db } from '../../../db/client.ts';
import { array, one, rows, run } from '../../../db/sql.ts';
import { vnDay } from '../queries.ts';

export interface RoundRow {
  id: number;
  number: number;
  version_id: number;
  version: number;
  due_on: string;
  note: string | null;
  opened_at: string;
  opened_by_name: string | null;
  closed_at: string | null;
  closed_by_name: string | null;
  rule_article: string | null;
}

export function rounds(db: Db, proposalId: number) {
  return rows<RoundRow>(
    db,
    sql`SELECT r.id, r.number, r.version_id, v.number AS version, r.due_on::text AS due_on, r.note, r.opened_at,
               ou.full_name AS opened_by_name, r.closed_at, cu.full_name AS closed_by_name, r.rule_article
          FROM proposal_rounds r JOIN proposal_versions v ON v.id = r.version_id
          LEFT JOIN users ou ON ou.id = r.opened_by LEFT JOIN users cu ON cu.id = r.closed_by
         WHERE r.proposal_id = ${proposalId} ORDER BY r.number`,
  );
}

export function round(db: Db, proposalId: number, roundId: number) {
  return one<RoundRow>(
    db,
    sql`SELECT r.id, r.number, r.version_id, v.number AS version, r.due_on::text AS due_on, r.note, r.opened_at,
               ou.full_name AS opened_by_name, r.closed_at, cu.full_name AS closed_by_name, r.rule_article
          FROM proposal_rounds r JOIN proposal_versions v ON v.id = r.version_id
          LEFT JOIN users ou ON ou.id = r.opened_by LEFT JOIN users cu ON cu.id = r.closed_by
         WHERE r.proposal_id = ${proposalId} AND r.id = ${roundId}`,
  );
}

export interface TargetRow {
  id: number;
  round_id: number;
  version_id: number;
  open: boolean;
  org_id: number | null;
  org_name: string | null;
  user_id: number | null;
  user_name: string | null;
  user_org_name: string | null;
  due_on: string;
  comments: number;
  answered_on: string | null;
}

/** Every target of the scheme's rounds, with its answers counted. */
export function targets(db: Db, proposalId: number) {
  return rows<TargetRow>(
    db,
    sql`SELECT t.id, t.round_id, r.version_id, r.closed_at IS NULL AS open, t.org_id, o.name AS org_name,
               t.user_id, u.full_name AS user_name, uo.name AS user_org_name, t.due_on::text AS due_on,
               (SELECT count(*)::integer FROM proposal_comments c WHERE c.target_id = t.id) AS comments,
               (SELECT ${vnDay(sql`min(c.created_at)`)} FROM proposal_comments c WHERE c.target_id = t.id) AS answered_on
          FROM proposal_round_targets t JOIN proposal_rounds r ON r.id = t.round_id
          LEFT JOIN orgs o ON o.id = t.org_id
          LEFT JOIN users u ON u.id = t.user_id LEFT JOIN orgs uo ON uo.id = u.org_id
         WHERE r.proposal_id = ${proposalId} ORDER BY r.number, t.id`,
  );
}

/**
 * The targets of open rounds that the account answers for: itself as a person, its own unit, or a
 * unit of its scope — in that order of preference.
 */
export function targetsOfActor(db: Db, actor: Actor, proposalId: number) {
  return rows<{ id: number; version_id: number; user_id: number | null; org_id: number | null }>(
    db,
    sql`SELECT t.id, r.version_id, t.user_id, t.org_id
          FROM proposal_round_targets t JOIN proposal_rounds r ON r.id = t.round_id
         WHERE r.proposal_id = ${proposalId} AND r.closed_at IS NULL
           AND (t.user_id = ${actor.userId} OR ${inScope(actor, sql`t.org_id`)})
         ORDER BY (t.user_id = ${actor.userId}) DESC NULLS LAST, (t.org_id = ${actor.orgId}) DESC NULLS LAST, t.id DESC`,
  );
}

/** Ids of the targets whose comments a consulted account may read: any round, open or closed. */
export async function targetIdsOfActor(db: Db, actor: Actor, proposalId: number): Promise<number[]> {
  const r = await rows<{ id: number }>(
    db,
    sql`SELECT t.id FROM proposal_round_targets t JOIN proposal_rounds r ON r.id = t.round_id
         WHERE r.proposal_id = ${proposalId}
           AND (t.user_id = ${actor.userId} OR ${inScope(actor, sql`t.org_id`)})`,
  );
  return r.map((x) => Number(x.id));
}

export function target(db: Db, proposalId: number, targetId: number) {
  return one<{ id: number; version_id: number; open: boolean }>(
    db,
    sql`SELECT t.id, r.version_id, r.closed_at IS NULL AS open
          FROM proposal_round_targets t JOIN proposal_rounds r ON r.id = t.round_id
         WHERE r.proposal_id = ${proposalId} AND t.id = ${targetId}`,
  );
}

export async function insertRound(
  db: Db,
  r: {
    proposalId: number;
    versionId: number;
    dueOn: string;
    note: string | null;
    by: number;
    workRuleId: number | null;
    ruleArticle: string | null;
  },
): Promise<number> {
  const row = await one<{ id: number }>(
    db,
    sql`INSERT INTO proposal_rounds (proposal_id, number, version_id, due_on, note, opened_by, work_rule_id, rule_article)
        SELECT ${r.proposalId}, COALESCE(max(number), 0) + 1, ${r.versionId}, ${r.dueOn}, ${r.note}, ${r.by},
               ${r.workRuleId}, ${r.ruleArticle}
          FROM proposal_rounds WHERE proposal_id = ${r.proposalId}
        RETURNING id`,
  );
  return Number(row?.id);
}

export async function insertTarget(
  db: Db,
  t: { roundId: number; orgId: number | null; userId: number | null; dueOn: string },
): Promise<void> {
  await db.execute(
    sql`INSERT INTO proposal_round_targets (round_id, org_id, user_id, due_on)
        VALUES (${t.roundId}, ${t.orgId}, ${t.userId}, ${t.dueOn})`,
  );
}

export function closeRound(db: Db, roundId: number, by: number) {
  return run(
    db,
    sql`UPDATE proposal_rounds SET closed_at = now(), closed_by = ${by} WHERE id = ${roundId} AND closed_at IS NULL`,
  );
}

export async function openRoundIds(db: Db, proposalId: number): Promise<number[]> {
  const r = await rows<{ id: number }>(
    db,
    sql`SELECT id FROM proposal_rounds WHERE proposal_id = ${proposalId} AND closed_at IS NULL ORDER BY id`,
  );
  return r.map((x) => Number(x.id));
}

/** The people consulted in person by any round (their grants outlive a change of the task force). */
export async function consultedUserIds(db: Db, proposalId: number): Promise<number[]> {
  const r = await rows<{ user_id: number }>(
    db,
    sql`SELECT DISTINCT t.user_id FROM proposal_round_targets t JOIN proposal_rounds r ON r.id = t.round_id
         WHERE r.proposal_id = ${proposalId} AND t.user_id IS NOT NULL`,
  );
  return r.map((x) => Number(x.user_id));
}

/** Active accounts by id with their unit (people consulted in person). */
export function accounts(db: Db, ids: readonly number[]) {
  return rows<{ id: number; full_name: string; org_id: number }>(
    db,
    sql`SELECT id, full_name, org_id FROM users WHERE id = ANY(${array(ids)}::integer[]) AND disabled_at IS NULL`,
  );
}

export interface LateOpinionRow {
  target_id: number;
  proposal_id: number;
  title: string;
  round: number;
  org_id: number;
  org_name: string;
  consultee: string;
  due_on: string;
  answered_on: string | null;
  closed_on: string | null;
  rule_article: string | null;
}

/**
 * Opinions asked with a deadline in [from, today) and not given by it: unanswered, or answered after
 * it. The unit answerable is the consulted unit, or the consulted person's unit. The access rule of
 * the scheme and the viewer's scope over that unit are both part of the query.
 */
export function lateOpinions(db: Db, actor: Actor, from: string, today: string) {
  return rows<LateOpinionRow>(
    db,
    sql`SELECT * FROM (
          SELECT t.id AS target_id, p.id AS proposal_id, p.title, r.number AS round,
                 COALESCE(t.org_id, u.org_id) AS org_id, COALESCE(o.name, uo.name) AS org_name,
                 COALESCE(u.full_name, o.name) AS consultee, t.due_on::text AS due_on,
                 (SELECT ${vnDay(sql`min(c.created_at)`)} FROM proposal_comments c WHERE c.target_id = t.id) AS answered_on,
                 CASE WHEN r.closed_at IS NULL THEN NULL ELSE ${vnDay(sql`r.closed_at`)} END AS closed_on,
                 r.rule_article
            FROM proposal_round_targets t JOIN proposal_rounds r ON r.id = t.round_id
            JOIN proposals p ON p.id = r.proposal_id
            LEFT JOIN orgs o ON o.id = t.org_id
            LEFT JOIN users u ON u.id = t.user_id LEFT JOIN orgs uo ON uo.id = u.org_id
           WHERE t.due_on >= ${from}::date AND t.due_on < ${today}::date
             AND ${visibleTo(actor, { entity: 'proposal', id: sql`p.id`, ownerOrgId: sql`p.org_id`, secrecy: sql`p.secrecy` })}
             AND ${inScope(actor, sql`COALESCE(t.org_id, u.org_id)`)}
        ) x
        WHERE x.due_on::date < COALESCE(x.answered_on, x.closed_on, ${today})::date
        ORDER BY x.due_on, x.target_id LIMIT 500`,
  );
}
