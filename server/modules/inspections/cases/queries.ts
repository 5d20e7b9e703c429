// SQL of inspection and supervision cases: the case, its team, its remedies.
import { type SQL, sql } from 'drizzle-orm';
import type { Role } from '../../../../domain/roles.ts';
import { type Viewer, visibleTo } from '../../../auth/queries.ts';
import type { Db } from '../../../db/client.ts';
import { array, one, rows, run } from '../../../db/sql.ts';

export const CASE_ENTITY = 'inspection_case';

export interface CaseRow {
  id: number;
  owner_org_id: number;
  owner_name: string;
  owner_path: string;
  kind: string;
  title: string;
  subject_org_id: number | null;
  subject_member_id: number | null;
  subject_name: string;
  complainant: string | null;
  decision_no: string;
  decided_on: string;
  stage: string;
  preparation_from: string;
  conduct_from: string | null;
  conclusion_from: string | null;
  closed_on: string | null;
  self_report_due: string | null;
  self_report_on: string | null;
  conclusion: string | null;
  violation_found: boolean | null;
  secrecy: number;
  programme_item_id: number | null;
  created_at: string | Date;
}

const COLS = sql`c.id, c.owner_org_id, o.name AS owner_name, o.path::text AS owner_path, c.kind, c.title,
  c.subject_org_id, c.subject_member_id, c.subject_name, c.complainant, c.decision_no, c.decided_on::text AS decided_on,
  c.stage, c.preparation_from::text AS preparation_from, c.conduct_from::text AS conduct_from,
  c.conclusion_from::text AS conclusion_from, c.closed_on::text AS closed_on, c.self_report_due::text AS self_report_due,
  c.self_report_on::text AS self_report_on, c.conclusion, c.violation_found, c.secrecy, c.programme_item_id, c.created_at`;
const FROM = sql`inspection_cases c JOIN orgs o ON o.id = c.owner_org_id`;

/**
 * Who sees a case: the access rule (clearance, and the owner in scope or a grant), narrowed to the
 * inspection committee's own people (the owning unit), the team (a grant to each member) and the
 * leaders whose scope holds the owner.
 */
export function caseVisible(viewer: Viewer & { role: Role }): SQL {
  const rec = {
    entity: CASE_ENTITY,
    id: sql`c.id`,
    ownerOrgId: sql`c.owner_org_id`,
    secrecy: sql`c.secrecy`,
  };
  if (viewer.role === 'leader') return visibleTo(viewer, rec);
  // Unit 0 does not exist: the rule then answers only for grants to the account itself.
  const personal = visibleTo({ orgId: 0, userId: viewer.userId, clearance: viewer.clearance }, rec);
  return sql`((${visibleTo(viewer, rec)} AND c.owner_org_id = ${viewer.orgId}::integer) OR ${personal})`;
}

export async function insert(
  tx: Db,
  v: {
    ownerOrgId: number;
    kind: string;
    title: string;
    subjectOrgId: number | null;
    subjectMemberId: number | null;
    subjectName: string;
    complainant: string | null;
    decisionNo: string;
    decidedOn: string;
    preparationFrom: string;
    selfReportDue: string | null;
    secrecy: number;
    programmeItemId: number | null;
    by: number;
  },
): Promise<number> {
  const r = await one<{ id: number }>(
    tx,
    sql`INSERT INTO inspection_cases (owner_org_id, kind, title, subject_org_id, subject_member_id, subject_name,
          complainant, decision_no, decided_on, preparation_from, self_report_due, secrecy, programme_item_id, created_by)
        VALUES (${v.ownerOrgId}, ${v.kind}, ${v.title}, ${v.subjectOrgId}, ${v.subjectMemberId}, ${v.subjectName},
          ${v.complainant}, ${v.decisionNo}, ${v.decidedOn}::date, ${v.preparationFrom}::date, ${v.selfReportDue}::date,
          ${v.secrecy}, ${v.programmeItemId}, ${v.by})
        RETURNING id`,
  );
  return Number(r?.id);
}

