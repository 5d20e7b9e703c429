// Comments on a scheme, anchored to a version (and a paragraph of it when they are about one): a
// consulted unit or person writes its own, the lead unit enters the written opinions it receives
// (`author` is whose opinion it is, as written; the account that entered it is kept too). The lead
// unit answers each with a disposition — accepted, explained or reserved — and a reply, and the table
// of comments (bảng tổng hợp tiếp thu, giải trình) is generated in Word from them.

import { PROPOSAL_KIND_LABELS } from '../../../../domain/proposals/labels.ts';
import type { addCommentBody, disposeCommentBody } from '../../../../domain/proposals/schemas.ts';
import type { z } from '../../../../domain/validation.ts';
import type { Actor, RequestCtx } from '../../../auth/actor.ts';
import { authorize } from '../../../auth/authorize.ts';
import type { Db } from '../../../db/client.ts';
import { type Deps, transact } from '../../../deps.ts';
import { forbidden, notFound, RuleError } from '../../../http/errors.ts';
import { recordAudit } from '../../audit/service.ts';
import { notify } from '../../notifications/service.ts';
import { placeOf } from '../../orgs/service.ts';
import * as cq from '../consultation/queries.ts';
import { proposalLink } from '../presenter.ts';
import * as pq from '../queries.ts';
import { proposalFor } from '../service.ts';
import * as vq from '../versions/queries.ts';
import { type ProposalComment, type ProposalCommentList, presentComment } from './presenter.ts';
import * as q from './queries.ts';
import { responseTableDocx } from './response-docx.ts';

const NOT_FOUND = 'Ý kiến góp ý';

/** What a consulted account (not of the lead unit) reads: its own comments and its unit's. */
async function ownFilter(db: Db, actor: Actor, proposalId: number, consulted: boolean) {
  return consulted
    ? { userId: actor.userId, targetIds: await cq.targetIdsOfActor(db, actor, proposalId) }
    : undefined;
}

export async function list(
  deps: Deps,
  ctx: RequestCtx,
  id: number,
  f: { version?: number | undefined },
): Promise<ProposalCommentList> {
  const actor = authorize(ctx, 'proposal.read');
  const db = deps.database.db;
  const found = await proposalFor(db, ctx, id, { right: 'read' });
  const own = await ownFilter(db, actor, id, found.consulted || !found.can.manage);
  return { items: (await q.list(db, id, { version: f.version, own })).map(presentComment), ownOnly: !!own };
}

/**
 * Which consulted unit or person a comment answers for. The lead unit names it (a written opinion it
 * received) or leaves it out (its own remark); a consulted account answers for itself, or its unit,
 * on the version its round sent.
 */
async function targetOf(
  db: Db,
  actor: Actor,
  id: number,
  input: { targetId?: number | undefined },
  versionId: number,
  version: number,
  lead: boolean,
): Promise<number | null> {
  if (input.targetId !== undefined) {
    const t = await cq.target(db, id, input.targetId);
    if (!t) throw notFound('Nơi được xin ý kiến');
    const mine = (await cq.targetsOfActor(db, actor, id)).some((x) => Number(x.id) === input.targetId);
    if (!lead && !mine)
      throw new RuleError('target_not_yours', 'Bạn chỉ góp ý thay cho đơn vị hoặc cá nhân của mình.');
    if (t.version_id !== versionId) {
      throw new RuleError('version_not_consulted', `Đợt lấy ý kiến này không gửi dự thảo lần ${version}.`);
    }
    return Number(t.id);
  }
  if (lead) return null;
  const mine = await cq.targetsOfActor(db, actor, id);
  const match = mine.find((t) => t.version_id === versionId);
  if (!match) {
    throw new RuleError(
      'version_not_consulted',
      `Dự thảo lần ${version} không được gửi xin ý kiến của bạn: hãy góp ý vào dự thảo trong đợt lấy ý kiến.`,
    );
  }
  return Number(match.id);
}

