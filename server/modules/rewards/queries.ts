// SQL of emulation movements and award proposals.
import { type SQL, sql } from 'drizzle-orm';
import { type Viewer, visibleTo } from '../../auth/queries.ts';
import type { Db } from '../../db/client.ts';
import { one, rows, run } from '../../db/sql.ts';

export const MOVEMENT_ENTITY = 'reward_movement';
export const PROPOSAL_ENTITY = 'reward_proposal';

export interface MovementRow {
  id: number;
  org_id: number;
  org_name: string;
  title: string;
  criteria: string;
  starts_on: string;
  ends_on: string;
  /** The units taking part, as JSON [{ id, name }] in tree order. */
  units: unknown;
  proposals: number;
}

export interface ProposalRow {
  id: number;
  org_id: number;
  org_name: string;
  movement_id: number | null;
  movement_title: string | null;
  kind: string;
  year: number;
  member_id: number | null;
  subject_org_id: number | null;
  subject_name: string;
  achievement: string;
  status: string;
  failures: unknown;
  rule_version_id: number;
  votes_for: number | null;
  votes_against: number | null;
  council_on: string | null;
  award_id: number | null;
  decision_no: string | null;
  decided_on: string | null;
  created_at: string | Date;
}

function visible(viewer: Viewer, entity: string, alias: 'm' | 'p'): SQL {
  return visibleTo(viewer, {
    entity,
    id: sql.raw(`${alias}.id`),
    ownerOrgId: sql.raw(`${alias}.org_id`),
    secrecy: sql`0`,
  });
}

export async function insertMovement(
  tx: Db,
  v: { orgId: number; title: string; criteria: string; startsOn: string; endsOn: string; by: number },
): Promise<number> {
  const r = await one<{ id: number }>(
    tx,
    sql`INSERT INTO reward_movements (org_id, title, criteria, starts_on, ends_on, created_by)
        VALUES (${v.orgId}, ${v.title}, ${v.criteria}, ${v.startsOn}::date, ${v.endsOn}::date, ${v.by}) RETURNING id`,
  );
  return Number(r?.id);
}

const MOVEMENT_COLS = sql`m.id, m.org_id, o.name AS org_name, m.title, m.criteria, m.starts_on::text AS starts_on,
  m.ends_on::text AS ends_on,
  COALESCE((SELECT json_agg(json_build_object('id', u.id, 'name', u.name) ORDER BY u.path)
              FROM reward_movement_units mu JOIN orgs u ON u.id = mu.org_id WHERE mu.movement_id = m.id),
           '[]'::json) AS units,
  (SELECT count(*)::integer FROM reward_proposals rp WHERE rp.movement_id = m.id) AS proposals`;

export async function insertMovementUnits(tx: Db, movementId: number, orgIds: readonly number[]) {
  for (const orgId of orgIds) {
    await run(
      tx,
      sql`INSERT INTO reward_movement_units (movement_id, org_id) VALUES (${movementId}, ${orgId})`,
    );
  }
}

export function movements(db: Db, viewer: Viewer, f: { id?: number }) {
  return rows<MovementRow>(
    db,
    sql`SELECT ${MOVEMENT_COLS} FROM reward_movements m JOIN orgs o ON o.id = m.org_id
         WHERE ${visible(viewer, MOVEMENT_ENTITY, 'm')} ${f.id ? sql`AND m.id = ${f.id}` : sql``}
         ORDER BY m.starts_on DESC, m.id DESC LIMIT 100`,
  );
}

