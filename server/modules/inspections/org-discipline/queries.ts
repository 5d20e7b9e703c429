// SQL of discipline decisions on party organisations.
import { type SQL, sql } from 'drizzle-orm';
import { type Viewer, visibleTo } from '../../../auth/queries.ts';
import type { Db } from '../../../db/client.ts';
import { one, rows } from '../../../db/sql.ts';

export const ORG_DECISION_ENTITY = 'discipline_org_decision';

export interface OrgDecisionRow {
  id: number;
  org_id: number;
  org_name: string;
  authority_org_id: number;
  authority_name: string;
  form: string;
  violated_on: string;
  decided_on: string;
  reason: string;
  decision_no: string | null;
  limitation_version_id: number;
  secrecy: number;
  created_at: string | Date;
}

const COLS = sql`d.id, d.org_id, d.org_name, d.authority_org_id, a.name AS authority_name, d.form,
  d.violated_on::text AS violated_on, d.decided_on::text AS decided_on, d.reason, d.decision_no,
  d.limitation_version_id, d.secrecy, d.created_at`;
const FROM = sql`discipline_org_decisions d JOIN orgs o ON o.id = d.org_id JOIN orgs a ON a.id = d.authority_org_id`;

function visible(viewer: Viewer): SQL {
  return visibleTo(viewer, {
    entity: ORG_DECISION_ENTITY,
    id: sql`d.id`,
    ownerOrgId: sql`d.org_id`,
    secrecy: sql`d.secrecy`,
  });
}

export async function insert(
  tx: Db,
  v: {
    orgId: number;
    orgName: string;
    authorityOrgId: number;
    form: string;
    violatedOn: string;
    decidedOn: string;
    reason: string;
    decisionNo: string | null;
    limitationVersionId: number;
    secrecy: number;
    by: number;
  },
): Promise<number> {
  const r = await one<{ id: number }>(
    tx,
    sql`INSERT INTO discipline_org_decisions (org_id, org_name, authority_org_id, form, violated_on, decided_on,
          reason, decision_no, limitation_version_id, secrecy, created_by)
        VALUES (${v.orgId}, ${v.orgName}, ${v.authorityOrgId}, ${v.form}, ${v.violatedOn}::date, ${v.decidedOn}::date,
          ${v.reason}, ${v.decisionNo}, ${v.limitationVersionId}, ${v.secrecy}, ${v.by})
        RETURNING id`,
  );
  return Number(r?.id);
}

export function byId(db: Db, id: number, viewer: Viewer) {
  return one<OrgDecisionRow>(db, sql`SELECT ${COLS} FROM ${FROM} WHERE d.id = ${id} AND ${visible(viewer)}`);
}

/** The decisions on a unit (`within`: also on the units below it) that the viewer may see. */
export function list(db: Db, viewer: Viewer, f: { path: string; limit: number }) {
  return rows<OrgDecisionRow>(
    db,
    sql`SELECT ${COLS} FROM ${FROM}
         WHERE ${visible(viewer)} AND o.path <@ ${f.path}::ltree
         ORDER BY d.decided_on DESC, d.id DESC
         LIMIT ${f.limit}`,
  );
}

/** Every decision on one unit made on or before a day, whatever its secrecy (the awards check). */
export function ofOrgUpTo(db: Db, orgId: number, to: string) {
  return rows<OrgDecisionRow>(
    db,
    sql`SELECT ${COLS} FROM ${FROM} WHERE d.org_id = ${orgId} AND d.decided_on <= ${to}::date
         ORDER BY d.decided_on, d.id`,
  );
}
