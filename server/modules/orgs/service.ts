// Rules of the organisation tree: creation under allowed parents, renames and moves with dated
// history, merges and splits that keep predecessors' records visible, deletion only of unused units.

import { formatDateVi, todayVn } from '../../../domain/dates.ts';
import { canBeChildOf, ORG_KIND_LABELS, type OrgKind } from '../../../domain/orgs.ts';
import type {
  createOrgBody,
  mergeOrgsBody,
  renameOrgBody,
  splitOrgBody,
} from '../../../domain/schemas/orgs.ts';
import type { z } from '../../../domain/validation.ts';
import type { Actor, RequestCtx } from '../../auth/actor.ts';
import type { Db } from '../../db/client.ts';
import { type Deps, transact } from '../../deps.ts';
import { ConflictError, notFound, pgError, RuleError } from '../../http/errors.ts';
import { recordAudit } from '../audit/service.ts';
import { nest, type OrgJson, presentLink, presentOrg, presentVersion } from './presenter.ts';
import * as q from './queries.ts';

const NOT_FOUND = 'Đơn vị';

function actorOf(ctx: RequestCtx): Actor {
  if (!ctx.actor) throw new Error('org changes need an actor');
  return ctx.actor;
}

/** A unit the actor may manage: in scope, else 404 as if it did not exist. Locked for the transaction. */
async function managed(tx: Db, actor: Actor, id: number): Promise<q.OrgRow> {
  const org = await q.byIdInScope(tx, actor, id);
  if (!org) throw notFound(NOT_FOUND);
  return (await q.byIdForUpdate(tx, id)) as q.OrgRow;
}

function requireActive(org: q.OrgRow): void {
  if (!org.active) {
    throw new RuleError(
      'org_inactive',
      `Đơn vị «${org.name}» đã ngừng hoạt động từ ${formatDateVi(org.valid_to)}.`,
    );
  }
}

function requireNotRoot(org: q.OrgRow, what: string): void {
  if (org.parent_id === null)
    throw new RuleError('org_is_root', `Không thể ${what} đơn vị gốc «${org.name}».`);
}

function requireKindUnder(kind: OrgKind, parent: q.OrgRow): void {
  if (!canBeChildOf(kind, parent.kind)) {
    throw new RuleError(
      'org_kind_not_allowed',
      `${ORG_KIND_LABELS[kind]} không thể trực thuộc ${ORG_KIND_LABELS[parent.kind].toLowerCase()} «${parent.name}».`,
    );
  }
}

async function requireFreeName(tx: Db, parentId: number, name: string, exceptId?: number): Promise<void> {
  const siblings = await q.activeChildNames(tx, parentId);
  const clash = siblings.find(
    (s) => s.id !== exceptId && s.name.toLocaleLowerCase('vi') === name.toLocaleLowerCase('vi'),
  );
  if (clash) throw new ConflictError('org_exists', `Đơn vị cấp trên đã có một đơn vị tên «${name}».`);
}

/**
 * Changes are recorded when they take effect: a date after today would change the current tree
 * before its time.
 */
function requireNotFuture(on: string): void {
  const today = todayVn();
  if (on > today) {
    throw new RuleError(
      'date_in_future',
      `Ngày hiệu lực ${formatDateVi(on)} sau hôm nay (${formatDateVi(today)}): hãy ghi nhận thay đổi khi nó có hiệu lực.`,
    );
  }
}

/** Dated changes must come after the unit's last change; history is not rewritten. */
async function requireAfterLastChange(tx: Db, org: q.OrgRow, on: string): Promise<void> {
  requireNotFuture(on);
  const open = await q.openVersion(tx, org.id);
  const since = open?.valid_from ?? org.valid_from;
  if (on < since) {
    throw new RuleError(
      'date_before_last_change',
      `Ngày hiệu lực ${formatDateVi(on)} phải từ ngày ${formatDateVi(since)} (lần thay đổi gần nhất của «${org.name}») trở đi.`,
    );
  }
}

export async function tree(db: Db, opts: { asOf?: string | undefined; includeInactive?: boolean }) {
  if (opts.asOf) {
    const versions = await q.versionsAsOf(db, opts.asOf);
    const current = new Map((await q.all(db, true)).map((o) => [o.id, o]));
    const orgs: OrgJson[] = versions.flatMap((v) => {
      const o = current.get(v.org_id);
      if (!o) return [];
      return [
        {
          ...presentOrg(o),
          ...presentVersion(v),
          active: true,
          validFrom: o.valid_from,
          validTo: o.valid_to,
        },
      ];
    });
    return nest(orgs);
  }
  return nest((await q.all(db, opts.includeInactive ?? false)).map(presentOrg));
}

