// SQL of programme items: the tree in order with lead and coordinating units, the item's place in the
// tree, and the lookups the tasks area asks for (through the service).
import { sql } from 'drizzle-orm';
import type { Actor } from '../../../auth/actor.ts';
import { inScope } from '../../../auth/queries.ts';
import type { Db } from '../../../db/client.ts';
import { array, one, rows } from '../../../db/sql.ts';

export interface ItemRow {
  id: number;
  program_id: number;
  parent_item_id: number | null;
  source_item_id: number | null;
  position: number;
  title: string;
  description: string | null;
  lead_org_id: number | null;
  lead_org_name: string | null;
  due_on: string | null;
  product: string | null;
  coordinating_org_ids: number[] | null;
  coordinating_org_names: string[] | null;
}

const COLS = sql`i.id, i.program_id, i.parent_item_id, i.source_item_id, i.position, i.title, i.description,
  i.lead_org_id, lo.name AS lead_org_name, i.due_on::text AS due_on, i.product,
  (SELECT array_agg(c.org_id ORDER BY c.org_id) FROM program_item_orgs c WHERE c.item_id = i.id) AS coordinating_org_ids,
  (SELECT array_agg(co.name ORDER BY c.org_id) FROM program_item_orgs c JOIN orgs co ON co.id = c.org_id
    WHERE c.item_id = i.id) AS coordinating_org_names`;

export function ofProgram(db: Db, programId: number) {
  return rows<ItemRow>(
    db,
    sql`SELECT ${COLS} FROM program_items i LEFT JOIN orgs lo ON lo.id = i.lead_org_id
         WHERE i.program_id = ${programId} ORDER BY i.position, i.id`,
  );
}

export function byId(db: Db, programId: number, id: number) {
  return one<ItemRow>(
    db,
    sql`SELECT ${COLS} FROM program_items i LEFT JOIN orgs lo ON lo.id = i.lead_org_id
         WHERE i.program_id = ${programId} AND i.id = ${id}`,
  );
}

/** The earliest deadline among a programme's items (a new start date may not pass it). */
export async function earliestDue(db: Db, programId: number): Promise<string | null> {
  const row = await one<{ due: string | null }>(
    db,
    sql`SELECT min(due_on)::text AS due FROM program_items WHERE program_id = ${programId}`,
  );
  return row?.due ?? null;
}

/** Depth of an item: 1 for a content at the top. */
export async function depth(db: Db, id: number): Promise<number> {
  const row = await one<{ depth: number }>(
    db,
    sql`WITH RECURSIVE up(id, parent, d) AS (
          SELECT id, parent_item_id, 1 FROM program_items WHERE id = ${id}
          UNION ALL
          SELECT i.id, i.parent_item_id, up.d + 1 FROM program_items i JOIN up ON i.id = up.parent)
        SELECT max(d)::integer AS depth FROM up`,
  );
  return row?.depth ?? 1;
}

export async function nextPosition(db: Db, programId: number, parentItemId: number | null): Promise<number> {
  const row = await one<{ next: number }>(
    db,
    sql`SELECT (coalesce(max(position), 0) + 1)::integer AS next FROM program_items
         WHERE program_id = ${programId} AND parent_item_id IS NOT DISTINCT FROM ${parentItemId}::integer`,
  );
  return row?.next ?? 1;
}

export interface NewItem {
  programId: number;
  parentItemId: number | null;
  sourceItemId: number | null;
  position: number;
  title: string;
  description: string | null;
  leadOrgId: number | null;
  dueOn: string | null;
  product: string | null;
}

export async function insert(db: Db, i: NewItem): Promise<number> {
  const row = await one<{ id: number }>(
    db,
    sql`INSERT INTO program_items (program_id, parent_item_id, source_item_id, position, title, description,
          lead_org_id, due_on, product)
        VALUES (${i.programId}, ${i.parentItemId}::integer, ${i.sourceItemId}::integer, ${i.position}, ${i.title},
          ${i.description}, ${i.leadOrgId}::integer, ${i.dueOn}::date, ${i.product})
        RETURNING id`,
  );
  if (!row) throw new Error('insert item returned nothing');
  return row.id;
}