export function byId(db: Db, id: number, viewer: (Viewer & { role: Role }) | null, lock = false) {
  return one<CaseRow>(
    db,
    sql`SELECT ${COLS} FROM ${FROM} WHERE c.id = ${id} ${viewer ? sql`AND ${caseVisible(viewer)}` : sql``}
        ${lock ? sql`FOR UPDATE OF c` : sql``}`,
  );
}

export function list(
  db: Db,
  viewer: Viewer & { role: Role },
  f: { withinPath: string | null; kind?: string | undefined; limit: number },
) {
  return rows<CaseRow>(
    db,
    sql`SELECT ${COLS} FROM ${FROM}
         WHERE ${caseVisible(viewer)}
           ${f.withinPath ? sql`AND o.path <@ ${f.withinPath}::ltree` : sql``}
           ${f.kind ? sql`AND c.kind = ${f.kind}` : sql``}
         ORDER BY (c.stage = 'closed'), c.decided_on DESC, c.id DESC
         LIMIT ${f.limit}`,
  );
}

export function setStage(tx: Db, id: number, stage: string, on: string) {
  const col =
    stage === 'conduct' ? sql`conduct_from` : stage === 'conclusion' ? sql`conclusion_from` : sql`closed_on`;
  return run(tx, sql`UPDATE inspection_cases SET stage = ${stage}, ${col} = ${on}::date WHERE id = ${id}`);
}

export function setSelfReport(tx: Db, id: number, on: string) {
  return run(tx, sql`UPDATE inspection_cases SET self_report_on = ${on}::date WHERE id = ${id}`);
}

export function setConclusion(tx: Db, id: number, v: { on: string; text: string; violationFound: boolean }) {
  return run(
    tx,
    sql`UPDATE inspection_cases SET conclusion = ${v.text}, violation_found = ${v.violationFound}, stage = 'closed',
          closed_on = ${v.on}::date WHERE id = ${id}`,
  );
}

/** A unit's name (the inspected organisation). */
export function org(db: Db, id: number) {
  return one<{ id: number; name: string }>(db, sql`SELECT id, name FROM orgs WHERE id = ${id}`);
}

// ---- Team ------------------------------------------------------------------------------------------

export interface TeamRow {
  user_id: number;
  full_name: string;
  lead: boolean;
}

/** Active accounts among `ids` (the team must be real people). */
export function activeUsers(db: Db, ids: readonly number[]) {
  return rows<{ id: number; full_name: string; clearance: number }>(
    db,
    sql`SELECT id, full_name, clearance FROM users WHERE id = ANY(${array(ids)}::integer[]) AND disabled_at IS NULL`,
  );
}

export async function addTeam(tx: Db, caseId: number, userId: number, lead: boolean) {
  await run(
    tx,
    sql`INSERT INTO inspection_case_team (case_id, user_id, lead) VALUES (${caseId}, ${userId}, ${lead})`,
  );
}

export function team(db: Db, caseId: number) {
  return rows<TeamRow>(
    db,
    sql`SELECT t.user_id, u.full_name, t.lead FROM inspection_case_team t JOIN users u ON u.id = t.user_id
         WHERE t.case_id = ${caseId} ORDER BY t.lead DESC, u.full_name`,
  );
}

// ---- Remedies --------------------------------------------------------------------------------------

export interface RemedyRow {
  id: number;
  content: string;
  due_on: string;
  done_on: string | null;
  note: string | null;
}

export async function addRemedy(tx: Db, caseId: number, content: string, dueOn: string) {
  await run(
    tx,
    sql`INSERT INTO inspection_remedies (case_id, content, due_on) VALUES (${caseId}, ${content}, ${dueOn}::date)`,
  );
}

export function remedies(db: Db, caseId: number) {
  return rows<RemedyRow>(
    db,
    sql`SELECT id, content, due_on::text AS due_on, done_on::text AS done_on, note FROM inspection_remedies
         WHERE case_id = ${caseId} ORDER BY due_on, id`,
  );
}

export function remedyDone(tx: Db, caseId: number, remedyId: number, on: string, note: string | null) {
  return run(
    tx,
    sql`UPDATE inspection_remedies SET done_on = ${on}::date, note = ${note}
         WHERE id = ${remedyId} AND case_id = ${caseId} AND done_on IS NULL`,
  );
}
