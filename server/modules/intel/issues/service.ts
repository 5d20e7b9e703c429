// The register of hot issues (vụ việc, điểm nóng): an issue owned by the unit that follows it and
// placed where it happens, its lifecycle new → watching → reported (to the standing committee) →
// directed → resolved → recurred (domain/intel/labels.ts holds the moves), the report items filed
// under it, the documents and tasks linked to it, and a leader's direction, which becomes a task of
// the tracker (source `intel_issue`) and moves the issue to "directed". An item filed under a
// resolved issue that happened after it was resolved means the issue recurred.
import { isUnder } from '../../../../domain/access.ts';
import { formatDateVi, todayVn } from '../../../../domain/dates.ts';
import { canMove, ISSUE_STATUS_LABELS, type IssueStatus } from '../../../../domain/intel/labels.ts';
import type {
  createIssueBody,
  directionBody,
  issueStatusBody,
  linkBody,
  listIssuesQuery,
} from '../../../../domain/intel/schemas.ts';
import type { z } from '../../../../domain/validation.ts';
import type { Actor, RequestCtx } from '../../../auth/actor.ts';
import { authorize, may, requireSecrecyWithin } from '../../../auth/authorize.ts';
import { activeUnitInScope, unitInScope } from '../../../auth/scope.ts';
import type { Db } from '../../../db/client.ts';
import { toIso } from '../../../db/sql.ts';
import { type Deps, transact } from '../../../deps.ts';
import { ConflictError, notFound, RuleError } from '../../../http/errors.ts';
import { recordAudit } from '../../audit/service.ts';
import { notify } from '../../notifications/service.ts';
import { createTaskInTx } from '../../tasks/service.ts';
import { presentItem } from '../presenter.ts';
import * as iq from '../queries.ts';
import { requireCategory, visibleItems } from '../service.ts';
import { linksOf, requireTarget } from './links.ts';
import {
  canOf,
  type IntelIssue,
  issueLink,
  movesOf,
  presentEvent,
  presentIssueSummary,
} from './presenter.ts';
import * as q from './queries.ts';

async function visibleIssue(db: Db, actor: Actor, id: number, lock = false): Promise<q.IssueRow> {
  const row = await q.byId(db, id, actor);
  if (!row) throw notFound('Vụ việc, điểm nóng');
  return lock ? ((await q.byId(db, id, null, true)) as q.IssueRow) : row;
}

export async function getIssue(deps: Deps, ctx: RequestCtx, id: number): Promise<IntelIssue> {
  const actor = authorize(ctx, 'intel.read');
  const db = deps.database.db;
  const row = await visibleIssue(db, actor, id);
  const [items, events, links] = await Promise.all([
    iq.itemsOfIssue(db, id),
    q.events(db, id),
    linksOf(deps, ctx, id),
  ]);
  const status = row.status as IssueStatus;
  return {
    ...presentIssueSummary(row),
    summary: row.summary,
    createdByName: row.created_by_name,
    createdAt: toIso(row.created_at),
    // Only the items whose reports the account sees.
    items: (
      await iq.visibleItems(
        db,
        actor,
        items.map((i) => Number(i.id)),
      )
    )
      .map(presentItem)
      .sort((a, b) => b.occurredOn.localeCompare(a.occurredOn) || b.id - a.id),
    events: events.map(presentEvent),
    links,
    moves: movesOf(status),
    can: canOf(status, { manage: may(actor, 'intel.manage'), direct: may(actor, 'intel.direct') }),
  };
}

export async function listIssues(deps: Deps, ctx: RequestCtx, f: z.infer<typeof listIssuesQuery>) {
  const actor = authorize(ctx, 'intel.read');
  const db = deps.database.db;
  const within = f.orgId ? await unitInScope(db, actor, f.orgId) : null;
  const open = f.open === undefined ? undefined : f.open === 'true';
  const list = await q.list(db, actor, {
    withinPath: within?.path ?? null,
    status: f.status,
    open,
    limit: f.limit,
  });
  return { items: list.map(presentIssueSummary) };
}

