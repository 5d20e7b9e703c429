// Rules of programme items: the tree (contents → tasks → sub-tasks), the link to the superior's item
// that an item concretises, lead and coordinating units, deadlines inside the programme's period.
// Changes to an approved programme need a reason and are recorded as revisions. Also what the tasks
// area asks about items (wired in server/integrations.ts).
import { MAX_ITEM_DEPTH } from '../../../../domain/programs/labels.ts';
import type { createItemBody, updateItemBody } from '../../../../domain/programs/schemas.ts';
import type { z } from '../../../../domain/validation.ts';
import { type Actor, type RequestCtx, whoOf } from '../../../auth/actor.ts';
import { authorize } from '../../../auth/authorize.ts';
import { grant } from '../../../auth/grants.ts';
import type { Db } from '../../../db/client.ts';
import { type Deps, transact } from '../../../deps.ts';
import { notFound, RuleError } from '../../../http/errors.ts';
import { recordAudit } from '../../audit/service.ts';
import { createTaskInTx } from '../../tasks/service.ts';
import type { ProgramRow } from '../queries.ts';
import { ENTITY } from '../queries.ts';
import { requireDueInside, requireReason } from '../rules.ts';
import { programForChange, programItems, recordRevision } from '../service.ts';
import type { ItemJson } from './presenter.ts';
import * as q from './queries.ts';

/** A unit for an item: the lead unit must lie in the actor's scope; any unit may coordinate. Active. */
async function itemUnit(tx: Db, actor: Actor, orgId: number, role: 'lead' | 'coordinating') {
  const org = await q.unit(tx, actor, orgId);
  if (!org || (role === 'lead' && !org.in_scope)) {
    throw notFound(role === 'lead' ? 'Đơn vị chủ trì' : 'Đơn vị phối hợp');
  }
  if (!org.active) throw new RuleError('org_inactive', `Đơn vị «${org.name}» đã ngừng hoạt động.`);
  return org;
}

async function coordinatingUnits(tx: Db, actor: Actor, ids: readonly number[], leadId: number | null) {
  const unique = [...new Set(ids)];
  for (const id of unique) {
    const org = await itemUnit(tx, actor, id, 'coordinating');
    if (id === leadId) {
      throw new RuleError(
        'coordinator_is_lead',
        `«${org.name}» đã là đơn vị chủ trì, không thể đồng thời phối hợp.`,
      );
    }
  }
  return unique;
}

async function sourceItem(tx: Db, program: ProgramRow, sourceItemId: number): Promise<number> {
  if (!program.parent_program_id) {
    throw new RuleError(
      'no_parent_program',
      'Chương trình này không cụ thể hóa chương trình cấp trên nào, nên không liên kết mục nguồn được.',
    );
  }
  const src = await q.byId(tx, program.parent_program_id, sourceItemId);
  if (!src) {
    throw new RuleError('source_not_in_parent', 'Mục nguồn phải là một mục của chương trình cấp trên.');
  }
  return src.id;
}

async function itemJson(tx: Db, ctx: RequestCtx, programId: number, id: number): Promise<ItemJson> {
  const found = (await programItems(tx, ctx, programId)).find((i) => i.id === id);
  if (!found) throw notFound('Mục');
  return found;
}

/** An item added to or changed in an approved programme: its units can read it; a task is created. */
async function afterApprovedChange(tx: Db, ctx: RequestCtx, program: ProgramRow, item: ItemJson) {
  if (program.status !== 'approved') return;
  const units = [item.leadOrgId, ...item.coordinatingOrgIds].filter((x): x is number => x !== null);
  for (const orgId of new Set(units)) {
    await grant(tx, { entity: ENTITY, entityId: program.id, orgId, reason: 'item' });
  }
  if (item.leadOrgId !== null && item.dueOn && item.tasks === 0) {
    await createTaskInTx(tx, ctx, {
      title: item.title,
      description: item.description,
      orgId: item.leadOrgId,
      coordinatingOrgIds: item.coordinatingOrgIds,
      dueOn: item.dueOn,
      secrecy: program.secrecy,
      source: { kind: 'program_item', id: item.id },
    });
  }
}

export async function addItem(
  deps: Deps,
  ctx: RequestCtx,
  programId: number,
  input: z.infer<typeof createItemBody>,
): Promise<ItemJson> {
  const actor = authorize(ctx, 'program.manage');
  return transact(deps, async (tx) => {
    const program = await programForChange(tx, ctx, programId);
    requireReason(program, input.reason);
    let parentItemId: number | null = null;
    if (input.parentItemId) {
      const parent = await q.byId(tx, programId, input.parentItemId);
      if (!parent) throw new RuleError('parent_item_not_found', 'Mục cấp trên không thuộc chương trình này.');
      if ((await q.depth(tx, parent.id)) >= MAX_ITEM_DEPTH) {
        throw new RuleError('item_too_deep', `Chương trình chỉ có tối đa ${MAX_ITEM_DEPTH} cấp mục.`);
      }
      parentItemId = parent.id;
    }
    const sourceItemId = input.sourceItemId ? await sourceItem(tx, program, input.sourceItemId) : null;
    const leadOrgId = input.leadOrgId ? (await itemUnit(tx, actor, input.leadOrgId, 'lead')).id : null;
    const coordinators = await coordinatingUnits(tx, actor, input.coordinatingOrgIds ?? [], leadOrgId);
    requireDueInside(program, input.dueOn);
    const id = await q.insert(tx, {
      programId,
      parentItemId,
      sourceItemId,
      position: await q.nextPosition(tx, programId, parentItemId),
      title: input.title,
      description: input.description || null,
      leadOrgId,
      dueOn: input.dueOn ?? null,
      product: input.product || null,
    });
    await q.setCoordinators(tx, id, coordinators);
    const out = await itemJson(tx, ctx, programId, id);
    const revision = await recordRevision(tx, ctx, program, input.reason, { added: out });
    await recordAudit(tx, ctx, {
      action: 'program.item.create',
      entity: 'program',
      entityId: programId,
      orgId: program.owner_org_id,
      after: { item: out, reason: input.reason ?? null, revisionNo: revision },
    });
    await afterApprovedChange(tx, ctx, program, out);
    return itemJson(tx, ctx, programId, id);
  });
}

