// SQL of discipline decisions and of state bodies' notices.
import { type SQL, sql } from 'drizzle-orm';
import { type Viewer, visibleTo } from '../../../auth/queries.ts';
import type { Db } from '../../../db/client.ts';
import { one, rows, run } from '../../../db/sql.ts';

export const DECISION_ENTITY = 'discipline_decision';
export const NOTICE_ENTITY = 'discipline_notice';

export interface DecisionRow {
  id: number;
  member_id: number;
  member_name: string;
  owner_org_id: number;
  owner_name: string;
  authority_org_id: number;
  authority_name: string;
  form: string;
  violated_on: string;
  decided_on: string;
  reason: string;
  decision_no: string | null;
  case_id: number | null;
  limitation_version_id: number;
  appeal_due: string;
  appealed_on: string | null;
  appeal_note: string | null;
  appeal_outcome: string | null;
  secrecy: number;
  created_at: string | Date;
}

const COLS = sql`d.id, d.member_id, d.member_name, d.owner_org_id, o.name AS owner_name, d.authority_org_id,
  a.name AS authority_name, d.form, d.violated_on::text AS violated_on, d.decided_on::text AS decided_on, d.reason,
  d.decision_no, d.case_id, d.limitation_version_id, d.appeal_due::text AS appeal_due,
  d.appealed_on::text AS appealed_on, d.appeal_note, d.appeal_outcome, d.secrecy, d.created_at`;
const FROM = sql`discipline_decisions d JOIN orgs o ON o.id = d.owner_org_id JOIN orgs a ON a.id = d.authority_org_id`;

function decisionVisible(viewer: Viewer): SQL {
  return visibleTo(viewer, {
    entity: DECISION_ENTITY,
    id: sql`d.id`,
    ownerOrgId: sql`d.owner_org_id`,
    secrecy: sql`d.secrecy`,
  });
}

export async function insert(
  tx: Db,
  v: {
    memberId: number;
    memberName: string;
    ownerOrgId: number;
    authorityOrgId: number;
    form: string;
    violatedOn: string;
    decidedOn: string;
    reason: string;
    decisionNo: string | null;
    caseId: number | null;
    limitationVersionId: number;
    appealDue: string;
    appealVersionId: number;
    secrecy: number;
    by: number;
  },
): Promise<number> {
  const r = await one<{ id: number }>(
    tx,
    sql`INSERT INTO discipline_decisions (member_id, member_name, owner_org_id, authority_org_id, form, violated_on,
          decided_on, reason, decision_no, case_id, limitation_version_id, appeal_due, appeal_version_id, secrecy, created_by)
        VALUES (${v.memberId}, ${v.memberName}, ${v.ownerOrgId}, ${v.authorityOrgId}, ${v.form}, ${v.violatedOn}::date,
          ${v.decidedOn}::date, ${v.reason}, ${v.decisionNo}, ${v.caseId}, ${v.limitationVersionId}, ${v.appealDue}::date,
          ${v.appealVersionId}, ${v.secrecy}, ${v.by})
        RETURNING id`,
  );
  return Number(r?.id);
}

export function byId(db: Db, id: number, viewer: Viewer | null, lock = false) {
  return one<DecisionRow>(
    db,
    sql`SELECT ${COLS} FROM ${FROM} WHERE d.id = ${id} ${viewer ? sql`AND ${decisionVisible(viewer)}` : sql``}
        ${lock ? sql`FOR UPDATE OF d` : sql``}`,
  );
}

export function list(
  db: Db,
  viewer: Viewer,
  f: { memberId?: number | undefined; withinPath?: string | null; limit: number },
) {
  return rows<DecisionRow>(
    db,
    sql`SELECT ${COLS} FROM ${FROM}
         WHERE ${decisionVisible(viewer)}
           ${f.memberId ? sql`AND d.member_id = ${f.memberId}` : sql``}
           ${f.withinPath ? sql`AND o.path <@ ${f.withinPath}::ltree` : sql``}
         ORDER BY d.decided_on DESC, d.id DESC
         LIMIT ${f.limit}`,
  );
}

/** Every decision on a member decided from `from` to `to` (the award check: no viewer filter). */
export function ofMemberBetween(db: Db, memberId: number, from: string, to: string) {
  return rows<DecisionRow>(
    db,
    sql`SELECT ${COLS} FROM ${FROM}
         WHERE d.member_id = ${memberId} AND d.decided_on BETWEEN ${from}::date AND ${to}::date
           AND d.appeal_outcome IS DISTINCT FROM 'annulled'
         ORDER BY d.decided_on`,
  );
}

export function setAppeal(tx: Db, id: number, on: string, note: string) {
  return run(
    tx,
    sql`UPDATE discipline_decisions SET appealed_on = ${on}::date, appeal_note = ${note} WHERE id = ${id}`,
  );
}

export function setOutcome(tx: Db, id: number, outcome: string, note: string | null) {
  return run(
    tx,
    sql`UPDATE discipline_decisions SET appeal_outcome = ${outcome},
          appeal_note = coalesce(appeal_note, '') || ${note ? `\n${note}` : ''} WHERE id = ${id}`,
  );
}

/** A unit's path (the authority must be the member's unit or above it). */
export function orgPath(db: Db, id: number) {
  return one<{ id: number; path: string; name: string }>(
    db,
    sql`SELECT id, path::text AS path, name FROM orgs WHERE id = ${id}`,
  );
}

// ---- State bodies' notices -------------------------------------------------------------------------

export interface NoticeRow {
  id: number;
  member_id: number;
  member_name: string;
  owner_org_id: number;
  owner_name: string;
  state_body: string;
  form: string;
  decided_on: string;
  received_on: string;
  due_on: string;
  rule_version_id: number;
  created_at: string | Date;
}

export async function insertNotice(
  tx: Db,
  v: {
    memberId: number;
    memberName: string;
    ownerOrgId: number;
    stateBody: string;
    form: string;
    decidedOn: string;
    receivedOn: string;
    dueOn: string;
    ruleVersionId: number;
    by: number;
  },
): Promise<number> {
  const r = await one<{ id: number }>(
    tx,
    sql`INSERT INTO discipline_notices (member_id, member_name, owner_org_id, state_body, form, decided_on,
          received_on, due_on, rule_version_id, created_by)
        VALUES (${v.memberId}, ${v.memberName}, ${v.ownerOrgId}, ${v.stateBody}, ${v.form}, ${v.decidedOn}::date,
          ${v.receivedOn}::date, ${v.dueOn}::date, ${v.ruleVersionId}, ${v.by})
        RETURNING id`,
  );
  return Number(r?.id);
}

const NOTICE_COLS = sql`n.id, n.member_id, n.member_name, n.owner_org_id, o.name AS owner_name, n.state_body, n.form,
  n.decided_on::text AS decided_on, n.received_on::text AS received_on, n.due_on::text AS due_on, n.rule_version_id,
  n.created_at`;

export function notices(db: Db, viewer: Viewer, f: { memberId?: number | undefined; id?: number }) {
  return rows<NoticeRow>(
    db,
    sql`SELECT ${NOTICE_COLS} FROM discipline_notices n JOIN orgs o ON o.id = n.owner_org_id
         WHERE ${visibleTo(viewer, { entity: NOTICE_ENTITY, id: sql`n.id`, ownerOrgId: sql`n.owner_org_id`, secrecy: sql`0` })}
           ${f.memberId ? sql`AND n.member_id = ${f.memberId}` : sql``}
           ${f.id ? sql`AND n.id = ${f.id}` : sql``}
         ORDER BY n.received_on DESC, n.id DESC LIMIT 100`,
  );
}
