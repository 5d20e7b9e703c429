// Rules of programmes: drafting, approval (which issues the programme to the units below and turns
// items with a lead unit and a deadline into tasks), recorded revisions of approved programmes, and the
// cascade (a lower unit's programme started from its superior's, items linked to their sources).
// Items: items/; the copy-check: cascade/; the review report: report/; weekly schedules: schedule/.
import { isUnder } from '../../../domain/access.ts';
import { formatDateVi } from '../../../domain/dates.ts';
import type { createProgramBody, updateProgramBody } from '../../../domain/programs/schemas.ts';
import { resolutionKey as resolutionKeyOf } from '../../../domain/resolution.ts';
import type { z } from '../../../domain/validation.ts';
import { type Actor, actorOf, type RequestCtx } from '../../auth/actor.ts';
import { authorize, may, requireSecrecyWithin } from '../../auth/authorize.ts';
import { grant, revoke } from '../../auth/grants.ts';
import { activeUnitInScope, type ScopedOrgRow } from '../../auth/scope.ts';
import type { Db } from '../../db/client.ts';
import { type Deps, transact } from '../../deps.ts';
import { ConflictError, forbidden, notFound, RuleError } from '../../http/errors.ts';
import { recordAudit } from '../audit/service.ts';
import { notify } from '../notifications/service.ts';
import { taskCountsByItem } from '../tasks/lists/service.ts';
import { createTaskInTx } from '../tasks/service.ts';
import { type ItemJson, presentItems } from './items/presenter.ts';
import * as itemsQ from './items/queries.ts';
import {
  type ProgramApproved,
  type ProgramDetail,
  type ProgramJson,
  type ProgramList,
  type ProgramRevisions,
  presentProgram,
  presentRevisions,
} from './presenter.ts';
import * as q from './queries.ts';
import { inheritedResolution, resolutionFor } from './resolution.ts';
import { cascadeTitle, programLink, requireDates, requireReason } from './rules.ts';

const NOT_FOUND = 'Chương trình';
type ListInput = Omit<q.ListFilters, 'resolutionKey'> & { resolution?: string | undefined };

/** A programme the account sees (404 otherwise): every reading of a programme starts here. */
export async function visibleProgram(db: Db, ctx: RequestCtx, id: number): Promise<q.ProgramRow> {
  const actor = authorize(ctx, 'program.read');
  const row = await q.visibleById(db, actor, id);
  if (!row) throw notFound(NOT_FOUND);
  return row;
}

/**
 * A programme the account may change: its role may (403), it sees the programme (404), and the
 * programme is owned by a unit of its scope (a superior's programme seen through the cascade is
 * read-only: 403). Locked for the transaction.
 */
export async function programForChange(
  tx: Db,
  ctx: RequestCtx,
  id: number,
  action: 'program.manage' | 'program.approve' = 'program.manage',
): Promise<q.ProgramRow> {
  const actor = authorize(ctx, action);
  const row = await q.visibleById(tx, actor, id);
  if (!row) throw notFound(NOT_FOUND);
  if (!(await q.unitIsMine(tx, actor, row.owner_org_id))) {
    throw forbidden(
      `Chỉ «${row.org_name}» mới sửa được chương trình của mình; hãy cụ thể hóa thành chương trình của đơn vị bạn.`,
    );
  }
  await q.lock(tx, id);
  return (await q.byId(tx, id)) as q.ProgramRow;
}

/** After a change of an approved programme: the revision row. Returns its number, or null for a draft. */
export async function recordRevision(
  tx: Db,
  ctx: RequestCtx,
  row: q.ProgramRow,
  reason: string | undefined,
  change: unknown,
): Promise<number | null> {
  const actor = actorOf(ctx);
  if (row.status !== 'approved' || !reason) return null;
  return q.addRevision(tx, row.id, { reason, change, by: actor.userId });
}

/** A programme's items in tree order, with the tasks given from each (asked of the tasks area). */
export async function programItems(db: Db, ctx: RequestCtx, programId: number): Promise<ItemJson[]> {
  authorize(ctx, 'program.read');
  const found = await itemsQ.ofProgram(db, programId);
  return presentItems(
    found,
    await taskCountsByItem(
      db,
      ctx,
      found.map((i) => i.id),
    ),
  );
}

