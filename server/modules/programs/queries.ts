// SQL of programmes and their revisions, and of the units a programme belongs to. Reads that return
// programmes to an actor filter with visibleTo (entity 'program').
import { type SQL, sql } from 'drizzle-orm';
import type { ProgramKind, ProgramStatus } from '../../../domain/programs/labels.ts';
import type { Actor } from '../../auth/actor.ts';
import { inScope, visibleTo } from '../../auth/queries.ts';
import type { Db } from '../../db/client.ts';
import { one, rows } from '../../db/sql.ts';

export const ENTITY = 'program';

/** The text an action programme concretises, with its matching key (domain/resolution.ts). */
export interface Resolution {
  documentId: number | null;
  ref: string;
  title: string;
  key: string;
}

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
  resolution_document_id: number | string | null;
  resolution_ref: string | null;
  resolution_title: string | null;
}

export const COLS = sql`p.id, p.owner_org_id, o.name AS org_name, o.path::text AS org_path, p.kind, p.title, p.theme,
  p.starts_on::text AS starts_on, p.ends_on::text AS ends_on, p.parent_program_id, p.status, p.revision, p.secrecy,
  p.approved_at, au.full_name AS approved_by_name, p.created_at,
  p.resolution_document_id, p.resolution_ref, p.resolution_title,
  (SELECT count(*) FROM program_items i WHERE i.program_id = p.id)::integer AS item_count`;
export const FROM = sql`programs p JOIN orgs o ON o.id = p.owner_org_id LEFT JOIN users au ON au.id = p.approved_by`;

/** The access rule on the programme aliased `p`. */
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
  /** The key of a resolution (domain/resolution.ts): its action programmes. */
  resolutionKey?: string | undefined;
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
  if (f.resolutionKey) conds.push(sql`p.resolution_key = ${f.resolutionKey}`);
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
    resolution?: Resolution | null;
  },
): Promise<number> {
  const r = p.resolution ?? null;
  const row = await one<{ id: number }>(
    db,
    sql`INSERT INTO programs (owner_org_id, kind, title, theme, starts_on, ends_on, parent_program_id, secrecy, created_by,
                             resolution_document_id, resolution_ref, resolution_title, resolution_key)
        VALUES (${p.orgId}, ${p.kind}, ${p.title}, ${p.theme}, ${p.startsOn}::date, ${p.endsOn}::date,
                ${p.parentProgramId}::integer, ${p.secrecy}, ${p.createdBy},
                ${r?.documentId ?? null}::bigint, ${r?.ref ?? null}, ${r?.title ?? null}, ${r?.key ?? null})
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

export interface RevisionRow {
  revision: number;
  reason: string;
  change: unknown;
  changed_by_name: string | null;
  changed_at: string;
}

export function revisions(db: Db, id: number) {
  return rows<RevisionRow>(
    db,
    sql`SELECT r.revision, r.reason, r.change, u.full_name AS changed_by_name, r.changed_at
          FROM program_revisions r LEFT JOIN users u ON u.id = r.changed_by
         WHERE r.program_id = ${id} ORDER BY r.revision DESC`,
  );
}

export async function remove(db: Db, id: number): Promise<void> {
  await db.execute(sql`DELETE FROM programs WHERE id = ${id}`);
}

/** How many programmes concretise this one (a programme so used is not deleted). */
export async function childCount(db: Db, id: number): Promise<number> {
  const row = await one<{ n: number }>(
    db,
    sql`SELECT count(*)::integer AS n FROM programs c WHERE c.parent_program_id = ${id}`,
  );
  return row?.n ?? 0;
}

export function childOf(db: Db, parentId: number, orgId: number) {
  return one<{ id: number }>(
    db,
    sql`SELECT id FROM programs WHERE parent_program_id = ${parentId} AND owner_org_id = ${orgId} LIMIT 1`,
  );
}

// ---- Units -----------------------------------------------------------------------------------------

/** Whether a unit lies in the actor's scope (its programmes are the actor's to change). */
export async function unitIsMine(db: Db, actor: Actor, orgId: number): Promise<boolean> {
  const row = await one<{ ok: boolean }>(db, sql`SELECT ${inScope(actor, sql`${orgId}::integer`)} AS ok`);
  return row?.ok === true;
}

/** The active units directly under a unit (an approved programme is issued to them). */
export async function activeChildren(db: Db, orgId: number): Promise<number[]> {
  const found = await rows<{ id: number }>(
    db,
    sql`SELECT id FROM orgs WHERE parent_id = ${orgId} AND active ORDER BY id`,
  );
  return found.map((r) => r.id);
}