export async function add(
  deps: Deps,
  ctx: RequestCtx,
  id: number,
  input: z.infer<typeof addCommentBody>,
): Promise<ProposalComment> {
  const actor = authorize(ctx, 'proposal.comment');
  return transact(deps, async (tx) => {
    const { row, can } = await proposalFor(tx, ctx, id, { right: 'comment', lock: true });
    const version = await vq.byNumber(tx, id, input.version);
    if (!version) throw new RuleError('version_missing', `Đề án chưa có dự thảo lần ${input.version}.`);
    if (input.paragraph !== undefined && input.paragraph >= version.paragraph_count) {
      throw new RuleError(
        'paragraph_missing',
        `Dự thảo lần ${input.version} chỉ có ${version.paragraph_count} đoạn: không có đoạn ${input.paragraph + 1}.`,
      );
    }
    const targetId = await targetOf(tx, actor, id, input, version.id, input.version, can.manage);
    const cid = await q.insert(tx, {
      proposalId: id,
      versionId: version.id,
      paragraph: input.paragraph ?? null,
      targetId,
      author: input.author,
      text: input.text,
      by: actor.userId,
    });
    const out = presentComment((await q.byId(tx, id, cid)) as q.CommentRow);
    await recordAudit(tx, ctx, {
      action: 'proposal.comment',
      entity: pq.ENTITY,
      entityId: id,
      orgId: row.org_id,
      after: out,
    });
    if (!can.manage && row.created_by && row.created_by !== actor.userId) {
      await notify(
        tx,
        { userIds: [row.created_by] },
        {
          kind: 'proposal.comment',
          title: `Ý kiến góp ý mới: ${row.title}`,
          body: `${input.author} — dự thảo lần ${input.version}`,
          link: proposalLink(id),
          entity: pq.ENTITY,
          entityId: id,
        },
      );
    }
    return out;
  });
}

export async function dispose(
  deps: Deps,
  ctx: RequestCtx,
  id: number,
  commentId: number,
  input: z.infer<typeof disposeCommentBody>,
): Promise<ProposalComment> {
  const actor = authorize(ctx, 'proposal.manage');
  return transact(deps, async (tx) => {
    const { row } = await proposalFor(tx, ctx, id, { right: 'dispose', lock: true });
    const current = await q.byId(tx, id, commentId);
    if (!current) throw notFound(NOT_FOUND);
    const before = presentComment(current);
    await q.dispose(tx, commentId, {
      disposition: input.disposition,
      reply: input.reply || null,
      by: actor.userId,
    });
    const after = presentComment((await q.byId(tx, id, commentId)) as q.CommentRow);
    await recordAudit(tx, ctx, {
      action: 'proposal.dispose',
      entity: pq.ENTITY,
      entityId: id,
      orgId: row.org_id,
      before,
      after,
    });
    return after;
  });
}

/** The table of comments as Word: every comment (or those on one version) with its disposition. */
export async function responseTable(
  deps: Deps,
  ctx: RequestCtx,
  id: number,
  f: { version?: number | undefined },
): Promise<{ name: string; bytes: Buffer }> {
  authorize(ctx, 'proposal.read');
  const db = deps.database.db;
  const found = await proposalFor(db, ctx, id, { right: 'read' });
  if (!found.can.manage) throw forbidden('Bảng tổng hợp tiếp thu, giải trình do đơn vị chủ trì lập.');
  let versionId: number | undefined;
  if (f.version !== undefined) {
    const v = await vq.byNumber(db, id, f.version);
    if (!v) throw notFound(`Dự thảo lần ${f.version}`);
    versionId = v.id;
  }
  const { row } = found;
  const comments = (await q.list(db, id, { version: f.version })).map(presentComment);
  // Who was asked: the rounds that sent this version, or every round.
  const targets = (await cq.targets(db, id)).filter(
    (t) => versionId === undefined || t.version_id === versionId,
  );
  const head = (await pq.team(db, id)).find((m) => m.role === 'head')?.full_name ?? null;
  const bytes = await responseTableDocx({
    title: row.title,
    kindLabel: PROPOSAL_KIND_LABELS[row.kind],
    orgName: row.org_name,
    superior: (await q.superiorOf(db, row.org_id))?.name ?? null,
    place: await placeOf(db, ctx, row.org_id),
    versions: f.version !== undefined ? [f.version] : [...new Set(comments.map((c) => c.version))],
    comments,
    consulted: { targets: targets.length, answered: targets.filter((t) => t.comments > 0).length },
    head,
  });
  return { name: `Bảng tổng hợp tiếp thu, giải trình - đề án ${id}.docx`, bytes };
}
