// Retention and disposal: the files whose retention has ended, a proposed destruction list, the
// valuation council's review (per file: destroy, or keep longer with a new period), the approval by
// a leader other than the proposer, or a rejection; carrying out an approved list (destruction.ts)
// and its minutes.
import type { z } from 'zod';
import { extendedEndsOn } from '../../../../domain/archive/retention.ts';
import { DISPOSAL_STATUS_LABELS } from '../../../../domain/archive/rules.ts';
import type { proposeDisposalBody, reviewDisposalBody } from '../../../../domain/archive/schemas.ts';
import { todayVn } from '../../../../domain/dates.ts';
import type { RequestCtx } from '../../../auth/actor.ts';
import { authorizeWho, may } from '../../../auth/authorize.ts';
import { activeUnitInScope } from '../../../auth/scope.ts';
import { type Deps, transact } from '../../../deps.ts';
import { ConflictError, forbidden, notFound, RuleError } from '../../../http/errors.ts';
import { recordAudit } from '../../audit/service.ts';
import type { HomeCount } from '../../home/presenter.ts';
import { notify } from '../../notifications/service.ts';
import { requireNoHolds, userIdOf } from '../guards.ts';
import { presentFile } from '../presenter.ts';
import * as aq from '../queries.ts';
import { destroyApprovedList } from './destruction.ts';
import {
  type ArchiveDestruction,
  type ArchiveDisposalList,
  type ArchiveDisposalListDetail,
  type ArchiveDisposalLists,
  type ArchiveDueFiles,
  presentList,
  presentListDetail,
} from './presenter.ts';
import * as q from './queries.ts';

/** Closed files of a unit whose retention has ended and that no open list holds yet. */
export async function dueFiles(
  deps: Deps,
  ctx: RequestCtx,
  opts: { orgId?: number | undefined; on?: string | undefined },
): Promise<ArchiveDueFiles> {
  const who = authorizeWho(ctx, 'archive.read');
  const on = opts.on ?? todayVn();
  const list = await aq.listFiles(deps.database.db, who, { dueOn: on, orgId: opts.orgId }, 2000);
  return { on, items: list.map(presentFile) };
}

export async function listLists(deps: Deps, ctx: RequestCtx): Promise<ArchiveDisposalLists> {
  const who = authorizeWho(ctx, 'archive.read');
  return { items: (await q.listLists(deps.database.db, who)).map(presentList) };
}

export async function getList(deps: Deps, ctx: RequestCtx, id: number): Promise<ArchiveDisposalListDetail> {
  const who = authorizeWho(ctx, 'archive.read');
  const db = deps.database.db;
  const l = await q.listById(db, who, id);
  if (!l) throw notFound('Danh sách tiêu hủy');
  return presentListDetail(l, await q.itemsOf(db, id), await q.tombstoneCount(db, id));
}

