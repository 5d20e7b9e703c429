// Rules of programmes: drafting, approval (which issues the programme to the units below and turns
// items with a lead unit and a deadline into tasks), recorded revisions of approved programmes, and the
// cascade (a lower unit's programme started from its superior's, items linked to their sources).

import { isUnder } from '../../../domain/access.ts';
import { formatDateVi } from '../../../domain/dates.ts';
import type { createProgramBody, updateProgramBody } from '../../../domain/programs/schemas.ts';
import { roleCan } from '../../../domain/roles.ts';
import type { z } from '../../../domain/validation.ts';
import type { Actor, RequestCtx } from '../../auth/actor.ts';
import type { Db } from '../../db/client.ts';
import { type Deps, transact } from '../../deps.ts';
import { ConflictError, forbidden, notFound, RuleError } from '../../http/errors.ts';
import { recordAudit } from '../audit/service.ts';
import { notify } from '../notifications/service.ts';
import * as orgQueries from '../orgs/queries.ts';
import { createTaskInTx } from '../tasks/service.ts';
import * as items from './item-queries.ts';
import { type ProgramJson, presentItems, presentProgram } from './presenter.ts';
import * as q from './queries.ts';

const NOT_FOUND = 'Chương trình';

export function actorOf(ctx: RequestCtx): Actor {
  if (!ctx.actor) throw new Error('programme changes need an actor');
  return ctx.actor;
}

export function programLink(id: number): string {
  return `/chuong-trinh/${id}`;
}

export async function visibleProgram(db: Db, actor: Actor, id: number): Promise<q.ProgramRow> {
  const row = await q.visibleById(db, actor, id);
  if (!row) throw notFound(NOT_FOUND);
  return row;
}

async function ownsProgram(db: Db, actor: Actor, row: q.ProgramRow): Promise<boolean> {
  return (await orgQueries.byIdInScope(db, actor, row.owner_org_id)) !== undefined;
}

/**
 * A programme the actor may change: visible (else 404), owned by a unit of the actor's scope (a
 * superior's programme seen through the cascade is read-only: 403), locked for the transaction.
 */
export async function ownedForChange(tx: Db, actor: Actor, id: number): Promise<q.ProgramRow> {
  const row = await visibleProgram(tx, actor, id);
  if (!(await ownsProgram(tx, actor, row))) {
    throw forbidden(
      `Chỉ «${row.org_name}» mới sửa được chương trình của mình; hãy cụ thể hóa thành chương trình của đơn vị bạn.`,
    );
  }
  await q.lock(tx, id);
  return (await q.byId(tx, id)) as q.ProgramRow;
}

/** Approved programmes change only through a recorded revision: the reason is required. */
export function requireReason(row: q.ProgramRow, reason: string | undefined): void {
  if (row.status === 'approved' && !reason) {
    throw new RuleError(
      'revision_reason_required',
      'Chương trình đã được phê duyệt: mọi điều chỉnh phải ghi lý do (được lưu thành một lần điều chỉnh).',
    );
  }
}

/** After a change of an approved programme: the revision row. Returns its number, or null for a draft. */
export async function recordRevision(
  tx: Db,
  actor: Actor,
  row: q.ProgramRow,
  reason: string | undefined,
  change: unknown,
): Promise<number | null> {
  if (row.status !== 'approved' || !reason) return null;
  return q.addRevision(tx, row.id, { reason, change, by: actor.userId });
}

function requireDates(startsOn: string, endsOn: string): void {
  if (endsOn < startsOn) {
    throw new RuleError(
      'ends_before_start',
      `Ngày kết thúc ${formatDateVi(endsOn)} trước ngày bắt đầu ${formatDateVi(startsOn)}.`,
    );
  }
}

async function activeUnitInScope(tx: Db, actor: Actor, orgId: number) {
  const org = await orgQueries.byIdInScope(tx, actor, orgId);
  if (!org) throw notFound('Đơn vị');
  if (!org.active) throw new RuleError('org_inactive', `Đơn vị «${org.name}» đã ngừng hoạt động.`);
  return org;
}

/** The superior's programme a lower unit concretises: visible, approved, owned by an ancestor. */
async function parentFor(tx: Db, actor: Actor, parentId: number, org: orgQueries.OrgRow) {
  const parent = await q.visibleById(tx, actor, parentId);
  if (!parent) throw notFound('Chương trình cấp trên');
  if (parent.status !== 'approved') {
    throw new RuleError(
      'parent_not_approved',
      `Chương trình «${parent.title}» của cấp trên chưa được phê duyệt.`,
    );
  }
  if (!isUnder(org.path, parent.org_path) || org.path === parent.org_path) {
    throw new RuleError(
      'parent_not_superior',
      `«${org.name}» không trực thuộc «${parent.org_name}», nên không cụ thể hóa chương trình này được.`,
    );
  }
  return parent;
}

export async function list(db: Db, actor: Actor, f: q.ListFilters) {
  return { items: (await q.list(db, actor, f)).map(presentProgram) };
}

