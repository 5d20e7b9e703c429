// Rules of programme items: the tree (contents → tasks → sub-tasks), the link to the superior's item
// that an item concretises, lead and coordinating units, deadlines inside the programme's period.
// Changes to an approved programme need a reason and are recorded as revisions.
import { formatDateVi } from '../../../domain/dates.ts';
import { MAX_ITEM_DEPTH } from '../../../domain/programs/labels.ts';
import type { createItemBody, updateItemBody } from '../../../domain/programs/schemas.ts';
import type { z } from '../../../domain/validation.ts';
import type { Actor, RequestCtx } from '../../auth/actor.ts';
import type { Db } from '../../db/client.ts';
import { type Deps, transact } from '../../deps.ts';
import { notFound, RuleError } from '../../http/errors.ts';
import { recordAudit } from '../audit/service.ts';
import * as orgQueries from '../orgs/queries.ts';
import { createTaskInTx } from '../tasks/service.ts';
import * as items from './item-queries.ts';
import { type ItemJson, presentItems } from './presenter.ts';
import * as q from './queries.ts';
import { actorOf, ownedForChange, recordRevision, requireReason } from './service.ts';

async function leadUnit(tx: Db, actor: Actor, orgId: number) {
  const org = await orgQueries.byIdInScope(tx, actor, orgId);
  if (!org) throw notFound('Đơn vị chủ trì');
  if (!org.active) throw new RuleError('org_inactive', `Đơn vị «${org.name}» đã ngừng hoạt động.`);
  return org.id;
}

async function coordinatingUnits(tx: Db, ids: readonly number[], leadId: number | null) {
  const unique = [...new Set(ids)];
  for (const id of unique) {
    const org = await orgQueries.byId(tx, id);
    if (!org) throw notFound('Đơn vị phối hợp');
    if (!org.active) throw new RuleError('org_inactive', `Đơn vị «${org.name}» đã ngừng hoạt động.`);
    if (id === leadId) {
      throw new RuleError(
        'coordinator_is_lead',
        `«${org.name}» đã là đơn vị chủ trì, không thể đồng thời phối hợp.`,
      );
    }
  }
  return unique;
}

async function sourceItem(tx: Db, program: q.ProgramRow, sourceItemId: number): Promise<number> {
  if (!program.parent_program_id) {
    throw new RuleError(
      'no_parent_program',
      'Chương trình này không cụ thể hóa chương trình cấp trên nào, nên không liên kết mục nguồn được.',
    );
  }
  const src = await items.byId(tx, program.parent_program_id, sourceItemId);
  if (!src) {
    throw new RuleError('source_not_in_parent', 'Mục nguồn phải là một mục của chương trình cấp trên.');
  }
  return src.id;
}

function requireDueInside(program: q.ProgramRow, dueOn: string | null | undefined): void {
  if (dueOn && dueOn < program.starts_on) {
    throw new RuleError(
      'due_before_start',
      `Thời hạn ${formatDateVi(dueOn)} trước ngày bắt đầu của chương trình (${formatDateVi(program.starts_on)}).`,
    );
  }
}

async function itemJson(tx: Db, programId: number, id: number): Promise<ItemJson> {
  const found = presentItems(await items.ofProgram(tx, programId)).find((i) => i.id === id);
  if (!found) throw notFound('Mục');
  return found;
}

/** An item added to or changed in an approved programme: its units can read it; a task is created. */
async function afterApprovedChange(
  tx: Db,
  ctx: RequestCtx,
  program: q.ProgramRow,
  item: ItemJson,
): Promise<void> {
  if (program.status !== 'approved') return;
  const units = [item.leadOrgId, ...item.coordinatingOrgIds].filter((x): x is number => x !== null);
  await q.grantTo(tx, program.id, units, 'item');
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
) {
  const actor = actorOf(ctx);
  return transact(deps, async (tx) => {
    const program = await ownedForChange(tx, actor, programId);
    requireReason(program, input.reason);
    let parentItemId: number | null = null;
    if (input.parentItemId) {
      const parent = await items.byId(tx, programId, input.parentItemId);
      if (!parent) throw new RuleError('parent_item_not_found', 'Mục cấp trên không thuộc chương trình này.');
      if ((await items.depth(tx, parent.id)) >= MAX_ITEM_DEPTH) {
        throw new RuleError('item_too_deep', `Chương trình chỉ có tối đa ${MAX_ITEM_DEPTH} cấp mục.`);
      }
      parentItemId = parent.id;
    }
    const sourceItemId = input.sourceItemId ? await sourceItem(tx, program, input.sourceItemId) : null;
    const leadOrgId = input.leadOrgId ? await leadUnit(tx, actor, input.leadOrgId) : null;
    const coordinators = await coordinatingUnits(tx, input.coordinatingOrgIds ?? [], leadOrgId);
    requireDueInside(program, input.dueOn);
    const id = await items.insert(tx, {
      programId,
      parentItemId,
      sourceItemId,
      position: await items.nextPosition(tx, programId, parentItemId),
      title: input.title,
      description: input.description || null,
      leadOrgId,
      dueOn: input.dueOn ?? null,
      product: input.product || null,
    });
    await items.setCoordinators(tx, id, coordinators);
    const out = await itemJson(tx, programId, id);
    const revision = await recordRevision(tx, actor, program, input.reason, { added: out });
    await recordAudit(tx, ctx, {
      action: 'program.item.create',
      entity: 'program',
      entityId: programId,
      orgId: program.owner_org_id,
      after: { item: out, reason: input.reason ?? null, revisionNo: revision },
    });
    await afterApprovedChange(tx, ctx, program, out);
    return itemJson(tx, programId, id);
  });
}