/** The superior's programme a lower unit concretises: visible, approved, owned by an ancestor. */
async function parentFor(tx: Db, actor: Actor, parentId: number, org: ScopedOrgRow) {
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

/** `resolution`: the action programmes on one text, by its symbol or title (domain/resolution.ts). */
export async function list(deps: Deps, ctx: RequestCtx, f: ListInput): Promise<ProgramList> {
  const actor = authorize(ctx, 'program.read');
  const { resolution, ...rest } = f;
  const filters = { ...rest, resolutionKey: resolution ? resolutionKeyOf(resolution) : undefined };
  return { items: (await q.list(deps.database.db, actor, filters)).map(presentProgram) };
}

export async function detail(deps: Deps, ctx: RequestCtx, id: number): Promise<ProgramDetail> {
  const actor = authorize(ctx, 'program.read');
  const db = deps.database.db;
  const row = await visibleProgram(db, ctx, id);
  const parent = row.parent_program_id ? await q.visibleById(db, actor, row.parent_program_id) : undefined;
  const [own, parentItems, owns] = await Promise.all([
    programItems(db, ctx, id),
    parent ? programItems(db, ctx, parent.id) : Promise.resolve([]),
    q.unitIsMine(db, actor, row.owner_org_id),
  ]);
  return {
    ...presentProgram(row),
    items: own,
    parent: parent ? { ...presentProgram(parent), items: parentItems } : null,
    copyNames: parent ? [row.org_name, parent.org_name] : [row.org_name],
    can: {
      edit: owns && may(actor, 'program.manage'),
      approve: owns && row.status === 'draft' && may(actor, 'program.approve'),
      cascade: may(actor, 'program.manage') && row.status === 'approved',
    },
  };
}

export async function revisions(deps: Deps, ctx: RequestCtx, id: number): Promise<ProgramRevisions> {
  authorize(ctx, 'program.read');
  const db = deps.database.db;
  await visibleProgram(db, ctx, id);
  return presentRevisions(await q.revisions(db, id));
}

export async function create(
  deps: Deps,
  ctx: RequestCtx,
  input: z.infer<typeof createProgramBody>,
): Promise<ProgramJson> {
  const actor = authorize(ctx, 'program.manage');
  return transact(deps, async (tx) => {
    const org = await activeUnitInScope(tx, actor, input.orgId);
    requireDates(input.startsOn, input.endsOn);
    const secrecy = input.secrecy ?? 0;
    requireSecrecyWithin(actor, secrecy);
    const parent = input.parentProgramId ? await parentFor(tx, actor, input.parentProgramId, org) : undefined;
    const resolution = await resolutionFor(tx, ctx, input, parent);
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
      resolution,
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
): Promise<ProgramJson> {
  authorize(ctx, 'program.manage');
  return transact(deps, async (tx) => {
    const row = await programForChange(tx, ctx, id);
    requireReason(row, input.reason);
    const next = {
      title: input.title ?? row.title,
      theme: input.theme === undefined ? row.theme : input.theme || null,
      startsOn: input.startsOn ?? row.starts_on,
      endsOn: input.endsOn ?? row.ends_on,
    };
    requireDates(next.startsOn, next.endsOn);
    const earliest = await itemsQ.earliestDue(tx, id);
    if (earliest && earliest < next.startsOn) {
      throw new RuleError(
        'due_before_start',
        `Có nội dung hạn ${formatDateVi(earliest)}, trước ngày bắt đầu mới ${formatDateVi(next.startsOn)}.`,
      );
    }
    const before = presentProgram(row);
    await q.update(tx, id, next);
    const revision = await recordRevision(tx, ctx, row, input.reason, { program: next });
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
  authorize(ctx, 'program.manage');
  await transact(deps, async (tx) => {
    const row = await programForChange(tx, ctx, id);
    if (row.status !== 'draft') {
      throw new RuleError(
        'program_approved',
        'Chương trình đã phê duyệt không xóa được; hãy điều chỉnh có ghi lý do.',
      );
    }
    const items = await programItems(tx, ctx, id);
    const children = await q.childCount(tx, id);
    const tasks = items.reduce((n, i) => n + i.tasks, 0);
    if (children > 0 || tasks > 0) {
      throw new ConflictError(
        'program_in_use',
        `Chương trình đã có ${children} chương trình cấp dưới cụ thể hóa và ${tasks} nhiệm vụ: không xóa được.`,
      );
    }
    await recordAudit(tx, ctx, {
      action: 'program.delete',
      entity: 'program',
      entityId: id,
      orgId: row.owner_org_id,
      before: { ...presentProgram(row), items },
    });
    await revoke(tx, { entity: q.ENTITY, entityId: id });
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
): Promise<ProgramApproved> {
  const actor = authorize(ctx, 'program.approve');
  return transact(deps, async (tx) => {
    const row = await programForChange(tx, ctx, id, 'program.approve');
    if (row.status === 'approved') throw new RuleError('already_approved', 'Chương trình đã được phê duyệt.');
    if (row.item_count === 0) {
      throw new RuleError(
        'program_empty',
        'Chương trình chưa có nội dung nào: hãy thêm các nội dung trước khi phê duyệt.',
      );
    }
    await q.approve(tx, id, actor.userId);
    const of = { entity: q.ENTITY, entityId: id };
    const children = await q.activeChildren(tx, row.owner_org_id);
    for (const orgId of children) await grant(tx, { ...of, orgId, reason: 'cascade' });
    const responsible = await itemsQ.responsibleUnits(tx, id);
    for (const orgId of responsible) await grant(tx, { ...of, orgId, reason: 'item' });
    const tasks: number[] = [];
    if (opts.createTasks !== false) {
      const candidates = await itemsQ.assignable(tx, id);
      const given = await taskCountsByItem(
        tx,
        ctx,
        candidates.map((i) => i.id),
      );
      for (const item of candidates.filter((i) => !given.has(i.id))) {
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
  const actor = authorize(ctx, 'program.manage');
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
      // An action programme's lower programmes concretise the same text.
      resolution: inheritedResolution(parent),
    });
    if (input.copyItems !== false) {
      const mapped = new Map<number, number>();
      // Tree order: a parent is always copied before its children.
      for (const src of presentItems(await itemsQ.ofProgram(tx, parent.id))) {
        const newId = await itemsQ.insert(tx, {
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
