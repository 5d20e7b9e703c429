// Leaders' directions on a document, the units and people handling it, and their inboxes.
import { formatDateVi, todayVn } from '../../../../domain/dates.ts';
import type { RequestCtx } from '../../../auth/actor.ts';
import { authorize, may, signedIn } from '../../../auth/authorize.ts';
import { grant } from '../../../auth/grants.ts';
import { activeUnit } from '../../../auth/scope.ts';
import type { Db } from '../../../db/client.ts';
import { type Deps, transact } from '../../../deps.ts';
import { notFound, RuleError } from '../../../http/errors.ts';
import { recordAudit } from '../../audit/service.ts';
import type { HomeCount } from '../../home/presenter.ts';
import { notify } from '../../notifications/service.ts';
import { lockVisible } from '../access.ts';
import * as oq from '../outgoing/queries.ts';
import { type DocumentJson, presentDocument } from '../presenter.ts';
import * as dq from '../queries.ts';
import { type DocumentInbox, presentInboxItem } from './presenter.ts';
import * as q from './queries.ts';

/**
 * Hook for the tasks area: turns a direction with a lead unit and a deadline into a tracked task
 * (source = the document). Wired at start in server/integrations.ts; without it the direction is
 * stored and shown with its units and deadline.
 */
export type DirectionTaskCreator = (
  tx: Db,
  ctx: RequestCtx,
  input: {
    title: string;
    orgId: number;
    assigneeId?: number;
    coordinatingOrgIds: number[];
    dueOn: string;
    /** The regulation's version and article the deadline was counted from, when it was. */
    rule?: { workRuleId: number; article: string } | undefined;
    documentId: number;
    ref: string;
  },
) => Promise<number | null>;

let taskCreator: DirectionTaskCreator | undefined;

/** A deadline counted from the working regulation: the date, the version kept, the article. */
export type DirectionDueFinder = (
  tx: Db,
  ctx: RequestCtx,
  orgId: number,
  docType: string,
  on: string,
) => Promise<{ dueOn: string; workRuleId: number; article: string } | null>;
let directionDue: DirectionDueFinder = async () => null;

/** @trusted wiring: the rules area counts a direction's deadline when none is typed. */
export function registerDirectionDue(fn: DirectionDueFinder): void {
  directionDue = fn;
}

/** @trusted wiring: called once by server/integrations.ts when a runtime opens. */
export function registerDirectionTaskCreator(fn: DirectionTaskCreator | undefined): void {
  taskCreator = fn;
}

export async function addDirection(
  deps: Deps,
  ctx: RequestCtx,
  id: number,
  input: {
    text: string;
    leadOrgId?: number | undefined;
    coordinatingOrgIds?: number[] | undefined;
    assigneeId?: number | undefined;
    deadline?: string | undefined;
  },
): Promise<{ id: number; taskId: number | null }> {
  const actor = authorize(ctx, 'document.direct', 'Chỉ lãnh đạo mới cho ý kiến chỉ đạo.');
  return transact(deps, async (tx) => {
    const doc = await lockVisible(tx, actor, id);
    if (input.deadline && input.deadline < todayVn() && doc.direction !== 'in') {
      throw new RuleError('deadline_past', 'Hạn xử lý đã qua.');
    }
    const coordinating = [...new Set(input.coordinatingOrgIds ?? [])].filter((o) => o !== input.leadOrgId);
    const lead = input.leadOrgId ? await activeUnit(tx, input.leadOrgId) : null;
    for (const o of coordinating) await activeUnit(tx, o);
    const assignee = input.assigneeId ? await q.activeUser(tx, input.assigneeId) : undefined;
    if (input.assigneeId && !assignee) throw notFound('Người xử lý');
    if (!lead && coordinating.length > 0) {
      throw new RuleError('lead_required', 'Có đơn vị phối hợp thì phải có đơn vị chủ trì.');
    }
    // A lead unit given without a deadline takes the time to handle of the unit's working regulation
    // (counted in working days from today); a deadline typed by hand wins and cites no rule.
    const ruled =
      lead && !input.deadline
        ? await directionDue(tx, ctx, doc.owner_org_id, doc.type_code, todayVn())
        : null;
    const deadline = input.deadline ?? ruled?.dueOn ?? null;
    const directionId = await q.insertDirection(tx, {
      documentId: id,
      authorId: actor.userId,
      text: input.text,
      leadOrgId: lead?.id ?? null,
      coordinatingOrgIds: coordinating,
      assigneeId: assignee?.id ?? null,
      deadline,
      workRuleId: ruled?.workRuleId ?? null,
      ruleArticle: ruled?.article ?? null,
    });
    const entity = { entity: 'document', entityId: id };
    if (lead) {
      await dq.addHandling(tx, { documentId: id, orgId: lead.id, role: 'lead', deadline });
      await grant(tx, { ...entity, orgId: lead.id, reason: 'lead' });
    }
    for (const o of coordinating) {
      await dq.addHandling(tx, { documentId: id, orgId: o, role: 'coordinate', deadline });
      await grant(tx, { ...entity, orgId: o, reason: 'coordinate' });
    }
    if (assignee) {
      await dq.addHandling(tx, {
        documentId: id,
        orgId: assignee.org_id,
        userId: assignee.id,
        role: 'assignee',
        deadline,
      });
      await grant(tx, { ...entity, userId: assignee.id, reason: 'assignee' });
    }
    // The registering unit now follows the leader's deadline too.
    await q.markDirected(tx, id, deadline);
    let taskId: number | null = null;
    if (taskCreator && lead && deadline) {
      taskId = await taskCreator(tx, ctx, {
        title: `${doc.symbol ? `${doc.symbol}: ` : ''}${input.text}`.slice(0, 500),
        orgId: lead.id,
        ...(assignee ? { assigneeId: assignee.id } : {}),
        coordinatingOrgIds: coordinating,
        dueOn: deadline,
        ...(ruled ? { rule: { workRuleId: ruled.workRuleId, article: ruled.article } } : {}),
        documentId: id,
        ref: doc.symbol ?? `VB-${id}`,
      });
      await q.setDirectionTask(tx, directionId, taskId);
    }
    await dq.addEvent(tx, id, actor.userId, 'directed', input.text, {
      leadOrgId: lead?.id ?? null,
      coordinatingOrgIds: coordinating,
      assigneeId: assignee?.id ?? null,
      deadline,
      ruleArticle: ruled?.article ?? null,
      taskId,
    });
    await recordAudit(tx, ctx, {
      action: 'document.direct',
      entity: 'document',
      entityId: id,
      orgId: doc.owner_org_id,
      after: {
        directionId,
        text: input.text,
        leadOrgId: lead?.id ?? null,
        coordinatingOrgIds: coordinating,
        deadline,
        taskId,
      },
    });
    const notice = {
      kind: 'document.assigned',
      title:
        `Giao xử lý văn bản ${doc.symbol ?? ''}${deadline ? ` (hạn ${formatDateVi(deadline)})` : ''}`.trim(),
      body: input.text.slice(0, 200),
      link: `/van-ban/${id}`,
      entity: 'document',
      entityId: id,
    };
    if (lead) await notify(tx, { orgId: lead.id, roles: ['leader', 'clerk'] }, notice);
    if (assignee) await notify(tx, { userIds: [assignee.id] }, notice);
    return { id: directionId, taskId };
  });
}

