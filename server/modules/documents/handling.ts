// Leaders' directions on a document, the units and people handling it, and their inboxes.
import { type SQL, sql } from 'drizzle-orm';
import { formatDateVi, todayVn } from '../../../domain/dates.ts';
import { roleCan } from '../../../domain/roles.ts';
import type { Actor, RequestCtx } from '../../auth/actor.ts';
import type { Db } from '../../db/client.ts';
import { array, one, rows } from '../../db/sql.ts';
import { type Deps, transact } from '../../deps.ts';
import { forbidden, notFound, RuleError } from '../../http/errors.ts';
import { recordAudit } from '../audit/service.ts';
import { notify } from '../notifications/service.ts';
import { actorOf, anyActiveOrg, lockVisible } from './access.ts';
import { presentDocument } from './presenter.ts';
import * as q from './queries.ts';

/**
 * Hook for the tasks area: when present it turns a direction with a lead unit into a tracked task
 * (source = the document). Registered at start by the tasks module; until then the direction is
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
    documentId: number;
    ref: string;
  },
) => Promise<number | null>;

let taskCreator: DirectionTaskCreator | undefined;
export function registerDirectionTaskCreator(fn: DirectionTaskCreator): void {
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
) {
  const actor = actorOf(ctx);
  if (!roleCan(actor.role, 'document.direct')) throw forbidden('Chỉ lãnh đạo mới cho ý kiến chỉ đạo.');
  return transact(deps, async (tx) => {
    const doc = await lockVisible(tx, actor, id);
    if (input.deadline && input.deadline < todayVn() && doc.direction !== 'in') {
      throw new RuleError('deadline_past', 'Hạn xử lý đã qua.');
    }
    const coordinating = [...new Set(input.coordinatingOrgIds ?? [])].filter((o) => o !== input.leadOrgId);
    const lead = input.leadOrgId ? await anyActiveOrg(tx, input.leadOrgId) : null;
    for (const o of coordinating) await anyActiveOrg(tx, o);
    let assignee: { id: number; org_id: number; full_name: string } | undefined;
    if (input.assigneeId) {
      assignee = await one(
        tx,
        sql`SELECT id, org_id, full_name FROM users WHERE id = ${input.assigneeId} AND disabled_at IS NULL`,
      );
      if (!assignee) throw notFound('Người xử lý');
    }
    if (!lead && coordinating.length > 0) {
      throw new RuleError('lead_required', 'Có đơn vị phối hợp thì phải có đơn vị chủ trì.');
    }
    const row = (await one<{ id: number }>(
      tx,
      sql`INSERT INTO document_directions (document_id, author_id, text, lead_org_id, coordinating_org_ids, assignee_id, deadline)
          VALUES (${id}, ${actor.userId}, ${input.text}, ${lead?.id ?? null}, ${array(coordinating)}::integer[],
                  ${assignee?.id ?? null}, ${input.deadline ?? null}::date)
          RETURNING id`,
    )) as { id: number };
    const deadline = input.deadline ?? null;
    if (lead) {
      await q.addHandling(tx, { documentId: id, orgId: lead.id, role: 'lead', deadline });
      await q.grant(tx, id, { orgId: lead.id }, 'lead');
    }
    for (const o of coordinating) {
      await q.addHandling(tx, { documentId: id, orgId: o, role: 'coordinate', deadline });
      await q.grant(tx, id, { orgId: o }, 'coordinate');
    }
    if (assignee) {
      await q.addHandling(tx, {
        documentId: id,
        orgId: assignee.org_id,
        userId: assignee.id,
        role: 'assignee',
        deadline,
      });
      await q.grant(tx, id, { userId: assignee.id }, 'assignee');
    }
    await tx.execute(sql`
      UPDATE documents SET deadline = coalesce(${deadline}::date, deadline),
             status = CASE WHEN direction = 'in' AND status = 'new' THEN 'in_progress' ELSE status END, updated_at = now()
       WHERE id = ${id}`);
    // The registering unit now follows the leader's deadline too.
    await tx.execute(sql`UPDATE document_handling
                            SET status = CASE WHEN status = 'new' THEN 'in_progress' ELSE status END,
                                deadline = coalesce(${deadline}::date, deadline), updated_at = now()
                          WHERE document_id = ${id} AND role = 'register'`);
    let taskId: number | null = null;
    if (taskCreator && lead && deadline) {
      taskId = await taskCreator(tx, ctx, {
        title: `${doc.symbol ? `${doc.symbol}: ` : ''}${input.text}`.slice(0, 500),
        orgId: lead.id,
        ...(assignee ? { assigneeId: assignee.id } : {}),
        coordinatingOrgIds: coordinating,
        dueOn: deadline,
        documentId: id,
        ref: doc.symbol ?? `VB-${id}`,
      });
      await tx.execute(sql`UPDATE document_directions SET task_id = ${taskId} WHERE id = ${row.id}`);
    }
    await q.addEvent(tx, id, actor.userId, 'directed', input.text, {
      leadOrgId: lead?.id ?? null,
      coordinatingOrgIds: coordinating,
      assigneeId: assignee?.id ?? null,
      deadline,
      taskId,
    });
    await recordAudit(tx, ctx, {
      action: 'document.direct',
      entity: 'document',
      entityId: id,
      orgId: doc.owner_org_id,
      after: {
        directionId: Number(row.id),
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
    return { id: Number(row.id), taskId };
  });
}

/** The actor's unit (or the actor) marks its part of the handling new, in progress or done. */
export async function setHandling(
  deps: Deps,
  ctx: RequestCtx,
  id: number,
  status: 'new' | 'in_progress' | 'done',
) {
  const actor = actorOf(ctx);
  return transact(deps, async (tx) => {
    const doc = await lockVisible(tx, actor, id);
    const changed = await rows<{ id: number; role: string }>(
      tx,
      sql`UPDATE document_handling SET status = ${status}, updated_at = now()
           WHERE document_id = ${id} AND (user_id = ${actor.userId} OR (user_id IS NULL AND org_id = ${actor.orgId}))
           RETURNING id, role`,
    );
    if (changed.length === 0) {
      throw new RuleError('not_handling', 'Đơn vị của bạn không được giao xử lý văn bản này.');
    }
    // The document is done when its lead unit (or, without a direction, the registering unit) is.
    await tx.execute(sql`
      UPDATE documents d SET status = CASE
          WHEN EXISTS (SELECT 1 FROM document_handling h WHERE h.document_id = d.id AND h.role = 'lead')
            THEN CASE WHEN NOT EXISTS (SELECT 1 FROM document_handling h WHERE h.document_id = d.id AND h.role = 'lead' AND h.status <> 'done')
                      THEN 'done' ELSE 'in_progress' END
          ELSE CASE (SELECT h.status FROM document_handling h WHERE h.document_id = d.id AND h.role = 'register' LIMIT 1)
                 WHEN 'done' THEN 'done' WHEN 'in_progress' THEN 'in_progress' ELSE d.status END
        END, updated_at = now()
       WHERE d.id = ${id} AND d.direction = 'in'`);
    await q.addEvent(tx, id, actor.userId, `handling_${status}`);
    await recordAudit(tx, ctx, {
      action: 'document.handling',
      entity: 'document',
      entityId: id,
      orgId: doc.owner_org_id,
      after: { status, roles: changed.map((c) => c.role) },
    });
    return presentDocument((await q.lockById(tx, id)) as q.DocRow);
  });
}

