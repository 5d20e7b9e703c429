// A task may come from an item of a work programme. The items are the programmes area's: the tasks
// area never reads its tables, it asks these functions, which server/integrations.ts wires to the
// programmes' service (registerProgramItems in service.ts).
import type { RequestCtx } from '../../auth/actor.ts';
import type { Db } from '../../db/client.ts';

export interface ProgramItemLookup {
  /** The item and its programme, or undefined when there is no such item. */
  item(db: Db, ctx: RequestCtx, itemId: number): Promise<{ id: number; programId: number } | undefined>;
  /** The programme of each of these items. */
  programsOf(db: Db, ctx: RequestCtx, itemIds: readonly number[]): Promise<Map<number, number>>;
  /** The ids of a programme's items. */
  itemsOf(db: Db, ctx: RequestCtx, programId: number): Promise<number[]>;
}

let lookup: ProgramItemLookup | undefined;

export function setProgramItemLookup(l: ProgramItemLookup): void {
  lookup = l;
}

function wired(): ProgramItemLookup {
  if (!lookup) throw new Error('programme items are not wired (server/integrations.ts)');
  return lookup;
}

export function programItem(db: Db, ctx: RequestCtx, itemId: number) {
  return wired().item(db, ctx, itemId);
}

/** The programme of each task's item, for the task JSON (no lookup when no task has one). */
export async function programsOfTasks(
  db: Db,
  ctx: RequestCtx,
  tasks: readonly { program_item_id: number | null }[],
): Promise<Map<number, number>> {
  const ids = [...new Set(tasks.map((t) => t.program_item_id).filter((x): x is number => x !== null))];
  if (ids.length === 0) return new Map();
  return wired().programsOf(db, ctx, ids);
}

export function itemsOfProgram(db: Db, ctx: RequestCtx, programId: number) {
  return wired().itemsOf(db, ctx, programId);
}

/** The programme of one task's item, or null. */
export async function programOfTask(
  db: Db,
  ctx: RequestCtx,
  task: { program_item_id: number | null },
): Promise<number | null> {
  if (task.program_item_id === null) return null;
  return (await programsOfTasks(db, ctx, [task])).get(task.program_item_id) ?? null;
}