export async function update(
  db: Db,
  id: number,
  i: Omit<NewItem, 'programId' | 'parentItemId'>,
): Promise<void> {
  await db.execute(sql`UPDATE program_items SET source_item_id = ${i.sourceItemId}::integer, position = ${i.position},
                         title = ${i.title}, description = ${i.description}, lead_org_id = ${i.leadOrgId}::integer,
                         due_on = ${i.dueOn}::date, product = ${i.product}, updated_at = now()
                        WHERE id = ${id}`);
}

export async function setCoordinators(db: Db, itemId: number, orgIds: readonly number[]): Promise<void> {
  await db.execute(sql`DELETE FROM program_item_orgs WHERE item_id = ${itemId}`);
  if (orgIds.length === 0) return;
  await db.execute(sql`INSERT INTO program_item_orgs (item_id, org_id)
                       SELECT ${itemId}, x FROM (SELECT DISTINCT unnest(${array(orgIds)}::integer[]) AS x) u`);
}

export async function remove(db: Db, id: number): Promise<void> {
  await db.execute(sql`DELETE FROM program_items WHERE id = ${id}`);
}

/** An item and everything under it (an item with tasks cannot be deleted). */
export async function subtreeIds(db: Db, id: number): Promise<number[]> {
  const found = await rows<{ id: number }>(
    db,
    sql`WITH RECURSIVE down(id) AS (
          SELECT ${id}::integer
          UNION ALL
          SELECT i.id FROM program_items i JOIN down ON i.parent_item_id = down.id)
        SELECT id FROM down`,
  );
  return found.map((r) => r.id);
}

/** Lead and coordinating units of a programme's items (they are granted the approved programme). */
export async function responsibleUnits(db: Db, programId: number): Promise<number[]> {
  const found = await rows<{ org_id: number }>(
    db,
    sql`SELECT lead_org_id AS org_id FROM program_items WHERE program_id = ${programId} AND lead_org_id IS NOT NULL
        UNION
        SELECT c.org_id FROM program_item_orgs c JOIN program_items i ON i.id = c.item_id WHERE i.program_id = ${programId}`,
  );
  return found.map((r) => r.org_id);
}

/** Items with a lead unit and a deadline, in tree order: approval turns those without a task into tasks. */
export function assignable(db: Db, programId: number) {
  return rows<{
    id: number;
    title: string;
    description: string | null;
    lead_org_id: number;
    due_on: string;
    coordinating_org_ids: number[] | null;
  }>(
    db,
    sql`SELECT i.id, i.title, i.description, i.lead_org_id, i.due_on::text AS due_on,
               (SELECT array_agg(c.org_id) FROM program_item_orgs c WHERE c.item_id = i.id) AS coordinating_org_ids
          FROM program_items i
         WHERE i.program_id = ${programId} AND i.lead_org_id IS NOT NULL AND i.due_on IS NOT NULL
         ORDER BY i.position, i.id`,
  );
}

// ---- For the tasks area ------------------------------------------------------------------------------

export function ref(db: Db, itemId: number) {
  return one<{ id: number; program_id: number }>(
    db,
    sql`SELECT id, program_id FROM program_items WHERE id = ${itemId}`,
  );
}

export function programsOf(db: Db, itemIds: readonly number[]) {
  return rows<{ id: number; program_id: number }>(
    db,
    sql`SELECT id, program_id FROM program_items WHERE id = ANY(${array(itemIds)}::integer[])`,
  );
}

export async function idsOf(db: Db, programId: number): Promise<number[]> {
  const found = await rows<{ id: number }>(
    db,
    sql`SELECT id FROM program_items WHERE program_id = ${programId}`,
  );
  return found.map((r) => r.id);
}

/** A unit an item may name, and whether it lies in the actor's scope (a lead unit must). */
export function unit(db: Db, actor: Actor, orgId: number) {
  return one<{ id: number; name: string; active: boolean; in_scope: boolean }>(
    db,
    sql`SELECT o.id, o.name, o.active, ${inScope(actor, sql`o.id`)} AS in_scope FROM orgs o WHERE o.id = ${orgId}`,
  );
}