interface InboxRow extends q.DocRow {
  handling_status: string;
  handling_role: string;
  handling_deadline: string | null;
  overdue: boolean;
}

/** Documents waiting on the actor's unit or on the actor: urgent and overdue first. */
export async function inbox(
  db: Db,
  actor: Actor,
  opts: { scope: 'unit' | 'me'; status?: string | undefined; limit: number; offset: number },
) {
  const today = todayVn();
  const who: SQL =
    opts.scope === 'me'
      ? sql`h.user_id = ${actor.userId}`
      : sql`h.org_id = ${actor.orgId} AND h.user_id IS NULL`;
  const status: SQL =
    opts.status === 'open' || !opts.status ? sql`h.status <> 'done'` : sql`h.status = ${opts.status}`;
  const list = await rows<InboxRow>(
    db,
    sql`SELECT ${q.DOC_COLS}, h.status AS handling_status, h.role AS handling_role, h.deadline AS handling_deadline,
               ((coalesce(h.deadline, d.deadline) < ${today}::date) IS TRUE AND h.status <> 'done') AS overdue
          FROM document_handling h JOIN documents d ON d.id = h.document_id JOIN orgs o ON o.id = d.owner_org_id
         WHERE ${who} AND ${status} AND ${q.docVisible(actor)}
         ORDER BY ((coalesce(h.deadline, d.deadline) < ${today}::date) IS TRUE AND h.status <> 'done') DESC, d.urgency DESC,
                  coalesce(h.deadline, d.deadline) ASC NULLS LAST, d.id DESC, h.role
         LIMIT ${opts.limit + 1} OFFSET ${opts.offset}`,
  );
  const page = list.slice(0, opts.limit);
  const counts = await inboxCounts(db, actor, who);
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
    items: page.map((r) => ({
      ...presentDocument(r),
      content: undefined,
      handling: {
        status: r.handling_status,
        role: r.handling_role,
        deadline: r.handling_deadline,
        overdue: r.overdue,
      },
    })),
    counts,
  };
}

async function inboxCounts(db: Db, actor: Actor, who: SQL) {
  const row = await one<{ new: number; in_progress: number; done: number }>(
    db,
    sql`SELECT count(*) FILTER (WHERE h.status = 'new')::integer AS new,
               count(*) FILTER (WHERE h.status = 'in_progress')::integer AS in_progress,
               count(*) FILTER (WHERE h.status = 'done')::integer AS done
          FROM document_handling h JOIN documents d ON d.id = h.document_id
         WHERE ${who} AND ${q.docVisible(actor)}`,
  );
  return { new: row?.new ?? 0, inProgress: row?.in_progress ?? 0, done: row?.done ?? 0 };
}