export async function detail(db: Db, id: number) {
  const org = await q.byId(db, id);
  if (!org) throw notFound(NOT_FOUND);
  const [versions, links, usage] = await Promise.all([
    q.versionsOf(db, id),
    q.linksOf(db, id),
    q.usage(db, id),
  ]);
  return {
    ...presentOrg(org),
    history: versions.map(presentVersion),
    predecessors: links.filter((l) => l.successor_id === id).map(presentLink),
    successors: links.filter((l) => l.predecessor_id === id).map(presentLink),
    counts: usage,
  };
}

type CreateInput = z.infer<typeof createOrgBody>;

export async function create(deps: Deps, ctx: RequestCtx, input: CreateInput): Promise<OrgJson> {
  const actor = actorOf(ctx);
  return transact(deps, async (tx) => {
    const on = input.on ?? todayVn();
    requireNotFuture(on);
    if (input.parentId == null) {
      throw new RuleError('parent_required', 'Đơn vị mới phải có đơn vị cấp trên (đơn vị gốc đã có).');
    }
    const parent = await managed(tx, actor, input.parentId);
    requireActive(parent);
    requireKindUnder(input.kind, parent);
    await requireFreeName(tx, parent.id, input.name);
    const row = await q.insert(tx, { ...input, parentId: parent.id, validFrom: on });
    const out = presentOrg(row);
    await recordAudit(tx, ctx, {
      action: 'org.create',
      entity: 'org',
      entityId: row.id,
      orgId: row.id,
      after: out,
    });
    return out;
  });
}

/**
 * The root has no known start in the system; it is dated from the Party's founding (3/2/1930) so that
 * the tree shown as of any past date has its root.
 */
export const ROOT_VALID_FROM = '1930-02-03';

/** First start: the root unit of the deployment. */
export async function createRoot(tx: Db, ctx: RequestCtx, name: string, shortCode: string): Promise<OrgJson> {
  const row = await q.insert(tx, {
    name,
    shortCode,
    kind: 'provincial',
    parentId: null,
    validFrom: ROOT_VALID_FROM,
  });
  const out = presentOrg(row);
  await recordAudit(tx, ctx, {
    action: 'org.create',
    entity: 'org',
    entityId: row.id,
    orgId: row.id,
    after: out,
  });
  return out;
}

export async function rename(
  deps: Deps,
  ctx: RequestCtx,
  id: number,
  input: z.infer<typeof renameOrgBody>,
): Promise<OrgJson> {
  const actor = actorOf(ctx);
  return transact(deps, async (tx) => {
    const org = await managed(tx, actor, id);
    requireActive(org);
    const on = input.on ?? todayVn();
    await requireAfterLastChange(tx, org, on);
    if (org.parent_id !== null) await requireFreeName(tx, org.parent_id, input.name, org.id);
    const shortCode = input.shortCode ?? org.short_code;
    await q.newVersion(tx, id, on, { name: input.name, shortCode, kind: org.kind, parentId: org.parent_id });
    await q.rename(tx, id, input.name, shortCode);
    const after = presentOrg({ ...org, name: input.name, short_code: shortCode });
    await recordAudit(tx, ctx, {
      action: 'org.rename',
      entity: 'org',
      entityId: id,
      orgId: id,
      before: presentOrg(org),
      after: { ...after, on },
    });
    return after;
  });
}

export async function move(
  deps: Deps,
  ctx: RequestCtx,
  id: number,
  input: { parentId: number; on?: string | undefined },
): Promise<OrgJson> {
  const actor = actorOf(ctx);
  return transact(deps, async (tx) => {
    const org = await managed(tx, actor, id);
    requireNotRoot(org, 'chuyển');
    requireActive(org);
    const parent = await managed(tx, actor, input.parentId);
    requireActive(parent);
    if (parent.path === org.path || parent.path.startsWith(`${org.path}.`)) {
      throw new RuleError(
        'org_move_into_itself',
        'Không thể chuyển một đơn vị vào chính nó hoặc đơn vị trực thuộc nó.',
      );
    }
    if (parent.id === org.parent_id) {
      throw new RuleError('org_same_parent', `«${org.name}» đã trực thuộc «${parent.name}».`);
    }
    requireKindUnder(org.kind, parent);
    await requireFreeName(tx, parent.id, org.name);
    const on = input.on ?? todayVn();
    await requireAfterLastChange(tx, org, on);
    await q.newVersion(tx, id, on, {
      name: org.name,
      shortCode: org.short_code,
      kind: org.kind,
      parentId: parent.id,
    });
    await q.moveSubtree(tx, org, parent);
    const moved = (await q.byId(tx, id)) as q.OrgRow;
    const after = presentOrg(moved);
    await recordAudit(tx, ctx, {
      action: 'org.move',
      entity: 'org',
      entityId: id,
      orgId: id,
      before: presentOrg(org),
      after: { ...after, on },
    });
    return after;
  });
}