export async function detail(db: Db, actor: Actor, id: number) {
  const row = await visibleProgram(db, actor, id);
  const parent = row.parent_program_id ? await q.visibleById(db, actor, row.parent_program_id) : undefined;
  const [own, parentItems, owns] = await Promise.all([
    items.ofProgram(db, id),
    parent ? items.ofProgram(db, parent.id) : Promise.resolve([]),
    ownsProgram(db, actor, row),
  ]);
  return {
    ...presentProgram(row),
    items: presentItems(own),
    parent: parent ? { ...presentProgram(parent), items: presentItems(parentItems) } : null,
    // The names the copy-check neutralises (the client computes the score as the user types).
    copyNames: parent ? [row.org_name, parent.org_name] : [row.org_name],
    can: {
      edit: owns && roleCan(actor.role, 'program.manage'),
      approve: owns && row.status === 'draft' && roleCan(actor.role, 'program.approve'),
      cascade: roleCan(actor.role, 'program.manage') && row.status === 'approved',
    },
  };
}

export async function revisions(db: Db, actor: Actor, id: number) {
  await visibleProgram(db, actor, id);
  return {
    items: (await q.revisions(db, id)).map((r) => ({
      revision: r.revision,
      reason: r.reason,
      change: r.change,
      changedByName: r.changed_by_name,
      changedAt: r.changed_at ? new Date(r.changed_at).toISOString() : null,
    })),
  };
}

export async function create(deps: Deps, ctx: RequestCtx, input: z.infer<typeof createProgramBody>) {
  const actor = actorOf(ctx);
  return transact(deps, async (tx) => {
    const org = await activeUnitInScope(tx, actor, input.orgId);
    requireDates(input.startsOn, input.endsOn);
    const secrecy = input.secrecy ?? 0;
    if (secrecy > actor.clearance) {
      throw new RuleError(
        'secrecy_above_clearance',
        'Không thể tạo chương trình có độ mật cao hơn mức bạn được tiếp cận.',
      );
    }
    if (input.parentProgramId) await parentFor(tx, actor, input.parentProgramId, org);
    const id = await q.insert(tx, {
      orgId: org.id,
      kind: input.kind,
      title: input.title,
      theme: input.theme || null,
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      parentProgramId: input.parentProgramId ?? null,
      secrecy,
      createdBy: actor.userId,
    });
    const out = presentProgram((await q.byId(tx, id)) as q.ProgramRow);
    await recordAudit(tx, ctx, {
      action: 'program.create',
      entity: 'program',
      entityId: id,
      orgId: org.id,
      after: out,
    });
    return out;
  });
}

export async function update(
  deps: Deps,
  ctx: RequestCtx,
  id: number,
  input: z.infer<typeof updateProgramBody>,
) {
  const actor = actorOf(ctx);
  return transact(deps, async (tx) => {
    const row = await ownedForChange(tx, actor, id);
    requireReason(row, input.reason);
    const next = {
      title: input.title ?? row.title,
      theme: input.theme === undefined ? row.theme : input.theme || null,
      startsOn: input.startsOn ?? row.starts_on,
      endsOn: input.endsOn ?? row.ends_on,
    };
    requireDates(next.startsOn, next.endsOn);
    const earliest = await items.earliestDue(tx, id);
    if (earliest && earliest < next.startsOn) {
      throw new RuleError(
        'due_before_start',
        `Có nội dung hạn ${formatDateVi(earliest)}, trước ngày bắt đầu mới ${formatDateVi(next.startsOn)}.`,
      );
    }
    const before = presentProgram(row);
    await q.update(tx, id, next);
    const revision = await recordRevision(tx, actor, row, input.reason, { program: next });
    const after = presentProgram((await q.byId(tx, id)) as q.ProgramRow);
    await recordAudit(tx, ctx, {
      action: 'program.update',
      entity: 'program',
      entityId: id,
      orgId: row.owner_org_id,
      before,
      after: { ...after, reason: input.reason ?? null, revisionNo: revision },
    });
    return after;
  });
}

export async function remove(deps: Deps, ctx: RequestCtx, id: number): Promise<void> {
  const actor = actorOf(ctx);
  await transact(deps, async (tx) => {
    const row = await ownedForChange(tx, actor, id);
    if (row.status !== 'draft') {
      throw new RuleError(
        'program_approved',
        'Chương trình đã phê duyệt không xóa được; hãy điều chỉnh có ghi lý do.',
      );
    }
    const usage = await q.usage(tx, id);
    if (usage && (usage.children > 0 || usage.tasks > 0)) {
      throw new ConflictError(
        'program_in_use',
        `Chương trình đã có ${usage.children} chương trình cấp dưới cụ thể hóa và ${usage.tasks} nhiệm vụ: không xóa được.`,
      );
    }
    await recordAudit(tx, ctx, {
      action: 'program.delete',
      entity: 'program',
      entityId: id,
      orgId: row.owner_org_id,
      before: { ...presentProgram(row), items: presentItems(await items.ofProgram(tx, id)) },
    });
    await q.revokeAll(tx, id);
    await q.remove(tx, id);
  });
}

/**
 * Approval: the programme is issued. It is granted to the unit's direct child units (so each can read
 * it and cascade from it) and to the units responsible for its items; their leaders are notified; and
 * every item with a lead unit and a deadline becomes a task (unless createTasks is false).
 */
