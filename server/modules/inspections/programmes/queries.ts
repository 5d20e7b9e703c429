// SQL of annual inspection and supervision programmes and their items.
import { type SQL, sql } from 'drizzle-orm';
import { type Viewer, visibleTo } from '../../../auth/queries.ts';
import type { Db } from '../../../db/client.ts';
import { one, rows, run } from '../../../db/sql.ts';

export const PROGRAMME_ENTITY = 'inspection_programme';

export interface ProgrammeRow {
  id: number;
  org_id: number;
  org_name: string;
  issuer: string;
  year: number;
  title: string;
  secrecy: number;
  item_count: number;
}

export interface ItemRow {
  id: number;
  kind: string;
  content: string;
  subject_org_id: number | null;
  subject_member_id: number | null;
  subject_name: string | null;
  period_from: string;
  period_to: string;
  case_count: number;
}

function programmeVisible(viewer: Viewer): SQL {
  return visibleTo(viewer, {
    entity: PROGRAMME_ENTITY,
    id: sql`p.id`,
    ownerOrgId: sql`p.org_id`,
    secrecy: sql`p.secrecy`,
  });
}

const COLS = sql`p.id, p.org_id, o.name AS org_name, p.issuer, p.year, p.title, p.secrecy,
  (SELECT count(*) FROM inspection_programme_items i WHERE i.programme_id = p.id)::integer AS item_count`;

export async function insert(
  tx: Db,
  v: { orgId: number; issuer: string; year: number; title: string; by: number },
): Promise<number> {
  const r = await one<{ id: number }>(
    tx,
    sql`INSERT INTO inspection_programmes (org_id, issuer, year, title, created_by)
        VALUES (${v.orgId}, ${v.issuer}, ${v.year}, ${v.title}, ${v.by}) RETURNING id`,
  );
  return Number(r?.id);
}

export async function insertItem(
  tx: Db,
  v: {
    programmeId: number;
    kind: string;
    content: string;
    subjectOrgId: number | null;
    subjectMemberId: number | null;
    subjectName: string | null;
    periodFrom: string;
    periodTo: string;
  },
) {
  await run(
    tx,
    sql`INSERT INTO inspection_programme_items (programme_id, kind, content, subject_org_id, subject_member_id,
          subject_name, period_from, period_to)
        VALUES (${v.programmeId}, ${v.kind}, ${v.content}, ${v.subjectOrgId}, ${v.subjectMemberId}, ${v.subjectName},
          ${v.periodFrom}::date, ${v.periodTo}::date)`,
  );
}

export function byId(db: Db, id: number, viewer: Viewer) {
  return one<ProgrammeRow>(
    db,
    sql`SELECT ${COLS} FROM inspection_programmes p JOIN orgs o ON o.id = p.org_id
         WHERE p.id = ${id} AND ${programmeVisible(viewer)}`,
  );
}

export function list(db: Db, viewer: Viewer, f: { withinPath: string | null; year?: number | undefined }) {
  return rows<ProgrammeRow>(
    db,
    sql`SELECT ${COLS} FROM inspection_programmes p JOIN orgs o ON o.id = p.org_id
         WHERE ${programmeVisible(viewer)}
           ${f.withinPath ? sql`AND o.path <@ ${f.withinPath}::ltree` : sql``}
           ${f.year ? sql`AND p.year = ${f.year}` : sql``}
         ORDER BY p.year DESC, p.id DESC LIMIT 100`,
  );
}

export function items(db: Db, programmeId: number) {
  return rows<ItemRow>(
    db,
    sql`SELECT i.id, i.kind, i.content, i.subject_org_id, i.subject_member_id,
               coalesce(i.subject_name, so.name) AS subject_name, i.period_from::text AS period_from,
               i.period_to::text AS period_to,
               (SELECT count(*) FROM inspection_cases c WHERE c.programme_item_id = i.id)::integer AS case_count
          FROM inspection_programme_items i LEFT JOIN orgs so ON so.id = i.subject_org_id
         WHERE i.programme_id = ${programmeId} ORDER BY i.period_from, i.id`,
  );
}

export function orgName(db: Db, id: number) {
  return one<{ id: number; name: string; path: string }>(
    db,
    sql`SELECT id, name, path::text AS path FROM orgs WHERE id = ${id}`,
  );
}
