// SQL of the working regulations: a unit's versions, the one in force on a day, one by id, a new one.
import { type SQL, sql } from 'drizzle-orm';
import { inScope, type Viewer } from '../../../auth/queries.ts';
import type { Db } from '../../../db/client.ts';
import { one, rows } from '../../../db/sql.ts';

export interface RegulationRow {
  id: number;
  org_id: number;
  org_name: string;
  title: string;
  source: string;
  effective_from: string;
  items: unknown;
  created_by_name: string | null;
  created_at: string;
}

const COLS = sql`r.id, r.org_id, o.name AS org_name, r.title, r.source, r.effective_from::text AS effective_from,
  r.items, u.full_name AS created_by_name, r.created_at`;
const FROM = sql`work_rule_regulations r JOIN orgs o ON o.id = r.org_id LEFT JOIN users u ON u.id = r.created_by`;
const scoped = (viewer: Pick<Viewer, 'orgId'> | null): SQL =>
  viewer ? sql`AND ${inScope(viewer, sql`r.org_id`)}` : sql``;

/** A unit's versions, newest first (within the viewer's scope). */
export function ofOrg(db: Db, viewer: Pick<Viewer, 'orgId'>, orgId: number) {
  return rows<RegulationRow>(
    db,
    sql`SELECT ${COLS} FROM ${FROM} WHERE r.org_id = ${orgId}::integer ${scoped(viewer)}
         ORDER BY r.effective_from DESC, r.id DESC`,
  );
}

/** The version in force for a unit on a day (null viewer: the system, for other areas' checks). */
export function inForce(db: Db, viewer: Pick<Viewer, 'orgId'> | null, orgId: number, on: string) {
  return one<RegulationRow>(
    db,
    sql`SELECT ${COLS} FROM ${FROM}
         WHERE r.org_id = ${orgId}::integer AND r.effective_from <= ${on}::date ${scoped(viewer)}
         ORDER BY r.effective_from DESC, r.id DESC LIMIT 1`,
  );
}

export function byId(db: Db, viewer: Pick<Viewer, 'orgId'> | null, id: number) {
  return one<RegulationRow>(
    db,
    sql`SELECT ${COLS} FROM ${FROM} WHERE r.id = ${id}::integer ${scoped(viewer)}`,
  );
}

export async function insert(
  db: Db,
  r: { orgId: number; title: string; source: string; effectiveFrom: string; items: unknown; by: number },
): Promise<number> {
  const row = await one<{ id: number }>(
    db,
    sql`INSERT INTO work_rule_regulations (org_id, title, source, effective_from, items, created_by)
        VALUES (${r.orgId}, ${r.title}, ${r.source}, ${r.effectiveFrom}::date, ${JSON.stringify(r.items)}::jsonb, ${r.by})
        RETURNING id`,
  );
  return Number(row?.id);
}
