// Retention and disposal: the files whose retention has ended, a proposed destruction list, the
// valuation council's review (per file: destroy, or keep longer with a new period), the approval by
// a leader other than the proposer, or a rejection. Carrying out an approved list: destruction.ts.
import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import { extendedEndsOn } from '../../../domain/archive/retention.ts';
import { DISPOSAL_STATUS_LABELS } from '../../../domain/archive/rules.ts';
import type { proposeDisposalBody, reviewDisposalBody } from '../../../domain/archive/schemas.ts';
import { todayVn } from '../../../domain/dates.ts';
import type { RequestCtx } from '../../auth/actor.ts';
import type { Db } from '../../db/client.ts';
import { array, one, rows } from '../../db/sql.ts';
import { type Deps, transact } from '../../deps.ts';
import { ConflictError, forbidden, notFound, RuleError } from '../../http/errors.ts';
import { recordAudit } from '../audit/service.ts';
import { notify } from '../notifications/service.ts';
import { may, unitFor, userId, type Who, whoOf } from './access.ts';
import { itemsOf, type ListRow, listById, presentList } from './disposal-lists.ts';
import { presentFile } from './presenter.ts';
import * as q from './queries.ts';

const ACTIVE = sql`('proposed','reviewed','approved')`;

/** Closed files of a unit whose retention has ended and that no open list holds yet. */
export async function dueFiles(
  db: Db,
  who: Who,
  opts: { orgId?: number | undefined; on?: string | undefined },
) {
  may(who, 'archive.read');
  const on = opts.on ?? todayVn();
  const list = await q.listFiles(
    db,
    who,
    [
      sql`f.status = 'closed'`,
      sql`f.retention_ends_on <= ${on}::date`,
      sql`NOT EXISTS (SELECT 1 FROM archive_disposal_items i JOIN archive_disposal_lists l ON l.id = i.list_id
                       WHERE i.file_id = f.id AND l.status IN ${ACTIVE})`,
      ...(opts.orgId ? [sql`f.owner_org_id = ${opts.orgId}`] : []),
    ],
    2000,
  );
  return { on, items: list.map(presentFile) };
}

export async function requireNoHolds(tx: Db, fileIds: number[]): Promise<void> {
  const holds = await q.activeHoldsOn(tx, fileIds);
  if (holds.length > 0) {
    const codes = [...new Set(holds.map((h) => h.code))].join(', ');
    throw new RuleError(
      'legal_hold',
      `Hồ sơ ${codes} đang bị tạm giữ (${holds[0]?.reason}): không được tiêu hủy cho đến khi gỡ lệnh tạm giữ.`,
      { holdIds: holds.map((h) => Number(h.id)) },
    );
  }
}

export async function propose(deps: Deps, ctx: RequestCtx, input: z.infer<typeof proposeDisposalBody>) {
  const who = whoOf(ctx);
  may(who, 'archive.propose_disposal');
  return transact(deps, async (tx) => {
    const org = await unitFor(tx, who, input.orgId);
    const ids = [...new Set(input.fileIds)];
    const files = await q.listFiles(tx, who, [sql`f.id = ANY(${array(ids)}::bigint[])`], ids.length);
    const found = new Set(files.map((f) => Number(f.id)));
    const missing = ids.find((i) => !found.has(i));
    if (missing !== undefined) throw notFound(`Hồ sơ ${missing}`);
    const today = todayVn();
    for (const f of files) {
      if (f.owner_org_id !== org.id) {
        throw new RuleError('file_other_unit', `Hồ sơ ${f.code} không thuộc «${org.name}».`);
      }
      if (f.status !== 'closed' || !f.retention_ends_on || f.retention_ends_on > today) {
        throw new RuleError(
          'retention_not_ended',
          `Hồ sơ ${f.code} (${f.plan_year}) chưa hết thời hạn bảo quản (${f.retention_years === null ? 'vĩnh viễn' : `hết hạn từ ${f.retention_ends_on ?? '—'}`}).`,
        );
      }
    }
    const busy = await rows<{ code: string; list_id: number }>(
      tx,
      sql`SELECT f.code, l.id AS list_id FROM archive_disposal_items i JOIN archive_disposal_lists l ON l.id = i.list_id
            JOIN archive_files f ON f.id = i.file_id WHERE i.file_id = ANY(${array(ids)}::bigint[]) AND l.status IN ${ACTIVE}`,
    );
    if (busy[0]) {
      throw new ConflictError(
        'file_in_disposal',
        `Hồ sơ ${busy[0].code} đã nằm trong danh sách tiêu hủy số ${busy[0].list_id}.`,
      );
    }
    await requireNoHolds(tx, ids);
    const row = (await one<{ id: number }>(
      tx,
      sql`INSERT INTO archive_disposal_lists (owner_org_id, title, council, proposed_by)
          VALUES (${org.id}, ${input.title}, ${input.council || null}, ${userId(who)}) RETURNING id`,
    )) as { id: number };
    const listId = Number(row.id);
    for (const f of files) {
      await tx.execute(sql`
        INSERT INTO archive_disposal_items (list_id, file_id, snapshot)
        VALUES (${listId}, ${f.id}, ${JSON.stringify(presentFile(f))}::jsonb)`);
    }
    const out = presentList((await listById(tx, null, listId)) as ListRow);
    await recordAudit(tx, ctx, {
      action: 'archive.disposal_propose',
      entity: 'archive_disposal_list',
      entityId: listId,
      orgId: org.id,
      after: { ...out, fileIds: ids },
    });
    return out;
  });
}