/** Files items under an issue (409 when one is filed under another); a resolved issue recurs. */
async function fileInTx(
  tx: Db,
  ctx: RequestCtx,
  actor: Actor,
  issue: q.IssueRow,
  itemIds: readonly number[],
) {
  const items = await visibleItems(tx, ctx, itemIds);
  const elsewhere = items.find((i) => i.issueId !== null && i.issueId !== Number(issue.id));
  if (elsewhere) {
    throw new ConflictError(
      'item_filed_elsewhere',
      `Vụ việc «${elsewhere.summary.slice(0, 80)}» đã được theo dõi trong «${elsewhere.issueTitle}».`,
    );
  }
  await iq.setItemsIssue(tx, itemIds, Number(issue.id));
  await q.addEvent(tx, {
    issueId: Number(issue.id),
    kind: 'file',
    note: `${items.length} vụ việc`,
    by: actor.userId,
  });
  const later = items.filter((i) => issue.resolved_on !== null && i.occurredOn > issue.resolved_on);
  if (issue.status === 'resolved' && later.length > 0) {
    const on = later.map((i) => i.occurredOn).sort()[0] as string;
    await q.setStatus(tx, Number(issue.id), 'recurred', { recurredOn: on });
    await q.addEvent(tx, {
      issueId: Number(issue.id),
      kind: 'status',
      fromStatus: 'resolved',
      toStatus: 'recurred',
      note: `Có vụ việc mới ngày ${formatDateVi(on)} sau khi đã giải quyết`,
      by: actor.userId,
    });
    await notify(
      tx,
      { orgId: Number(issue.owner_org_id), roles: ['leader'] },
      {
        kind: 'intel.recurred',
        title: `Vụ việc tái phát: ${issue.title}`,
        link: issueLink(Number(issue.id)),
        entity: q.ISSUE_ENTITY,
        entityId: Number(issue.id),
      },
    );
  }
  return items.length;
}

export async function createIssue(deps: Deps, ctx: RequestCtx, input: z.infer<typeof createIssueBody>) {
  const actor = authorize(ctx, 'intel.manage');
  const id = await transact(deps, async (tx) => {
    const owner = await activeUnitInScope(tx, actor, input.orgId);
    const place = input.placeOrgId ? await unitInScope(tx, actor, input.placeOrgId) : owner;
    if (!isUnder(place.path, owner.path)) {
      throw new RuleError(
        'place_outside_unit',
        `Địa bàn phải là «${owner.name}» hoặc một đơn vị trực thuộc.`,
      );
    }
    await requireCategory(tx, ctx, input.category);
    const secrecy = input.secrecy ?? 0;
    requireSecrecyWithin(actor, secrecy);
    const id = await q.insert(tx, {
      ownerOrgId: owner.id,
      placeOrgId: place.id,
      category: input.category,
      title: input.title,
      summary: input.summary || null,
      severity: input.severity ?? 2,
      secrecy,
      by: actor.userId,
    });
    await q.addEvent(tx, { issueId: id, kind: 'create', toStatus: 'new', by: actor.userId });
    const row = (await q.byId(tx, id, null)) as q.IssueRow;
    if (input.itemIds?.length) await fileInTx(tx, ctx, actor, row, input.itemIds);
    await recordAudit(tx, ctx, {
      action: 'intel.issue.create',
      entity: q.ISSUE_ENTITY,
      entityId: id,
      orgId: owner.id,
      after: presentIssueSummary(row),
    });
    return id;
  });
  return getIssue(deps, ctx, id);
}

export async function moveIssue(
  deps: Deps,
  ctx: RequestCtx,
  id: number,
  input: z.infer<typeof issueStatusBody>,
): Promise<IntelIssue> {
  const actor = authorize(ctx, 'intel.manage');
  await transact(deps, async (tx) => {
    const row = await visibleIssue(tx, actor, id, true);
    const from = row.status as IssueStatus;
    if (input.status === 'directed') {
      throw new RuleError(
        'direction_needed',
        'Chuyển sang «Đã có chỉ đạo» bằng ý kiến chỉ đạo của lãnh đạo.',
      );
    }
    if (!canMove(from, input.status)) {
      throw new RuleError(
        'status_move',
        `Không thể chuyển từ «${ISSUE_STATUS_LABELS[from]}» sang «${ISSUE_STATUS_LABELS[input.status]}».`,
      );
    }
    const on = input.on ?? todayVn();
    if (on > todayVn()) throw new RuleError('date_in_future', `Ngày ${formatDateVi(on)} chưa đến.`);
    const days =
      input.status === 'resolved'
        ? { resolvedOn: on }
        : input.status === 'recurred'
          ? { recurredOn: on }
          : {};
    await q.setStatus(tx, id, input.status, days);
    await q.addEvent(tx, {
      issueId: id,
      kind: 'status',
      fromStatus: from,
      toStatus: input.status,
      note: input.note || null,
      by: actor.userId,
    });
    if (input.status === 'recurred') {
      await notify(
        tx,
        { orgId: Number(row.owner_org_id), roles: ['leader'] },
        {
          kind: 'intel.recurred',
          title: `Vụ việc tái phát: ${row.title}`,
          link: issueLink(id),
          entity: q.ISSUE_ENTITY,
          entityId: id,
        },
      );
    }
    await recordAudit(tx, ctx, {
      action: 'intel.issue.status',
      entity: q.ISSUE_ENTITY,
      entityId: id,
      orgId: Number(row.owner_org_id),
      before: { status: from },
      after: { status: input.status, ...days },
    });
  });
  return getIssue(deps, ctx, id);
}