export async function insertProposal(
  tx: Db,
  v: {
    orgId: number;
    movementId: number | null;
    kind: string;
    year: number;
    memberId: number | null;
    subjectOrgId: number | null;
    subjectName: string;
    achievement: string;
    status: string;
    failures: unknown;
    ruleVersionId: number;
    by: number;
  },
): Promise<number> {
  const r = await one<{ id: number }>(
    tx,
    sql`INSERT INTO reward_proposals (org_id, movement_id, kind, year, member_id, subject_org_id, subject_name,
          achievement, status, failures, rule_version_id, created_by)
        VALUES (${v.orgId}, ${v.movementId}, ${v.kind}, ${v.year}, ${v.memberId}, ${v.subjectOrgId}, ${v.subjectName},
          ${v.achievement}, ${v.status}, ${JSON.stringify(v.failures)}::jsonb, ${v.ruleVersionId}, ${v.by})
        RETURNING id`,
  );
  return Number(r?.id);
}

const PROPOSAL_COLS = sql`p.id, p.org_id, o.name AS org_name, p.movement_id, mv.title AS movement_title, p.kind, p.year,
  p.member_id, p.subject_org_id, p.subject_name, p.achievement, p.status, p.failures, p.rule_version_id, p.votes_for,
  p.votes_against, p.council_on::text AS council_on, a.id AS award_id, a.decision_no, a.decided_on::text AS decided_on,
  p.created_at`;
const PROPOSAL_FROM = sql`reward_proposals p JOIN orgs o ON o.id = p.org_id
  LEFT JOIN reward_movements mv ON mv.id = p.movement_id LEFT JOIN reward_awards a ON a.proposal_id = p.id`;

export function proposal(db: Db, id: number, viewer: Viewer | null, lock = false) {
  return one<ProposalRow>(
    db,
    sql`SELECT ${PROPOSAL_COLS} FROM ${PROPOSAL_FROM}
         WHERE p.id = ${id} ${viewer ? sql`AND ${visible(viewer, PROPOSAL_ENTITY, 'p')}` : sql``}
         ${lock ? sql`FOR UPDATE OF p` : sql``}`,
  );
}

export function proposals(
  db: Db,
  viewer: Viewer,
  f: {
    withinPath: string | null;
    year?: number | undefined;
    status?: string | undefined;
    memberId?: number | undefined;
    limit: number;
  },
) {
  return rows<ProposalRow>(
    db,
    sql`SELECT ${PROPOSAL_COLS} FROM ${PROPOSAL_FROM}
         WHERE ${visible(viewer, PROPOSAL_ENTITY, 'p')}
           ${f.withinPath ? sql`AND o.path <@ ${f.withinPath}::ltree` : sql``}
           ${f.year ? sql`AND p.year = ${f.year}` : sql``}
           ${f.status ? sql`AND p.status = ${f.status}` : sql``}
           ${f.memberId ? sql`AND p.member_id = ${f.memberId}` : sql``}
         ORDER BY p.year DESC, p.id DESC LIMIT ${f.limit}`,
  );
}

export function setCouncil(
  tx: Db,
  id: number,
  v: { on: string; votesFor: number; votesAgainst: number; status: string },
) {
  return run(
    tx,
    sql`UPDATE reward_proposals SET council_on = ${v.on}::date, votes_for = ${v.votesFor},
          votes_against = ${v.votesAgainst}, status = ${v.status} WHERE id = ${id}`,
  );
}

export async function decide(
  tx: Db,
  p: ProposalRow,
  v: { decisionNo: string; decidedOn: string },
): Promise<number> {
  await run(tx, sql`UPDATE reward_proposals SET status = 'decided' WHERE id = ${p.id}`);
  const r = await one<{ id: number }>(
    tx,
    sql`INSERT INTO reward_awards (proposal_id, org_id, kind, member_id, subject_org_id, subject_name, decision_no,
          decided_on)
        VALUES (${p.id}, ${p.org_id}, ${p.kind}, ${p.member_id}, ${p.subject_org_id}, ${p.subject_name}, ${v.decisionNo},
          ${v.decidedOn}::date)
        RETURNING id`,
  );
  return Number(r?.id);
}

/** A unit by id (the tree is readable by all). */
export function org(db: Db, id: number) {
  return one<{ id: number; name: string; path: string }>(
    db,
    sql`SELECT id, name, path::text AS path FROM orgs WHERE id = ${id}`,
  );
}