export async function approve(
  deps: Deps,
  ctx: RequestCtx,
  id: number,
  opts: { createTasks?: boolean | undefined },
) {
  const actor = actorOf(ctx);
  return transact(deps, async (tx) => {
    const row = await ownedForChange(tx, actor, id);
    if (row.status === 'approved') throw new RuleError('already_approved', 'Chương trình đã được phê duyệt.');
    if (row.item_count === 0) {
      throw new RuleError(
        'program_empty',
        'Chương trình chưa có nội dung nào: hãy thêm các nội dung trước khi phê duyệt.',
      );
    }
    await q.approve(tx, id, actor.userId);
    const children = (await orgQueries.activeChildren(tx, row.owner_org_id)).map((o) => o.id);
    await q.grantTo(tx, id, children, 'cascade');
    const responsible = (await items.responsibleUnits(tx, id)).map((r) => r.org_id);
    await q.grantTo(tx, id, responsible, 'item');
    const tasks: number[] = [];
    if (opts.createTasks !== false) {
      for (const item of await items.withoutTask(tx, id)) {
        const task = await createTaskInTx(tx, ctx, {
          title: item.title,
          description: item.description,
          orgId: item.lead_org_id,
          coordinatingOrgIds: (item.coordinating_org_ids ?? []).filter((o) => o !== item.lead_org_id),
          dueOn: item.due_on,
          secrecy: row.secrecy,
          source: { kind: 'program_item', id: item.id },
        });
        tasks.push(task.id);
      }
    }
    const after = presentProgram((await q.byId(tx, id)) as q.ProgramRow);
    await recordAudit(tx, ctx, {
      action: 'program.approve',
      entity: 'program',
      entityId: id,
      orgId: row.owner_org_id,
      before: presentProgram(row),
      after: { ...after, grantedTo: [...new Set([...children, ...responsible])], tasks },
    });
    for (const orgId of children) {
      await notify(
        tx,
        { orgId, roles: ['leader', 'specialist'] },
        {
          kind: 'program.issued',
          title: `${row.org_name} ban hành: ${row.title}`,
          body: 'Đề nghị cụ thể hóa thành chương trình công tác của đơn vị, phù hợp tình hình thực tế.',
          link: programLink(id),
          entity: 'program',
          entityId: id,
          dedupeKey: `program:${id}:issued`,
        },
      );
    }
    return { ...after, tasksCreated: tasks.length };
  });
}

/** Title of a lower unit's programme: the superior's, with the unit's name in place of the superior's. */
export function cascadeTitle(parentTitle: string, parentOrgName: string, orgName: string): string {
  if (parentTitle.includes(parentOrgName)) return parentTitle.replace(parentOrgName, orgName);
  return `${parentTitle} — ${orgName}`;
}

/**
 * A lower unit starts its programme from the superior's: same kind and period, every item copied and
 * linked to its source (copyItems, default), lead units left for the unit to assign. The copy-check
 * then shows 100 % copied until the unit rewrites the items for its own situation.
 */
export async function cascade(
  deps: Deps,
  ctx: RequestCtx,
  parentId: number,
  input: { orgId: number; title?: string | undefined; copyItems?: boolean | undefined },
): Promise<ProgramJson> {
  const actor = actorOf(ctx);
  return transact(deps, async (tx) => {
    const org = await activeUnitInScope(tx, actor, input.orgId);
    const parent = await parentFor(tx, actor, parentId, org);
    const existing = await q.childOf(tx, parentId, org.id);
    if (existing) {
      throw new ConflictError(
        'program_exists',
        `«${org.name}» đã có chương trình cụ thể hóa chương trình này (số ${existing.id}).`,
      );
    }
    const id = await q.insert(tx, {
      orgId: org.id,
      kind: parent.kind,
      title: input.title ?? cascadeTitle(parent.title, parent.org_name, org.name),
      theme: parent.theme,
      startsOn: parent.starts_on,
      endsOn: parent.ends_on,
      parentProgramId: parent.id,
      secrecy: parent.secrecy,
      createdBy: actor.userId,
    });
    if (input.copyItems !== false) {
      const mapped = new Map<number, number>();
      // Tree order: a parent is always copied before its children.
      for (const src of presentItems(await items.ofProgram(tx, parent.id))) {
        const newId = await items.insert(tx, {
          programId: id,
          parentItemId: src.parentItemId === null ? null : (mapped.get(src.parentItemId) ?? null),
          sourceItemId: src.id,
          position: src.position,
          title: src.title,
          description: src.description,
          leadOrgId: null,
          dueOn: src.dueOn && src.dueOn >= parent.starts_on ? src.dueOn : null,
          product: src.product,
        });
        mapped.set(src.id, newId);
      }
    }
    const out = presentProgram((await q.byId(tx, id)) as q.ProgramRow);
    await recordAudit(tx, ctx, {
      action: 'program.cascade',
      entity: 'program',
      entityId: id,
      orgId: org.id,
      after: { ...out, parentProgramId: parent.id },
    });
    return out;
  });
}
