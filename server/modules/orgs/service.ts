// Rules of the organisation tree: creation under allowed parents, renames and moves with dated
// history, dissolution of an emptied unit, deletion only of unused units. Merges and splits are in
// reorganise/service.ts.
import { todayVn } from '../../../domain/dates.ts';
import type { createOrgBody, renameOrgBody } from '../../../domain/schemas/orgs.ts';
import { fold } from '../../../domain/text.ts';
import type { z } from '../../../domain/validation.ts';
import { type RequestCtx, whoOf } from '../../auth/actor.ts';
import { authorize, authorizeWho, signedIn } from '../../auth/authorize.ts';
import { grantsNamingUnit } from '../../auth/grants.ts';
import type { Db } from '../../db/client.ts';
import { type Deps, transact } from '../../deps.ts';
import { ConflictError, notFound, pgError, RuleError } from '../../http/errors.ts';
import { recordAudit } from '../audit/service.ts';
import {
  type OrgChildren,
  type OrgDetail,
  type OrgJson,
  type OrgSearch,
  presentLink,
  presentOrg,
  presentRetired,
  presentVersion,
} from './presenter.ts';
import * as q from './queries.ts';
import {
  isWithin,
  managed,
  NOT_FOUND,
  requireActive,
  requireAfterLastChange,
  requireFreeName,
  requireKindUnder,
  requireNotFuture,
  requireNotRoot,
} from './rules.ts';
import { type CachedTree, cachedTree, type TreeOptions } from './tree-cache.ts';
import { unitIndex } from './unit-index.ts';

/**
 * The tree as JSON bytes with its ETag. Units are not records: every account sees the whole tree,
 * so one cached copy per option serves everybody (tree-cache.ts).
 */
export async function tree(deps: Deps, ctx: RequestCtx, opts: TreeOptions): Promise<CachedTree> {
  signedIn(ctx);
  return cachedTree(deps.database, opts);
}

/**
 * One level of the current tree: an active unit and its active children (404 for a unit that is
 * not, or no longer, active). The units are the deployment's directory, readable by every account
 * as the whole tree is (tree()): a ward sends documents, tasks and transfers to units outside its
 * scope, so a picker must reach them; scope limits what an account does, not which units it sees.
 */
export async function children(deps: Deps, ctx: RequestCtx, id: number): Promise<OrgChildren> {
  signedIn(ctx);
  const index = await unitIndex(deps.database);
  const unit = index.byId.get(id);
  if (!unit) throw notFound(NOT_FOUND);
  const items = unit.children.flatMap((c) => {
    const child = index.byId.get(c);
    return child ? [child.item] : [];
  });
  return { unit: unit.item, items, total: index.byId.size };
}

/**
 * Active units whose name holds the words typed, or whose code is them, diacritics and case
 * ignored; in the tree's order, each with its ancestors (many units share a name: «Chi bộ 1»).
 */
export async function searchUnits(
  deps: Deps,
  ctx: RequestCtx,
  query: { q: string; limit: number },
): Promise<OrgSearch> {
  signedIn(ctx);
  const index = await unitIndex(deps.database);
  const words = fold(query.q).split(/\s+/).filter(Boolean);
  const whole = words.join(' ');
  const items: OrgSearch['items'] = [];
  let more = false;
  for (const id of index.order) {
    const u = index.byId.get(id);
    if (!u || !(u.foldedCode === whole || words.every((w) => u.folded.includes(w)))) continue;
    if (items.length === query.limit) {
      more = true;
      break;
    }
    const ancestors = u.ancestors.flatMap((a) => {
      const above = index.byId.get(a);
      return above ? [{ id: a, name: above.item.name }] : [];
    });
    items.push({ ...u.item, ancestors });
  }
  return { items, more };
}

export async function detail(deps: Deps, ctx: RequestCtx, id: number): Promise<OrgDetail> {
  signedIn(ctx);
  const db = deps.database.db;
  const org = await q.byId(db, id);
  if (!org) throw notFound(NOT_FOUND);
  const [versions, links, usage, grants] = await Promise.all([
    q.versionsOf(db, id),
    q.linksOf(db, id),
    q.usage(db, id),
    grantsNamingUnit(db, id),
  ]);
  return {
    ...presentOrg(org),
    history: versions.map(presentVersion),
    predecessors: links.filter((l) => l.successor_id === id).map(presentLink),
    successors: links.filter((l) => l.predecessor_id === id).map(presentLink),
    counts: { ...usage, grants },
  };
}