/** The actor's unit (or the actor) marks its part of the handling new, in progress or done. */
export async function setHandling(
  deps: Deps,
  ctx: RequestCtx,
  id: number,
  status: 'new' | 'in_progress' | 'done',
): Promise<DocumentJson> {
  const actor = signedIn(ctx);
  return transact(deps, async (tx) => {
    const doc = await lockVisible(tx, actor, id);
    const changed = await q.setOwnHandling(tx, id, actor, status);
    if (changed.length === 0) {
      throw new RuleError('not_handling', 'Đơn vị của bạn không được giao xử lý văn bản này.');
    }
    await q.recomputeIncomingStatus(tx, id);
    await dq.addEvent(tx, id, actor.userId, `handling_${status}`);
    await recordAudit(tx, ctx, {
      action: 'document.handling',
      entity: 'document',
      entityId: id,
      orgId: doc.owner_org_id,
      after: { status, roles: changed.map((c) => c.role) },
    });
    return presentDocument((await dq.lockById(tx, id)) as dq.DocRow);
  });
}

/** Documents waiting on the actor's unit or on the actor: urgent and overdue first. */
export async function inbox(
  deps: Deps,
  ctx: RequestCtx,
  opts: { scope: 'unit' | 'me'; status?: string | undefined; limit: number; offset: number },
): Promise<DocumentInbox> {
  const actor = signedIn(ctx);
  const db = deps.database.db;
  const list = await q.inboxPage(db, actor, { ...opts, today: todayVn() });
  const counts = await q.inboxCounts(db, actor, opts.scope);
  const total =
    opts.status === 'new'
      ? counts.new
      : opts.status === 'in_progress'
        ? counts.inProgress
        : opts.status === 'done'
          ? counts.done
          : counts.new + counts.inProgress;
  return {
    total,
    nextOffset: list.length > opts.limit ? opts.offset + opts.limit : null,
    items: list.slice(0, opts.limit).map(presentInboxItem),
    counts,
  };
}

/**
 * The documents' figures of a staff home: what waits on the account's unit and on the account in
 * the inboxes, what is submitted to it for signature, and signed documents waiting for their number.
 * Each figure counts what its link lists.
 */
export async function homeCounts(deps: Deps, ctx: RequestCtx): Promise<HomeCount[]> {
  const actor = signedIn(ctx);
  const db = deps.database.db;
  const [unit, me, waiting] = await Promise.all([
    q.inboxCounts(db, actor, 'unit'),
    q.inboxCounts(db, actor, 'me'),
    oq.waitingCounts(db, actor),
  ]);
  const out: HomeCount[] = [
    {
      key: 'documents.inbox_unit',
      group: 'documents',
      label: 'Văn bản đơn vị cần xử lý',
      count: unit.new + unit.inProgress,
      link: '/van-ban/xu-ly',
      tone: 'normal',
    },
    {
      key: 'documents.inbox_me',
      group: 'documents',
      label: 'Văn bản giao cho tôi xử lý',
      count: me.new + me.inProgress,
      link: '/van-ban/xu-ly?scope=me',
      tone: 'normal',
    },
  ];
  if (may(actor, 'document.sign')) {
    out.push({
      key: 'documents.to_sign',
      group: 'documents',
      label: 'Văn bản trình tôi ký',
      count: waiting.toSign,
      link: `/van-ban/di?status=submitted&signerId=${actor.userId}`,
      tone: 'warning',
    });
  }
  if (may(actor, 'document.issue')) {
    out.push({
      key: 'documents.to_issue',
      group: 'documents',
      label: 'Văn bản đã ký chờ cấp số, vào sổ',
      count: waiting.toIssue,
      link: '/van-ban/di?status=approved',
      tone: 'normal',
    });
  }
  return out;
}