export async function updateItem(
  deps: Deps,
  ctx: RequestCtx,
  programId: number,
  itemId: number,
  input: z.infer<typeof updateItemBody>,
): Promise<ItemJson> {
  const actor = authorize(ctx, 'program.manage');
  return transact(deps, async (tx) => {
    const program = await programForChange(tx, ctx, programId);
    const current = await q.byId(tx, programId, itemId);
    if (!current) throw notFound('Mục');
    requireReason(program, input.reason);
    const before = await itemJson(tx, ctx, programId, itemId);
    let sourceItemId = current.source_item_id;
    if (input.sourceItemId !== undefined) {
      sourceItemId = input.sourceItemId === null ? null : await sourceItem(tx, program, input.sourceItemId);
    }
    let leadOrgId = current.lead_org_id;
    if (input.leadOrgId !== undefined) {
      leadOrgId = input.leadOrgId === null ? null : (await itemUnit(tx, actor, input.leadOrgId, 'lead')).id;
    }
    const dueOn = input.dueOn === undefined ? current.due_on : input.dueOn;
    requireDueInside(program, dueOn);
    const coordinators =
      input.coordinatingOrgIds === undefined
        ? (current.coordinating_org_ids ?? []).filter((o) => o !== leadOrgId)
        : await coordinatingUnits(tx, actor, input.coordinatingOrgIds, leadOrgId);
    await q.update(tx, itemId, {
      sourceItemId,
      position: input.position ?? current.position,
      title: input.title ?? current.title,
      description: input.description === undefined ? current.description : input.description || null,
      leadOrgId,
      dueOn,
      product: input.product === undefined ? current.product : input.product || null,
    });
    await q.setCoordinators(tx, itemId, coordinators);
    const after = await itemJson(tx, ctx, programId, itemId);
    const revision = await recordRevision(tx, ctx, program, input.reason, { before, after });
    await recordAudit(tx, ctx, {
      action: 'program.item.update',
      entity: 'program',
      entityId: programId,
      orgId: program.owner_org_id,
      before,
      after: { item: after, reason: input.reason ?? null, revisionNo: revision },
    });
    await afterApprovedChange(tx, ctx, program, after);
    return itemJson(tx, ctx, programId, itemId);
  });
}

export async function deleteItem(
  deps: Deps,
  ctx: RequestCtx,
  programId: number,
  itemId: number,
  reason: string | undefined,
): Promise<void> {
  authorize(ctx, 'program.manage');
  await transact(deps, async (tx) => {
    const program = await programForChange(tx, ctx, programId);
    if (!(await q.byId(tx, programId, itemId))) throw notFound('Mục');
    requireReason(program, reason);
    const below = new Set(await q.subtreeIds(tx, itemId));
    const all = await programItems(tx, ctx, programId);
    const gone = all.filter((i) => below.has(i.id));
    const tasks = gone.reduce((n, i) => n + i.tasks, 0);
    if (tasks > 0) {
      throw new RuleError(
        'item_has_tasks',
        `Mục này (hoặc mục con) đã giao ${tasks} nhiệm vụ nên không xóa được; hãy điều chỉnh nội dung thay vì xóa.`,
      );
    }
    await q.remove(tx, itemId);
    const revision = await recordRevision(tx, ctx, program, reason, { removed: gone });
    await recordAudit(tx, ctx, {
      action: 'program.item.delete',
      entity: 'program',
      entityId: programId,
      orgId: program.owner_org_id,
      before: gone,
      after: { reason: reason ?? null, revisionNo: revision },
    });
  });
}

// ---- What the tasks area asks (server/integrations.ts wires these to it) ----------------------------

/** An item by id, with its programme (a task given from it records the item). */
export async function itemRef(
  db: Db,
  ctx: RequestCtx,
  itemId: number,
): Promise<{ id: number; programId: number } | undefined> {
  whoOf(ctx);
  const row = await q.ref(db, itemId);
  return row ? { id: row.id, programId: row.program_id } : undefined;
}

/** The programme of each of these items. */
export async function programsOfItems(
  db: Db,
  ctx: RequestCtx,
  itemIds: readonly number[],
): Promise<Map<number, number>> {
  whoOf(ctx);
  if (itemIds.length === 0) return new Map();
  return new Map((await q.programsOf(db, itemIds)).map((r) => [r.id, r.program_id]));
}

/** The ids of a programme's items (the task list filtered by programme). */
export async function itemIdsOfProgram(db: Db, ctx: RequestCtx, programId: number): Promise<number[]> {
  whoOf(ctx);
  return q.idsOf(db, programId);
}