export async function review(
  deps: Deps,
  ctx: RequestCtx,
  id: number,
  input: z.infer<typeof reviewDisposalBody>,
) {
  const who = whoOf(ctx);
  may(who, 'archive.propose_disposal');
  return transact(deps, async (tx) => {
    const l = await listById(tx, who, id, true);
    if (!l) throw notFound('Danh sách tiêu hủy');
    if (l.status !== 'proposed' && l.status !== 'reviewed') {
      throw new RuleError(
        'list_not_open',
        `Danh sách đang ở trạng thái «${DISPOSAL_STATUS_LABELS[l.status]}»: không ghi ý kiến Hội đồng được.`,
      );
    }
    if (input.reviewedOn > todayVn())
      throw new RuleError('date_in_future', 'Ngày Hội đồng xem xét không thể sau hôm nay.');
    const items = await itemsOf(tx, id);
    const inList = new Set(items.map((i) => Number(i.file_id)));
    const decided = new Map(input.decisions.map((d) => [d.fileId, d]));
    for (const d of input.decisions) {
      if (!inList.has(d.fileId))
        throw new RuleError('file_not_in_list', `Hồ sơ ${d.fileId} không có trong danh sách.`);
      if (d.decision === 'keep' && d.keepYears === undefined) {
        throw new RuleError(
          'keep_years_required',
          'Giữ lại thì phải ghi thời hạn bảo quản mới (số năm hoặc vĩnh viễn).',
        );
      }
    }
    const undecided = items.filter((i) => !decided.has(Number(i.file_id)));
    if (undecided.length > 0) {
      throw new RuleError(
        'decision_missing',
        `Hội đồng chưa cho ý kiến về ${undecided.length} hồ sơ (${undecided
          .map((i) => i.snapshot.fileCode)
          .slice(0, 5)
          .join(', ')}).`,
      );
    }
    for (const d of input.decisions) {
      await tx.execute(sql`
        UPDATE archive_disposal_items SET decision = ${d.decision},
               keep_years = ${d.decision === 'keep' ? (d.keepYears ?? null) : null}::integer, reason = ${d.reason}
         WHERE list_id = ${id} AND file_id = ${d.fileId}`);
    }
    await tx.execute(sql`
      UPDATE archive_disposal_lists SET status = 'reviewed', reviewed_by = ${userId(who)}, reviewed_at = now(),
             reviewed_on = ${input.reviewedOn}::date, council = ${input.council}, review_note = ${input.note || null}
       WHERE id = ${id}`);
    const out = presentList((await listById(tx, null, id)) as ListRow);
    await recordAudit(tx, ctx, {
      action: 'archive.disposal_review',
      entity: 'archive_disposal_list',
      entityId: id,
      orgId: l.owner_org_id,
      before: presentList(l),
      after: { ...out, decisions: input.decisions },
    });
    await notify(
      tx,
      { orgId: l.owner_org_id, roles: ['leader'] },
      {
        kind: 'archive.disposal_review',
        title: `Danh sách tiêu hủy «${l.title}» chờ phê duyệt`,
        body: `${input.decisions.filter((d) => d.decision === 'destroy').length} hồ sơ được Hội đồng đề nghị hủy.`,
        link: `/luu-tru/tieu-huy/${id}`,
        entity: 'archive_disposal_list',
        entityId: id,
      },
    );
    return out;
  });
}