/** Moves the active children and the accounts of a retiring unit to its successor. */
async function handOver(tx: Db, ctx: RequestCtx, from: q.OrgRow, to: q.OrgRow, on: string): Promise<void> {
  for (const child of await q.activeChildren(tx, from.id)) {
    await requireFreeName(tx, to.id, child.name);
    await q.newVersion(tx, child.id, on, {
      name: child.name,
      shortCode: child.short_code,
      kind: child.kind,
      parentId: to.id,
    });
    await q.moveSubtree(tx, child, to);
  }
  const users = await q.userIdsOf(tx, from.id);
  if (users.length > 0) {
    await q.moveUsers(tx, from.id, to.id);
    await recordAudit(tx, ctx, {
      action: 'user.reassign',
      entity: 'org',
      entityId: from.id,
      orgId: to.id,
      after: { fromOrgId: from.id, toOrgId: to.id, usernames: users.map((u) => u.username) },
    });
  }
}

export async function merge(deps: Deps, ctx: RequestCtx, input: z.infer<typeof mergeOrgsBody>) {
  const actor = actorOf(ctx);
  return transact(deps, async (tx) => {
    const ids = [...new Set(input.predecessorIds)];
    const preds: q.OrgRow[] = [];
    for (const pid of ids) {
      const p = await managed(tx, actor, pid);
      requireNotRoot(p, 'hợp nhất');
      requireActive(p);
      await requireAfterLastChange(tx, p, input.on);
      preds.push(p);
    }
    for (const a of preds) {
      for (const b of preds) {
        if (a.id !== b.id && b.path.startsWith(`${a.path}.`)) {
          throw new RuleError(
            'org_merge_nested',
            `«${b.name}» trực thuộc «${a.name}»: không thể hợp nhất đơn vị với đơn vị con của nó.`,
          );
        }
      }
    }
    // Retire the predecessors first: the new unit often takes the name of one of them.
    for (const p of preds) await q.deactivate(tx, p.id, input.on);
    let successor: q.OrgRow;
    if ('existingId' in input.into) {
      if (ids.includes(input.into.existingId)) {
        throw new RuleError(
          'org_merge_into_itself',
          'Đơn vị tiếp nhận không được nằm trong danh sách đơn vị bị hợp nhất.',
        );
      }
      successor = await managed(tx, actor, input.into.existingId);
      requireActive(successor);
      if (preds.some((p) => successor.path.startsWith(`${p.path}.`))) {
        throw new RuleError(
          'org_merge_nested',
          'Đơn vị tiếp nhận không được trực thuộc một đơn vị bị hợp nhất.',
        );
      }
    } else {
      requireNotFuture(input.on);
      const parent = await managed(tx, actor, input.into.parentId);
      requireActive(parent);
      if (preds.some((p) => parent.path === p.path || parent.path.startsWith(`${p.path}.`))) {
        throw new RuleError(
          'org_merge_nested',
          'Đơn vị cấp trên của đơn vị mới không được là đơn vị bị hợp nhất.',
        );
      }
      requireKindUnder(input.into.kind, parent);
      await requireFreeName(tx, parent.id, input.into.name);
      successor = await q.insert(tx, {
        name: input.into.name,
        shortCode: input.into.shortCode,
        kind: input.into.kind,
        parentId: parent.id,
        validFrom: input.on,
      });
      await recordAudit(tx, ctx, {
        action: 'org.create',
        entity: 'org',
        entityId: successor.id,
        orgId: successor.id,
        after: presentOrg(successor),
      });
    }
    for (const p of preds) {
      await handOver(tx, ctx, p, successor, input.on);
      await q.link(tx, p.id, successor.id, 'merge', input.on);
    }
    const out = presentOrg((await q.byId(tx, successor.id)) as q.OrgRow);
    await recordAudit(tx, ctx, {
      action: 'org.merge',
      entity: 'org',
      entityId: successor.id,
      orgId: successor.id,
      before: preds.map(presentOrg),
      after: { successor: out, on: input.on },
    });
    return {
      successor: out,
      predecessors: preds.map((p) => ({ ...presentOrg(p), active: false, validTo: input.on })),
    };
  });
}