export async function updateItem(
  deps: Deps,
  ctx: RequestCtx,
  programId: number,
  itemId: number,
  input: z.infer<typeof updateItemBody>,
) {
  const actor = actorOf(ctx);
  return transact(deps, async (tx) => {
    const program = await ownedForChange(tx, actor, programId);
    const current = await items.byId(tx, programId, itemId);
    if (!current) throw notFound('Mục');
    requireReason(program, input.reason);
    const before = await itemJson(tx, programId, itemId);
    let sourceItemId = current.source_item_id;
    if (input.sourceItemId !== undefined) {
      sourceItemId = input.sourceItemId === null ? null : await sourceItem(tx, program, input.sourceItemId);
    }
    let leadOrgId = current.lead_org_id;
    if (input.leadOrgId !== undefined) {
      leadOrgId = input.leadOrgId === null ? null : await leadUnit(tx, actor, input.leadOrgId);
    }
    const dueOn = input.dueOn === undefined ? current.due_on : input.dueOn;
    requireDueInside(program, dueOn);
    const coordinators =
      input.coordinatingOrgIds === undefined
        ? (current.coordinating_org_ids ?? []).filter((o) => o !== leadOrgId)
        : await coordinatingUnits(tx, input.coordinatingOrgIds, leadOrgId);
    await items.update(tx, itemId, {
      sourceItemId,
      position: input.position ?? current.position,
      title: input.title ?? current.title,
      description: input.description === undefined ? current.description : input.description || null,
      leadOrgId,
      dueOn,
      product: input.product === undefined ? current.product : input.product || null,
    });
    await items.setCoordinators(tx, itemId, coordinators);
    const after = await itemJson(tx, programId, itemId);
    const revision = await recordRevision(tx, actor, program, input.reason, { before, after });
    await recordAudit(tx, ctx, {
      action: 'program.item.update',
      entity: 'program',
      entityId: programId,
      orgId: program.owner_org_id,
      before,
      after: { item: after, reason: input.reason ?? null, revisionNo: revision },
    });
    await afterApprovedChange(tx, ctx, program, after);
    return itemJson(tx, programId, itemId);
  });
}

export async function deleteItem(
  deps: Deps,
  ctx: RequestCtx,
  programId: number,
  itemId: number,
  reason: string | undefined,
): Promise<void> {
  const actor = actorOf(ctx);
  await transact(deps, async (tx) => {
    const program = await ownedForChange(tx, actor, programId);
    if (!(await items.byId(tx, programId, itemId))) throw notFound('Mục');
    requireReason(program, reason);
    const tasks = await items.tasksUnder(tx, itemId);
    if (tasks > 0) {
      throw new RuleError(
        'item_has_tasks',
        `Mục này (hoặc mục con) đã giao ${tasks} nhiệm vụ nên không xóa được; hãy điều chỉnh nội dung thay vì xóa.`,
      );
    }
    const all = presentItems(await items.ofProgram(tx, programId));
    const gone = all.filter((i) => i.id === itemId || isBelow(all, i, itemId));
    await items.remove(tx, itemId);
    const revision = await recordRevision(tx, actor, program, reason, { removed: gone });
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

function isBelow(all: readonly ItemJson[], item: ItemJson, ancestorId: number): boolean {
  const byId = new Map(all.map((i) => [i.id, i]));
  let cur = item.parentItemId === null ? undefined : byId.get(item.parentItemId);
  while (cur) {
    if (cur.id === ancestorId) return true;
    cur = cur.parentItemId === null ? undefined : byId.get(cur.parentItemId);
  }
  return false;
}
