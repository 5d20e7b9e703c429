// Merges and splits. A merge retires the predecessors (they stay in the tree as inactive units, with
// their records), moves their active children and accounts to the successor, and links them. A split
// retires the unit, creates the successors, hands children and accounts to the first one, and links
// all. The links let the successors' people see the predecessors' records (the access rule).
import type { mergeOrgsBody, splitOrgBody } from '../../../../domain/schemas/orgs.ts';
import type { z } from '../../../../domain/validation.ts';
import type { RequestCtx } from '../../../auth/actor.ts';
import { authorize } from '../../../auth/authorize.ts';
import type { Db } from '../../../db/client.ts';
import { type Deps, transact } from '../../../deps.ts';
import { ConflictError, RuleError } from '../../../http/errors.ts';
import { recordAudit } from '../../audit/service.ts';
import { moveAccounts } from '../../users/service.ts';
import { presentOrg, presentRetired } from '../presenter.ts';
import * as orgs from '../queries.ts';
import {
  isWithin,
  managed,
  requireActive,
  requireAfterLastChange,
  requireFreeName,
  requireKindUnder,
  requireNotFuture,
  requireNotRoot,
} from '../rules.ts';
import type { OrgMergeResult, OrgSplitResult } from './presenter.ts';
import * as q from './queries.ts';

/** Moves the active children and the accounts of a retiring unit to its successor. */
async function handOver(
  tx: Db,
  ctx: RequestCtx,
  from: orgs.OrgRow,
  to: orgs.OrgRow,
  on: string,
): Promise<void> {
  for (const child of await orgs.activeChildren(tx, from.id)) {
    await requireFreeName(tx, to.id, child.name);
    await orgs.newVersion(tx, child.id, on, {
      name: child.name,
      shortCode: child.short_code,
      kind: child.kind,
      parentId: to.id,
    });
    await orgs.moveSubtree(tx, child, to);
  }
  await moveAccounts(tx, ctx, { fromOrgId: from.id, toOrgId: to.id });
}

async function created(tx: Db, ctx: RequestCtx, row: orgs.OrgRow): Promise<void> {
  await recordAudit(tx, ctx, {
    action: 'org.create',
    entity: 'org',
    entityId: row.id,
    orgId: row.id,
    after: presentOrg(row),
  });
}

export async function merge(
  deps: Deps,
  ctx: RequestCtx,
  input: z.infer<typeof mergeOrgsBody>,
): Promise<OrgMergeResult> {
  const actor = authorize(ctx, 'org.manage');
  return transact(deps, async (tx) => {
    const ids = [...new Set(input.predecessorIds)];
    const preds: orgs.OrgRow[] = [];
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
    for (const p of preds) await orgs.deactivate(tx, p.id, input.on);
    let successor: orgs.OrgRow;
    if ('existingId' in input.into) {
      if (ids.includes(input.into.existingId)) {
        throw new RuleError(
          'org_merge_into_itself',
          'Đơn vị tiếp nhận không được nằm trong danh sách đơn vị bị hợp nhất.',
        );
      }
      const existing = await managed(tx, actor, input.into.existingId);
      requireActive(existing);
      if (preds.some((p) => existing.path.startsWith(`${p.path}.`))) {
        throw new RuleError(
          'org_merge_nested',
          'Đơn vị tiếp nhận không được trực thuộc một đơn vị bị hợp nhất.',
        );
      }
      successor = existing;
    } else {
      requireNotFuture(input.on);
      const parent = await managed(tx, actor, input.into.parentId);
      requireActive(parent);
      if (preds.some((p) => isWithin(parent, p))) {
        throw new RuleError(
          'org_merge_nested',
          'Đơn vị cấp trên của đơn vị mới không được là đơn vị bị hợp nhất.',
        );
      }
      requireKindUnder(input.into.kind, parent);
      await requireFreeName(tx, parent.id, input.into.name);
      successor = await orgs.insert(tx, {
        name: input.into.name,
        shortCode: input.into.shortCode,
        kind: input.into.kind,
        parentId: parent.id,
        validFrom: input.on,
      });
      await created(tx, ctx, successor);
    }
    for (const p of preds) {
      await handOver(tx, ctx, p, successor, input.on);
      await q.link(tx, p.id, successor.id, 'merge', input.on);
    }
    const out = presentOrg((await orgs.byId(tx, successor.id)) as orgs.OrgRow);
    await recordAudit(tx, ctx, {
      action: 'org.merge',
      entity: 'org',
      entityId: successor.id,
      orgId: successor.id,
      before: preds.map(presentOrg),
      after: { successor: out, on: input.on },
    });
    return { successor: out, predecessors: preds.map((p) => presentRetired(p, input.on)) };
  });
}

export async function split(
  deps: Deps,
  ctx: RequestCtx,
  id: number,
  input: z.infer<typeof splitOrgBody>,
): Promise<OrgSplitResult> {
  const actor = authorize(ctx, 'org.manage');
  return transact(deps, async (tx) => {
    const org = await managed(tx, actor, id);
    requireNotRoot(org, 'chia tách');
    requireActive(org);
    await requireAfterLastChange(tx, org, input.on);
    const names = new Set<string>();
    const successors: orgs.OrgRow[] = [];
    // Retire the unit first: a successor may keep its name under the same parent.
    await orgs.deactivate(tx, org.id, input.on);
    for (const s of input.successors) {
      const key = s.name.toLocaleLowerCase('vi');
      if (names.has(key)) throw new ConflictError('org_exists', `Tên đơn vị mới «${s.name}» bị lặp.`);
      names.add(key);
      const parent = await managed(tx, actor, s.parentId ?? (org.parent_id as number));
      requireActive(parent);
      if (isWithin(parent, org)) {
        throw new RuleError('org_split_nested', 'Đơn vị mới không được trực thuộc đơn vị bị chia tách.');
      }
      requireKindUnder(s.kind, parent);
      await requireFreeName(tx, parent.id, s.name);
      const row = await orgs.insert(tx, { ...s, parentId: parent.id, validFrom: input.on });
      await created(tx, ctx, row);
      successors.push(row);
    }
    // Children and accounts go to the first successor; the admin can move them on from there.
    await handOver(tx, ctx, org, successors[0] as orgs.OrgRow, input.on);
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
    return { predecessor: presentRetired(org, input.on), successors: out };
  });
}