export async function split(deps: Deps, ctx: RequestCtx, id: number, input: z.infer<typeof splitOrgBody>) {
  const actor = actorOf(ctx);
  return transact(deps, async (tx) => {
    const org = await managed(tx, actor, id);
    requireNotRoot(org, 'chia tách');
    requireActive(org);
    await requireAfterLastChange(tx, org, input.on);
    const names = new Set<string>();
    const successors: q.OrgRow[] = [];
    // Retire the unit first: a successor may keep its name under the same parent.
    await q.deactivate(tx, org.id, input.on);
    for (const s of input.successors) {
      const key = s.name.toLocaleLowerCase('vi');
      if (names.has(key)) throw new ConflictError('org_exists', `Tên đơn vị mới «${s.name}» bị lặp.`);
      names.add(key);
      const parent = await managed(tx, actor, s.parentId ?? (org.parent_id as number));
      requireActive(parent);
      if (parent.path === org.path || parent.path.startsWith(`${org.path}.`)) {
        throw new RuleError('org_split_nested', 'Đơn vị mới không được trực thuộc đơn vị bị chia tách.');
      }
      requireKindUnder(s.kind, parent);
      await requireFreeName(tx, parent.id, s.name);
      const row = await q.insert(tx, { ...s, parentId: parent.id, validFrom: input.on });
      await recordAudit(tx, ctx, {
        action: 'org.create',
        entity: 'org',
        entityId: row.id,
        orgId: row.id,
        after: presentOrg(row),
      });
      successors.push(row);
    }
    // Children and accounts go to the first successor; the admin can move them on from there.
    await handOver(tx, ctx, org, successors[0] as q.OrgRow, input.on);
    for (const s of successors) await q.link(tx, org.id, s.id, 'split', input.on);
    const out = successors.map(presentOrg);
    await recordAudit(tx, ctx, {
      action: 'org.split',
      entity: 'org',
      entityId: org.id,
      orgId: org.id,
      before: presentOrg(org),
      after: { successors: out, on: input.on },
    });
    return { predecessor: { ...presentOrg(org), active: false, validTo: input.on }, successors: out };
  });
}

export async function dissolve(deps: Deps, ctx: RequestCtx, id: number, on: string | undefined) {
  const actor = actorOf(ctx);
  return transact(deps, async (tx) => {
    const org = await managed(tx, actor, id);
    requireNotRoot(org, 'giải thể');
    requireActive(org);
    const date = on ?? todayVn();
    await requireAfterLastChange(tx, org, date);
    const [children, users] = await Promise.all([q.activeChildren(tx, id), q.userIdsOf(tx, id)]);
    if (children.length > 0 || users.length > 0) {
      throw new RuleError(
        'org_not_empty',
        `«${org.name}» còn ${children.length} đơn vị trực thuộc và ${users.length} tài khoản: hãy chuyển đi trước khi giải thể.`,
      );
    }
    await q.deactivate(tx, id, date);
    const after = { ...presentOrg(org), active: false, validTo: date };
    await recordAudit(tx, ctx, {
      action: 'org.dissolve',
      entity: 'org',
      entityId: id,
      orgId: id,
      before: presentOrg(org),
      after,
    });
    return after;
  });
}

export async function remove(deps: Deps, ctx: RequestCtx, id: number): Promise<void> {
  const actor = actorOf(ctx);
  await transact(deps, async (tx) => {
    const org = await managed(tx, actor, id);
    requireNotRoot(org, 'xóa');
    const usage = await q.usage(tx, id);
    const parts: string[] = [];
    if (usage?.children) parts.push(`${usage.children} đơn vị trực thuộc`);
    if (usage?.users) parts.push(`${usage.users} tài khoản`);
    if (usage?.links) parts.push('lịch sử hợp nhất/chia tách');
    if (usage?.grants) parts.push('văn bản, nhiệm vụ được gửi tới');
    if (parts.length > 0) throw inUse(org, parts.join(', '));
    await recordAudit(tx, ctx, {
      action: 'org.delete',
      entity: 'org',
      entityId: id,
      orgId: org.parent_id,
      before: presentOrg(org),
    });
    try {
      // A savepoint, so that a unit referenced by records of any module is refused cleanly.
      await tx.transaction(async (sp) => q.remove(sp, id));
    } catch (err) {
      if (pgError(err)?.code === '23503') throw inUse(org, 'hồ sơ, văn bản hoặc dữ liệu khác');
      throw err;
    }
  });
}

function inUse(org: q.OrgRow, what: string): ConflictError {
  return new ConflictError(
    'org_in_use',
    `Không thể xóa «${org.name}» vì đơn vị đã có ${what}. Đơn vị có dữ liệu chỉ có thể giải thể, hợp nhất hoặc chia tách để giữ lịch sử.`,
  );
}