export async function propose(
  deps: Deps,
  ctx: RequestCtx,
  input: z.infer<typeof proposeDisposalBody>,
): Promise<ArchiveDisposalList> {
  const who = authorizeWho(ctx, 'archive.propose_disposal');
  return transact(deps, async (tx) => {
    const org = await activeUnitInScope(tx, who, input.orgId);
    const ids = [...new Set(input.fileIds)];
    const files = await aq.listFiles(tx, who, { ids }, ids.length);
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
    const busy = await q.fileInOpenList(tx, ids);
    if (busy) {
      throw new ConflictError(
        'file_in_disposal',
        `Hồ sơ ${busy.code} đã nằm trong danh sách tiêu hủy số ${busy.list_id}.`,
      );
    }
    await requireNoHolds(tx, ids);
    const listId = await q.insertList(tx, {
      orgId: org.id,
      title: input.title,
      council: input.council || null,
      by: userIdOf(who),
    });
    for (const f of files) await q.insertItem(tx, listId, Number(f.id), presentFile(f));
    const out = presentList((await q.listById(tx, null, listId)) as q.ListRow);
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
): Promise<ArchiveDisposalList> {
  const who = authorizeWho(ctx, 'archive.propose_disposal');
  return transact(deps, async (tx) => {
    const l = await q.listById(tx, who, id, true);
    if (!l) throw notFound('Danh sách tiêu hủy');
    if (l.status !== 'proposed' && l.status !== 'reviewed') {
      throw new RuleError(
        'list_not_open',
        `Danh sách đang ở trạng thái «${DISPOSAL_STATUS_LABELS[l.status]}»: không ghi ý kiến Hội đồng được.`,
      );
    }
    if (input.reviewedOn > todayVn())
      throw new RuleError('date_in_future', 'Ngày Hội đồng xem xét không thể sau hôm nay.');
    const items = await q.itemsOf(tx, id);
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
      await q.setDecision(tx, id, {
        fileId: d.fileId,
        decision: d.decision,
        keepYears: d.decision === 'keep' ? (d.keepYears ?? null) : null,
        reason: d.reason,
      });
    }
    await q.markReviewed(tx, id, {
      by: userIdOf(who),
      reviewedOn: input.reviewedOn,
      council: input.council,
      note: input.note || null,
    });
    const out = presentList((await q.listById(tx, null, id)) as q.ListRow);
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
): Promise<ArchiveDisposalList> {
  const who = authorizeWho(ctx, 'archive.approve_disposal');
  return transact(deps, async (tx) => {
    const l = await q.listById(tx, who, id, true);
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
    const items = await q.itemsOf(tx, id);
    const destroy = items.filter((i) => i.decision === 'destroy').map((i) => Number(i.file_id));
    await requireNoHolds(tx, destroy);
    const today = todayVn();
    // Files the council keeps get their new period now, counted from 1 January after the decision.
    for (const i of items.filter((x) => x.decision === 'keep')) {
      const endsOn = extendedEndsOn(today, i.keep_years);
      await q.extendRetention(tx, Number(i.file_id), endsOn, i.keep_years);
      await recordAudit(tx, ctx, {
        action: 'archive.retention_extend',
        entity: 'archive_file',
        entityId: Number(i.file_id),
        orgId: l.owner_org_id,
        before: { retentionEndsOn: i.snapshot.retentionEndsOn },
        after: { retentionEndsOn: endsOn, keepYears: i.keep_years, disposalListId: id },
      });
    }
    await q.markApproved(tx, id, {
      by: userIdOf(who),
      decisionRef: input.decisionRef,
      note: input.note || null,
      nothingToDestroy: destroy.length === 0,
    });
    const out = presentList((await q.listById(tx, null, id)) as q.ListRow);
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

export async function reject(
  deps: Deps,
  ctx: RequestCtx,
  id: number,
  reason: string,
): Promise<ArchiveDisposalList> {
  const who = authorizeWho(ctx, 'archive.approve_disposal');
  return transact(deps, async (tx) => {
    const l = await q.listById(tx, who, id, true);
    if (!l) throw notFound('Danh sách tiêu hủy');
    if (l.status !== 'proposed' && l.status !== 'reviewed') {
      throw new RuleError(
        'list_not_open',
        `Danh sách đang ở trạng thái «${DISPOSAL_STATUS_LABELS[l.status]}».`,
      );
    }
    await q.markRejected(tx, id, reason);
    const out = presentList((await q.listById(tx, null, id)) as q.ListRow);
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

/** Carries out an approved list: tombstones, content destroyed, files marked, minutes stored. */
export async function destroyList(deps: Deps, ctx: RequestCtx, id: number): Promise<ArchiveDestruction> {
  const who = authorizeWho(ctx, 'archive.propose_disposal');
  return destroyApprovedList(deps, ctx, who, id);
}

/** The stored minutes of an executed list (Word). */
export async function minutesFile(deps: Deps, ctx: RequestCtx, id: number) {
  const who = authorizeWho(ctx, 'archive.read');
  const l = await q.listById(deps.database.db, who, id);
  if (!l) throw notFound('Danh sách tiêu hủy');
  if (!l.minutes_sha256) throw notFound('Biên bản hủy');
  return {
    body: deps.files.read(l.minutes_sha256),
    size: await deps.files.size(l.minutes_sha256),
    name: l.minutes_name ?? `bien-ban-huy-${id}.docx`,
  };
}

/** A staff home's figure for those who approve destruction: the reviewed lists waiting on them. */
export async function homeCounts(deps: Deps, ctx: RequestCtx): Promise<HomeCount[]> {
  const who = authorizeWho(ctx, 'archive.read');
  if (!may(who, 'archive.approve_disposal')) return [];
  return [
    {
      key: 'archive.disposal_to_approve',
      group: 'approvals',
      label: 'Danh sách tài liệu hết giá trị chờ duyệt tiêu hủy',
      count: await q.awaitingApproval(deps.database.db, who),
      link: '/luu-tru/tieu-huy',
      tone: 'normal',
    },
  ];
}