/**
 * The place name printed before the date of a unit's documents ("Hà Nội, ngày …"): the unit's own,
 * an ancestor's, or the one implied by the root's name (OrgJson.effectivePlace). Any account's
 * document may carry it, so it asks only who is acting; the system (a job) may ask too.
 */
export async function placeOf(db: Db, ctx: RequestCtx, orgId: number): Promise<string> {
  whoOf(ctx);
  const org = await q.byId(db, orgId);
  if (!org) throw notFound(NOT_FOUND);
  return presentOrg(org).effectivePlace;
}

/** The deployment's root unit (the first start, the demo), or undefined before it exists. */
export async function rootUnit(db: Db, ctx: RequestCtx): Promise<OrgJson | undefined> {
  whoOf(ctx);
  const root = await q.root(db);
  return root ? presentOrg(root) : undefined;
}

type CreateInput = z.infer<typeof createOrgBody>;

export async function create(deps: Deps, ctx: RequestCtx, input: CreateInput): Promise<OrgJson> {
  const actor = authorize(ctx, 'org.manage');
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

/** First start: the root unit of the deployment, created by the system. */
export async function createRoot(tx: Db, ctx: RequestCtx, name: string, shortCode: string): Promise<OrgJson> {
  authorizeWho(ctx, 'org.manage');
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
  const actor = authorize(ctx, 'org.manage');
  return transact(deps, async (tx) => {
    const org = await managed(tx, actor, id);
    requireActive(org);
    const on = input.on ?? todayVn();
    const name = input.name ?? org.name;
    const shortCode = input.shortCode ?? org.short_code;
    // The name and code are dated and kept in the history; the place name is not.
    if (name !== org.name || shortCode !== org.short_code) {
      await requireAfterLastChange(tx, org, on);
      if (org.parent_id !== null) await requireFreeName(tx, org.parent_id, name, org.id);
      await q.newVersion(tx, id, on, { name, shortCode, kind: org.kind, parentId: org.parent_id });
      await q.rename(tx, id, name, shortCode);
    }
    if (input.place !== undefined) await q.setPlace(tx, id, input.place || null);
    const after = presentOrg((await q.byId(tx, id)) as q.OrgRow);
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
  const actor = authorize(ctx, 'org.manage');
  return transact(deps, async (tx) => {
    const org = await managed(tx, actor, id);
    requireNotRoot(org, 'chuyển');
    requireActive(org);
    const parent = await managed(tx, actor, input.parentId);
    requireActive(parent);
    if (isWithin(parent, org)) {
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

export async function dissolve(
  deps: Deps,
  ctx: RequestCtx,
  id: number,
  on: string | undefined,
): Promise<OrgJson> {
  const actor = authorize(ctx, 'org.manage');
  return transact(deps, async (tx) => {
    const org = await managed(tx, actor, id);
    requireNotRoot(org, 'giải thể');
    requireActive(org);
    const date = on ?? todayVn();
    await requireAfterLastChange(tx, org, date);
    const [children, accounts] = await Promise.all([q.activeChildren(tx, id), q.accountCount(tx, id)]);
    if (children.length > 0 || accounts > 0) {
      throw new RuleError(
        'org_not_empty',
        `«${org.name}» còn ${children.length} đơn vị trực thuộc và ${accounts} tài khoản: hãy chuyển đi trước khi giải thể.`,
      );
    }
    await q.deactivate(tx, id, date);
    const after = presentRetired(org, date);
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
  const actor = authorize(ctx, 'org.manage');
  await transact(deps, async (tx) => {
    const org = await managed(tx, actor, id);
    requireNotRoot(org, 'xóa');
    const usage = await q.usage(tx, id);
    const grants = await grantsNamingUnit(tx, id);
    const parts: string[] = [];
    if (usage.children) parts.push(`${usage.children} đơn vị trực thuộc`);
    if (usage.users) parts.push(`${usage.users} tài khoản`);
    if (usage.links) parts.push('lịch sử hợp nhất/chia tách');
    if (grants) parts.push('văn bản, nhiệm vụ được gửi tới');
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
