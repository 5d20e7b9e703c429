// JSON shapes of programmes and items. Items travel flat, in tree order (parents before children,
// siblings by position), each with its number ("2.3") and depth, so the client renders the tree and
// the Word report numbers it the same way.
import { PROGRAM_KIND_LABELS, PROGRAM_STATUS_LABELS } from '../../../domain/programs/labels.ts';
import { toIso } from '../../db/sql.ts';
import type { ItemRow } from './item-queries.ts';
import type { ProgramRow } from './queries.ts';

export interface ProgramJson {
  id: number;
  orgId: number;
  orgName: string;
  kind: ProgramRow['kind'];
  kindLabel: string;
  title: string;
  theme: string | null;
  startsOn: string;
  endsOn: string;
  parentProgramId: number | null;
  status: ProgramRow['status'];
  statusLabel: string;
  revision: number;
  secrecy: number;
  approvedAt: string | null;
  approvedByName: string | null;
  itemCount: number;
  createdAt: string | null;
}

export function presentProgram(r: ProgramRow): ProgramJson {
  return {
    id: r.id,
    orgId: r.owner_org_id,
    orgName: r.org_name,
    kind: r.kind,
    kindLabel: PROGRAM_KIND_LABELS[r.kind],
    title: r.title,
    theme: r.theme,
    startsOn: r.starts_on,
    endsOn: r.ends_on,
    parentProgramId: r.parent_program_id,
    status: r.status,
    statusLabel: PROGRAM_STATUS_LABELS[r.status],
    revision: r.revision,
    secrecy: r.secrecy,
    approvedAt: toIso(r.approved_at),
    approvedByName: r.approved_by_name,
    itemCount: r.item_count,
    createdAt: toIso(r.created_at),
  };
}

export interface ItemJson {
  id: number;
  programId: number;
  parentItemId: number | null;
  sourceItemId: number | null;
  number: string;
  depth: number;
  position: number;
  title: string;
  description: string | null;
  leadOrgId: number | null;
  leadOrgName: string | null;
  coordinatingOrgIds: number[];
  coordinatingOrgNames: string[];
  dueOn: string | null;
  product: string | null;
  tasks: number;
  tasksDone: number;
}

/** Items in tree order with their numbers; an item whose parent is missing is shown at the top. */
export function presentItems(items: readonly ItemRow[]): ItemJson[] {
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
        tasks: i.tasks,
        tasksDone: i.tasks_done,
      });
      walk(i.id, number, depth + 1);
    });
  };
  walk(null, '', 1);
  return out;
}
