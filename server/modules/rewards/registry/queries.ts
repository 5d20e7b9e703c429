// SQL of the award registry: awards per person and per unit, and revocation.
import { sql } from 'drizzle-orm';
import { type Viewer, visibleTo } from '../../../auth/queries.ts';
import type { Db } from '../../../db/client.ts';
import { one, rows, run } from '../../../db/sql.ts';

export const AWARD_ENTITY = 'reward_award';

export interface AwardRow {
  id: number;
  proposal_id: number;
  org_id: number;
  org_name: string;
  kind: string;
  member_id: number | null;
  subject_org_id: number | null;
  subject_name: string;
  achievement: string;
  year: number;
  decision_no: string;
  decided_on: string;
  revoked_on: string | null;
  revoke_reason: string | null;
}

const COLS = sql`a.id, a.proposal_id, a.org_id, o.name AS org_name, a.kind, a.member_id, a.subject_org_id,
  a.subject_name, p.achievement, p.year, a.decision_no, a.decided_on::text AS decided_on,
  a.revoked_on::text AS revoked_on, a.revoke_reason`;
const FROM = sql`reward_awards a JOIN reward_proposals p ON p.id = a.proposal_id JOIN orgs o ON o.id = a.org_id`;
const visible = (viewer: Viewer) =>
  visibleTo(viewer, { entity: AWARD_ENTITY, id: sql`a.id`, ownerOrgId: sql`a.org_id`, secrecy: sql`0` });

export function list(
  db: Db,
  viewer: Viewer,
  f: { withinPath: string | null; memberId?: number | undefined; year?: number | undefined },
) {
  return rows<AwardRow>(
    db,
    sql`SELECT ${COLS} FROM ${FROM}
         WHERE ${visible(viewer)}
           ${f.withinPath ? sql`AND o.path <@ ${f.withinPath}::ltree` : sql``}
           ${f.memberId ? sql`AND a.member_id = ${f.memberId}` : sql``}
           ${f.year ? sql`AND p.year = ${f.year}` : sql``}
         ORDER BY a.decided_on DESC, a.id DESC LIMIT 500`,
  );
}

export function byId(db: Db, id: number, viewer: Viewer, lock = false) {
  return one<AwardRow>(
    db,
    sql`SELECT ${COLS} FROM ${FROM} WHERE a.id = ${id} AND ${visible(viewer)} ${lock ? sql`FOR UPDATE OF a` : sql``}`,
  );
}

export function revoke(tx: Db, id: number, on: string, reason: string) {
  return run(
    tx,
    sql`UPDATE reward_awards SET revoked_on = ${on}::date, revoke_reason = ${reason} WHERE id = ${id} AND revoked_on IS NULL`,
  );
}

export function orgName(db: Db, id: number) {
  return one<{ name: string }>(db, sql`SELECT name FROM orgs WHERE id = ${id}`);
}