export async function approve(
  deps: Deps,
  ctx: RequestCtx,
  id: number,
  input: { decisionRef: string; note?: string | undefined },
) {
  const who = whoOf(ctx);
  may(who, 'archive.approve_disposal');
  return transact(deps, async (tx) => {
    const l = await listById(tx, who, id, true);
    if (!l) throw notFound('Danh sách tiêu hủy');
    if (l.status !== 'reviewed') {
      throw new RuleError(
        'list_not_reviewed',
        'Chỉ phê duyệt danh sách đã có ý kiến của Hội đồng xác định giá trị tài liệu.',
      );
    }
    if (who && l.proposed_by === who.userId) {
      throw forbidden('Người lập danh sách không tự phê duyệt danh sách của mình.');
    }
    const items = await itemsOf(tx, id);
    const destroy = items.filter((i) => i.decision === 'destroy').map((i) => Number(i.file_id));
    await requireNoHolds(tx, destroy);
    const today = todayVn();
    // Files the council keeps get their new period now, counted from 1 January after the decision.
    for (const i of items.filter((x) => x.decision === 'keep')) {
      const endsOn = extendedEndsOn(today, i.keep_years);
      await tx.execute(sql`
        UPDATE archive_files SET retention_ends_on = ${endsOn}::date,
               retention_years = CASE WHEN ${i.keep_years}::integer IS NULL THEN NULL ELSE retention_years END, updated_at = now()
         WHERE id = ${i.file_id}`);
      await recordAudit(tx, ctx, {
        action: 'archive.retention_extend',
        entity: 'archive_file',
        entityId: Number(i.file_id),
        orgId: l.owner_org_id,
        before: { retentionEndsOn: i.snapshot.retentionEndsOn },
        after: { retentionEndsOn: endsOn, keepYears: i.keep_years, disposalListId: id },
      });
    }
    const nothing = destroy.length === 0;
    await tx.execute(sql`
      UPDATE archive_disposal_lists SET status = ${nothing ? 'executed' : 'approved'}, approved_by = ${userId(who)},
             approved_at = now(), decision_ref = ${input.decisionRef}, approval_note = ${input.note || null},
             executed_at = ${nothing ? sql`now()` : sql`NULL`}, files_destroyed = ${nothing ? 0 : null}::integer,
             documents_destroyed = ${nothing ? 0 : null}::integer
       WHERE id = ${id}`);
    const out = presentList((await listById(tx, null, id)) as ListRow);
    await recordAudit(tx, ctx, {
      action: 'archive.disposal_approve',
      entity: 'archive_disposal_list',
      entityId: id,
      orgId: l.owner_org_id,
      before: presentList(l),
      after: { ...out, destroyFileIds: destroy },
    });
    if (l.proposed_by) {
      await notify(
        tx,
        { userIds: [l.proposed_by] },
        {
          kind: 'archive.disposal_approved',
          title: `Danh sách tiêu hủy «${l.title}» đã được phê duyệt (${input.decisionRef})`,
          link: `/luu-tru/tieu-huy/${id}`,
          entity: 'archive_disposal_list',
          entityId: id,
        },
      );
    }
    return out;
  });
}

export async function reject(deps: Deps, ctx: RequestCtx, id: number, reason: string) {
  const who = whoOf(ctx);
  may(who, 'archive.approve_disposal');
  return transact(deps, async (tx) => {
    const l = await listById(tx, who, id, true);
    if (!l) throw notFound('Danh sách tiêu hủy');
    if (l.status !== 'proposed' && l.status !== 'reviewed') {
      throw new RuleError(
        'list_not_open',
        `Danh sách đang ở trạng thái «${DISPOSAL_STATUS_LABELS[l.status]}».`,
      );
    }
    await tx.execute(
      sql`UPDATE archive_disposal_lists SET status = 'rejected', rejected_reason = ${reason} WHERE id = ${id}`,
    );
    const out = presentList((await listById(tx, null, id)) as ListRow);
    await recordAudit(tx, ctx, {
      action: 'archive.disposal_reject',
      entity: 'archive_disposal_list',
      entityId: id,
      orgId: l.owner_org_id,
      before: presentList(l),
      after: out,
    });
    return out;
  });
}
