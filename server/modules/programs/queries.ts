// SQL of programmes, their items, revisions and grants. Reads that return programmes to an actor
// filter with visibleTo (entity 'program').
import { type SQL, sql } from 'drizzle-orm';
import type { ProgramKind, ProgramStatus } from '../../../domain/programs/labels.ts';
import type { Actor } from '../../auth/actor.ts';
import { visibleTo } from '../../auth/queries.ts';
import type { Db } from '../../db/client.ts';
import { array, one, rows } from '../../db/sql.ts';

export const ENTITY = 'program';

export interface ProgramRow {
  id: number;
  owner_org_id: number;
  org_name: string;
  org_path: string;
  kind: ProgramKind;
  title: string;
  theme: string | null;
  starts_on: string;
  ends_on: string;
  parent_program_id: number | null;
  status: ProgramStatus;
  revision: number;
  secrecy: number;
  approved_at: string | null;
  approved_by_name: string | null;
  created_at: string;
  item_count: number;
}

const COLS = sql`p.id, p.owner_org_id, o.name AS org_name, o.path::text AS org_path, p.kind, p.title, p.theme,
  p.starts_on::text AS starts_on, p.ends_on::text AS ends_on, p.parent_program_id, p.status, p.revision, p.secrecy,
  p.approved_at, au.full_name AS approved_by_name, p.created_at,
  (SELECT count(*) FROM program_items i WHERE i.program_id = p.id)::integer AS item_count`;
const FROM = sql`programs p JOIN orgs o ON o.id = p.owner_org_id LEFT JOIN users au ON au.id = p.approved_by`;

export function visible(actor: Actor): SQL {
  return visibleTo(actor, {
    entity: ENTITY,
    id: sql`p.id`,
    ownerOrgId: sql`p.owner_org_id`,
    secrecy: sql`p.secrecy`,
  });
}

export function byId(db: Db, id: number) {
  return one<ProgramRow>(db, sql`SELECT ${COLS} FROM ${FROM} WHERE p.id = ${id}`);
}

export function visibleById(db: Db, actor: Actor, id: number) {
  return one<ProgramRow>(db, sql`SELECT ${COLS} FROM ${FROM} WHERE p.id = ${id} AND ${visible(actor)}`);
}

export async function lock(db: Db, id: number): Promise<void> {
  await db.execute(sql`SELECT id FROM programs WHERE id = ${id} FOR UPDATE`);
}

export interface ListFilters {
  orgId?: number | undefined;
  kind?: ProgramKind | undefined;
  status?: ProgramStatus | undefined;
  year?: number | undefined;
  parentProgramId?: number | undefined;
  q?: string | undefined;
}

export function list(db: Db, actor: Actor, f: ListFilters) {
  const conds: SQL[] = [visible(actor)];
  if (f.orgId) conds.push(sql`p.owner_org_id = ${f.orgId}`);
  if (f.kind) conds.push(sql`p.kind = ${f.kind}`);
  if (f.status) conds.push(sql`p.status = ${f.status}`);
  if (f.year) {
    conds.push(
      sql`p.starts_on <= make_date(${f.year}::integer, 12, 31) AND p.ends_on >= make_date(${f.year}::integer, 1, 1)`,
    );
  }
  if (f.parentProgramId) conds.push(sql`p.parent_program_id = ${f.parentProgramId}`);
  if (f.q)
    conds.push(sql`vn_fold(p.title || ' ' || coalesce(p.theme, '')) LIKE '%' || vn_fold(${f.q}) || '%'`);
  return rows<ProgramRow>(
    db,
    sql`SELECT ${COLS} FROM ${FROM} WHERE ${sql.join(conds, sql` AND `)}
         ORDER BY p.starts_on DESC, p.id DESC LIMIT 500`,
  );
}

export async function insert(
  db: Db,
  p: {
    orgId: number;
    kind: ProgramKind;
    title: string;
    theme: string | null;
    startsOn: string;
    endsOn: string;
    parentProgramId: number | null;
    secrecy: number;
    createdBy: number;
  },
): Promise<number> {
  const row = await one<{ id: number }>(
    db,
    sql`INSERT INTO programs (owner_org_id, kind, title, theme, starts_on, ends_on, parent_program_id, secrecy, created_by)
        VALUES (${p.orgId}, ${p.kind}, ${p.title}, ${p.theme}, ${p.startsOn}::date, ${p.endsOn}::date,
                ${p.parentProgramId}::integer, ${p.secrecy}, ${p.createdBy})
        RETURNING id`,
  );
  if (!row) throw new Error('insert program returned nothing');
  return row.id;
}

