// JSON shape of programme items. Items travel flat, in tree order (parents before children, siblings
// by position), each with its number ("2.3") and depth, so the client renders the tree and the Word
// report numbers it the same way.
import { z } from '../../../../domain/validation.ts';
import type { ItemRow } from './queries.ts';

const int = z.number().int();

export const ProgramItem = z
  .object({
    id: int,
    programId: int,
    parentItemId: int.nullable(),
    /** The superior programme's item this one concretises. */
    sourceItemId: int.nullable(),
    number: z.string(),
    depth: int,
    position: int,
    title: z.string(),
    description: z.string().nullable(),
    leadOrgId: int.nullable(),
    leadOrgName: z.string().nullable(),
    coordinatingOrgIds: z.array(int),
    coordinatingOrgNames: z.array(z.string()),
    dueOn: z.string().nullable(),
    product: z.string().nullable(),
    /** Tasks given from this item, and how many are done. */
    tasks: int,
    tasksDone: int,
  })
  .openapi('ProgramItem');
export type ItemJson = z.infer<typeof ProgramItem>;

export type TaskCounts = ReadonlyMap<number, { tasks: number; done: number }>;

/** Items in tree order with their numbers; an item whose parent is missing is shown at the top. */
export function presentItems(items: readonly ItemRow[], counts: TaskCounts = new Map()): ItemJson[] {
  const ids = new Set(items.map((i) => i.id));
  const children = new Map<number | null, ItemRow[]>();
  for (const i of items) {
    const parent = i.parent_item_id !== null && ids.has(i.parent_item_id) ? i.parent_item_id : null;
    const list = children.get(parent) ?? [];
    list.push(i);
    children.set(parent, list);
  }
  const out: ItemJson[] = [];
  const walk = (parent: number | null, prefix: string, depth: number) => {
    const list = (children.get(parent) ?? []).sort((a, b) => a.position - b.position || a.id - b.id);
    list.forEach((i, k) => {
      const number = prefix ? `${prefix}.${k + 1}` : String(k + 1);
      out.push({
        id: i.id,
        programId: i.program_id,
        parentItemId: i.parent_item_id,
        sourceItemId: i.source_item_id,
        number,
        depth,
        position: i.position,
        title: i.title,
        description: i.description,
        leadOrgId: i.lead_org_id,
        leadOrgName: i.lead_org_name,
        coordinatingOrgIds: i.coordinating_org_ids ?? [],
        coordinatingOrgNames: i.coordinating_org_names ?? [],
        dueOn: i.due_on,
        product: i.product,
        tasks: counts.get(i.id)?.tasks ?? 0,
        tasksDone: counts.get(i.id)?.done ?? 0,
      });
      walk(i.id, number, depth + 1);
    });
  };
  walk(null, '', 1);
  return out;
}