/** A leader's direction: a task for the lead unit (source: the issue), linked; the issue is directed. */
export async function directIssue(
  deps: Deps,
  ctx: RequestCtx,
  id: number,
  input: z.infer<typeof directionBody>,
): Promise<IntelIssue & { taskId: number }> {
  const actor = authorize(ctx, 'intel.direct');
  const taskId = await transact(deps, async (tx) => {
    const row = await visibleIssue(tx, actor, id, true);
    if (row.status === 'resolved') {
      throw new RuleError(
        'issue_resolved',
        'Vụ việc đã giải quyết; nếu tái phát, hãy chuyển sang «Tái phát» trước.',
      );
    }
    const task = await createTaskInTx(tx, ctx, {
      title: `Chỉ đạo xử lý: ${row.title}`.slice(0, 500),
      description: input.text,
      orgId: input.orgId,
      assigneeId: input.assigneeId ?? null,
      dueOn: input.dueOn,
      secrecy: row.secrecy,
      source: { kind: 'intel_issue', id, ref: row.title.slice(0, 200) },
    });
    await q.setStatus(tx, id, 'directed', {});
    await q.addEvent(tx, {
      issueId: id,
      kind: 'direction',
      fromStatus: row.status,
      toStatus: 'directed',
      note: input.text,
      taskId: task.id,
      by: actor.userId,
    });
    await q.addLink(tx, id, 'task', task.id, actor.userId);
    await recordAudit(tx, ctx, {
      action: 'intel.issue.direct',
      entity: q.ISSUE_ENTITY,
      entityId: id,
      orgId: Number(row.owner_org_id),
      after: { text: input.text, taskId: task.id, leadOrgId: input.orgId, dueOn: input.dueOn },
    });
    return task.id;
  });
  return { ...(await getIssue(deps, ctx, id)), taskId };
}

export async function fileItems(deps: Deps, ctx: RequestCtx, id: number, itemIds: readonly number[]) {
  const actor = authorize(ctx, 'intel.manage');
  await transact(deps, async (tx) => {
    const row = await visibleIssue(tx, actor, id, true);
    const n = await fileInTx(tx, ctx, actor, row, itemIds);
    await q.touch(tx, id);
    await recordAudit(tx, ctx, {
      action: 'intel.issue.file',
      entity: q.ISSUE_ENTITY,
      entityId: id,
      orgId: Number(row.owner_org_id),
      after: { itemIds, n },
    });
  });
  return getIssue(deps, ctx, id);
}

export async function unfileItem(deps: Deps, ctx: RequestCtx, id: number, itemId: number) {
  const actor = authorize(ctx, 'intel.manage');
  await transact(deps, async (tx) => {
    const row = await visibleIssue(tx, actor, id, true);
    const [item] = await visibleItems(tx, ctx, [itemId]);
    if (!item || item.issueId !== id) throw notFound('Vụ việc');
    await iq.setItemsIssue(tx, [itemId], null);
    await q.addEvent(tx, { issueId: id, kind: 'unfile', note: item.summary.slice(0, 200), by: actor.userId });
    await recordAudit(tx, ctx, {
      action: 'intel.issue.unfile',
      entity: q.ISSUE_ENTITY,
      entityId: id,
      orgId: Number(row.owner_org_id),
      before: { itemId },
    });
  });
  return getIssue(deps, ctx, id);
}

export async function linkIssue(deps: Deps, ctx: RequestCtx, id: number, input: z.infer<typeof linkBody>) {
  const actor = authorize(ctx, 'intel.manage');
  await visibleIssue(deps.database.db, actor, id);
  const title = await requireTarget(deps, ctx, input.kind, input.targetId);
  await transact(deps, async (tx) => {
    const row = await visibleIssue(tx, actor, id, true);
    await q.addLink(tx, id, input.kind, input.targetId, actor.userId);
    await q.addEvent(tx, { issueId: id, kind: 'link', note: title.slice(0, 300), by: actor.userId });
    await recordAudit(tx, ctx, {
      action: 'intel.issue.link',
      entity: q.ISSUE_ENTITY,
      entityId: id,
      orgId: Number(row.owner_org_id),
      after: input,
    });
  });
  return getIssue(deps, ctx, id);
}

export async function unlinkIssue(deps: Deps, ctx: RequestCtx, id: number, input: z.infer<typeof linkBody>) {
  const actor = authorize(ctx, 'intel.manage');
  await transact(deps, async (tx) => {
    const row = await visibleIssue(tx, actor, id, true);
    if ((await q.removeLink(tx, id, input.kind, input.targetId)) === 0) throw notFound('Liên kết');
    await q.addEvent(tx, {
      issueId: id,
      kind: 'unlink',
      note: `${input.kind} #${input.targetId}`,
      by: actor.userId,
    });
    await recordAudit(tx, ctx, {
      action: 'intel.issue.unlink',
      entity: q.ISSUE_ENTITY,
      entityId: id,
      orgId: Number(row.owner_org_id),
      before: input,
    });
  });
  return getIssue(deps, ctx, id);
}