export async function update(
  db: Db,
  id: number,
  p: { title: string; theme: string | null; startsOn: string; endsOn: string },
): Promise<void> {
  await db.execute(sql`UPDATE programs SET title = ${p.title}, theme = ${p.theme}, starts_on = ${p.startsOn}::date,
                         ends_on = ${p.endsOn}::date, updated_at = now() WHERE id = ${id}`);
}

export async function approve(db: Db, id: number, userId: number): Promise<void> {
  await db.execute(sql`UPDATE programs SET status = 'approved', approved_at = now(), approved_by = ${userId},
                         updated_at = now() WHERE id = ${id}`);
}

/** Records a revision of an approved programme; returns its number. */
export async function addRevision(
  db: Db,
  id: number,
  r: { reason: string; change: unknown; by: number },
): Promise<number> {
  const row = await one<{ revision: number }>(
    db,
    sql`UPDATE programs SET revision = revision + 1, updated_at = now() WHERE id = ${id} RETURNING revision`,
  );
  const revision = row?.revision ?? 0;
  await db.execute(sql`INSERT INTO program_revisions (program_id, revision, reason, change, changed_by)
                       VALUES (${id}, ${revision}, ${r.reason}, ${JSON.stringify(r.change)}::jsonb, ${r.by})`);
  return revision;
}

export function revisions(db: Db, id: number) {
  return rows<{
    revision: number;
    reason: string;
    change: unknown;
    changed_by_name: string | null;
    changed_at: string;
  }>(
    db,
    sql`SELECT r.revision, r.reason, r.change, u.full_name AS changed_by_name, r.changed_at
          FROM program_revisions r LEFT JOIN users u ON u.id = r.changed_by
         WHERE r.program_id = ${id} ORDER BY r.revision DESC`,
  );
}

export async function remove(db: Db, id: number): Promise<void> {
  await db.execute(sql`DELETE FROM programs WHERE id = ${id}`);
}

export function usage(db: Db, id: number) {
  return one<{ children: number; tasks: number }>(
    db,
    sql`SELECT (SELECT count(*) FROM programs c WHERE c.parent_program_id = ${id})::integer AS children,
               (SELECT count(*) FROM tasks t JOIN program_items i ON i.id = t.program_item_id
                 WHERE i.program_id = ${id})::integer AS tasks`,
  );
}

/** Programmes that concretise this one (the cascade), visible to the actor. */
export function children(db: Db, actor: Actor, id: number) {
  return rows<ProgramRow>(
    db,
    sql`SELECT ${COLS} FROM ${FROM} WHERE p.parent_program_id = ${id} AND ${visible(actor)} ORDER BY o.name`,
  );
}

export function childOf(db: Db, parentId: number, orgId: number) {
  return one<{ id: number }>(
    db,
    sql`SELECT id FROM programs WHERE parent_program_id = ${parentId} AND owner_org_id = ${orgId} LIMIT 1`,
  );
}

/** Grants a programme to units (once per unit and reason). */
export async function grantTo(db: Db, id: number, orgIds: readonly number[], reason: string): Promise<void> {
  if (orgIds.length === 0) return;
  await db.execute(sql`
    INSERT INTO access_grants (entity, entity_id, org_id, reason)
    SELECT ${ENTITY}, ${id}, x, ${reason} FROM (SELECT DISTINCT unnest(${array(orgIds)}::integer[]) AS x) u
     WHERE NOT EXISTS (SELECT 1 FROM access_grants g WHERE g.entity = ${ENTITY} AND g.entity_id = ${id}
                          AND g.org_id = u.x AND g.reason = ${reason})`);
}

export async function revokeAll(db: Db, id: number): Promise<void> {
  await db.execute(sql`DELETE FROM access_grants WHERE entity = ${ENTITY} AND entity_id = ${id}`);
}
