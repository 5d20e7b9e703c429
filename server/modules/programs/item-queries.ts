// SQL of programme items: the tree in order, with lead and coordinating units and task counts.
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { array, one, rows } from '../../db/sql.ts';

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
  tasks: number;
  tasks_done: number;
}

const COLS = sql`i.id, i.program_id, i.parent_item_id, i.source_item_id, i.position, i.title, i.description,
  i.lead_org_id, lo.name AS lead_org_name, i.due_on::text AS due_on, i.product,
  (SELECT array_agg(c.org_id ORDER BY c.org_id) FROM program_item_orgs c WHERE c.item_id = i.id) AS coordinating_org_ids,
  (SELECT array_agg(co.name ORDER BY c.org_id) FROM program_item_orgs c JOIN orgs co ON co.id = c.org_id
    WHERE c.item_id = i.id) AS coordinating_org_names,
  (SELECT count(*) FROM tasks t WHERE t.program_item_id = i.id)::integer AS tasks,
  (SELECT count(*) FROM tasks t WHERE t.program_item_id = i.id AND t.progress = 100)::integer AS tasks_done`;

export function ofProgram(db: Db, programId: number) {
  return rows<ItemRow>(
    db,
    sql`SELECT ${COLS} FROM program_items i LEFT JOIN orgs lo ON lo.id = i.lead_org_id
         WHERE i.program_id = ${programId} ORDER BY i.position, i.id`,
  );
}

/** Items of several programmes at once (the cascade table): id, programme, text and source only. */
export function textsOf(db: Db, programIds: readonly number[]) {
  if (programIds.length === 0) return Promise.resolve([]);
  return rows<{
    id: number;
    program_id: number;
    title: string;
    description: string | null;
    source_item_id: number | null;
  }>(
    db,
    sql`SELECT id, program_id, title, description, source_item_id FROM program_items
         WHERE program_id = ANY(${array(programIds)}::integer[]) ORDER BY program_id, position, id`,
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

/** Tasks of an item and of everything under it (an item with tasks cannot be deleted). */
export async function tasksUnder(db: Db, id: number): Promise<number> {
  const row = await one<{ n: number }>(
    db,
    sql`WITH RECURSIVE down(id) AS (
          SELECT ${id}::integer
          UNION ALL
          SELECT i.id FROM program_items i JOIN down ON i.parent_item_id = down.id)
        SELECT count(*)::integer AS n FROM tasks t JOIN down ON t.program_item_id = down.id`,
  );
  return row?.n ?? 0;
}

/** Lead and coordinating units of a programme's items (they are granted the approved programme). */
export function responsibleUnits(db: Db, programId: number) {
  return rows<{ org_id: number }>(
    db,
    sql`SELECT lead_org_id AS org_id FROM program_items WHERE program_id = ${programId} AND lead_org_id IS NOT NULL
        UNION
        SELECT c.org_id FROM program_item_orgs c JOIN program_items i ON i.id = c.item_id WHERE i.program_id = ${programId}`,
  );
}

/** Items with a lead unit and a deadline but no task yet: approval turns them into tasks. */
export function withoutTask(db: Db, programId: number) {
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
           AND NOT EXISTS (SELECT 1 FROM tasks t WHERE t.program_item_id = i.id)
         ORDER BY i.position, i.id`,
  );
}
