// Transfers of party membership and residence registration. Official transfers within the system
// stay "pending" until the receiving unit records the arrival; meanwhile the member remains on the
// sending unit's rolls (counted once) and the receiving unit may read the record (a grant). A
// temporary transfer keeps the member at home and lets the host unit read the record while it
// lasts. Transfers out of the system mark the member "chuyển đi"; arrivals from outside create the
// record with the paper that came with them. A residence with a chi bộ of the system lets that chi
// bộ read the record, to send its yearly comment.
import { formatDateVi, todayVn } from '../../../../domain/dates.ts';
import { ACTIVE_STATUSES } from '../../../../domain/members/records.ts';
import type {
  receiveTransferBody,
  residenceBody,
  residenceCommentBody,
  transferBody,
  transferInBody,
} from '../../../../domain/members/schemas.ts';
import type { z } from '../../../../domain/validation.ts';
import type { Actor, RequestCtx } from '../../../auth/actor.ts';
import { authorize, authorizeWho } from '../../../auth/authorize.ts';
import { grant, revoke } from '../../../auth/grants.ts';
import { scopeUnitIds, unitInScope } from '../../../auth/scope.ts';
import type { Db } from '../../../db/client.ts';
import { type Deps, transact } from '../../../deps.ts';
import { notFound, RuleError, ValidationError } from '../../../http/errors.ts';
import { recordAudit } from '../../audit/service.ts';
import type { MemberRecord } from '../presenter.ts';
import * as q from '../queries.ts';
import { managed, visible } from '../record.ts';
import { createIn } from '../service.ts';
import { type MemberMoves, type MemberTransfer, presentMoves, presentTransfer } from './presenter.ts';
import * as tq from './queries.ts';

const NOT_FOUND = 'Lần chuyển sinh hoạt';

/** Why a unit reads a record it does not own: the transfer on its way, the stay, the residence. */
const grantReason = (t: { id: number; kind: string }) =>
  `${t.kind === 'official' ? 'transfer' : 'temporary'}:${t.id}`;
const RESIDENCE = 'residence';

function notFuture(on: string, what: string) {
  if (on > todayVn()) throw new RuleError('date_in_future', `${what} không được ở tương lai.`);
}

async function transferById(tx: Db, id: number): Promise<MemberTransfer> {
  return presentTransfer((await tq.byId(tx, id)) as tq.TransferRow);
}

export async function transferOut(
  deps: Deps,
  ctx: RequestCtx,
  memberId: number,
  input: z.infer<typeof transferBody>,
): Promise<MemberTransfer> {
  const actor = authorize(ctx, 'member.manage');
  return transact(deps, async (tx) => {
    const m = await managed(tx, actor, memberId);
    if (!ACTIVE_STATUSES.includes(m.status))
      throw new RuleError('member_not_active', `Đảng viên «${m.full_name}» không còn sinh hoạt tại đơn vị.`);
    notFuture(input.outOn, 'Ngày chuyển đi');
    if (input.outOn < m.admitted_on)
      throw new RuleError('date_before_admission', 'Ngày chuyển đi không được trước ngày vào Đảng.');
    if (input.untilOn && input.untilOn < input.outOn)
      throw new RuleError('transfer_dates', 'Ngày kết thúc sinh hoạt tạm thời phải sau ngày chuyển đi.');
    if (await tq.pendingOf(tx, memberId))
      throw new RuleError(
        'transfer_pending',
        `Đảng viên «${m.full_name}» đang trong một lần chuyển sinh hoạt chưa hoàn tất.`,
      );
    let toOrgId: number | null = null;
    if (input.toOrgId) {
      const to = await tq.unitById(tx, input.toOrgId);
      if (!to) throw notFound('Đơn vị nhận');
      if (to.id === m.org_id)
        throw new RuleError('transfer_same_unit', 'Đơn vị nhận trùng với đơn vị hiện tại.');
      toOrgId = to.id;
    } else if (!input.toName) {
      throw new ValidationError(
        'Nơi chuyển đến: chọn đơn vị trong hệ thống hoặc ghi tên đơn vị ngoài hệ thống',
        {
          fields: [{ path: 'toName', label: 'Nơi chuyển đến', message: 'bắt buộc' }],
        },
      );
    }
    const internal = toOrgId !== null;
    const id = await tq.insert(tx, {
      memberId,
      kind: input.kind,
      direction: internal ? 'internal' : 'out',
      fromOrgId: m.org_id,
      fromName: null,
      toOrgId,
      toName: internal ? null : (input.toName ?? null),
      paperNo: input.paperNo,
      outOn: input.outOn,
      inOn: null,
      untilOn: input.untilOn ?? null,
      state: internal ? 'pending' : 'done',
      note: input.note || null,
      by: actor.userId,
    });
    if (toOrgId !== null) {
      await grant(tx, {
        entity: q.MEMBER_ENTITY,
        entityId: memberId,
        orgId: toOrgId,
        reason: grantReason({ id, kind: input.kind }),
      });
    }
    // Leaving the system for good: off the rolls here.
    if (!internal && input.kind === 'official')
      await q.setStatus(tx, memberId, { status: 'chuyen_di', statusOn: input.outOn });
    const t = await transferById(tx, id);
    await q.addHistory(
      tx,
      memberId,
      actor,
      'transfer_out',
      { transfer: { from: null, to: t } },
      `Giấy giới thiệu số ${input.paperNo}`,
    );
    await recordAudit(tx, ctx, {
      action: 'member.transfer_out',
      entity: 'member',
      entityId: memberId,
      orgId: m.org_id,
      after: t,
    });
    return t;
  });
}

/** The receiving (or host) unit records the arrival. */
export async function receive(
  deps: Deps,
  ctx: RequestCtx,
  transferId: number,
  input: z.infer<typeof receiveTransferBody>,
): Promise<MemberTransfer> {
  const actor = authorize(ctx, 'member.manage');
  return transact(deps, async (tx) => {
    const t = await tq.byIdForUpdate(tx, actor, transferId);
    if (!t || t.to_org_id === null || !t.to_in_scope) throw notFound(NOT_FOUND);
    if (t.state !== 'pending')
      throw new RuleError('transfer_not_pending', 'Lần chuyển sinh hoạt này không còn chờ tiếp nhận.');
    if (t.out_on && input.inOn < t.out_on)
      throw new RuleError(
        'transfer_dates',
        `Ngày tiếp nhận phải từ ngày chuyển đi (${formatDateVi(t.out_on)}).`,
      );
    notFuture(input.inOn, 'Ngày tiếp nhận');
    await tq.setState(tx, transferId, 'done', input.inOn);
    if (t.kind === 'official') {
      await q.setOrg(tx, t.member_id, t.to_org_id);
      // Now owned by the receiving unit: the transit grant has done its work.
      await revoke(tx, {
        entity: q.MEMBER_ENTITY,
        entityId: t.member_id,
        orgId: t.to_org_id,
        reason: grantReason(t),
      });
    }
    const after = await transferById(tx, transferId);
    await q.addHistory(tx, t.member_id, actor, 'transfer_in', {
      ...(t.kind === 'official' ? { orgId: { from: t.from_org_id, to: t.to_org_id } } : {}),
      transfer: { from: presentTransfer(t), to: after },
    });
    await recordAudit(tx, ctx, {
      action: 'member.transfer_in',
      entity: 'member',
      entityId: t.member_id,
      orgId: t.to_org_id,
      after,
    });
    return after;
  });
}

/** Cancels a transfer still pending, or ends a temporary one (the sender or the receiving unit). */
export async function close(
  deps: Deps,
  ctx: RequestCtx,
  transferId: number,
  action: 'cancel' | 'end',
): Promise<MemberTransfer> {
  const actor = authorize(ctx, 'member.manage');
  return transact(deps, async (tx) => {
    const t = await tq.byIdForUpdate(tx, actor, transferId);
    if (!t || (!t.managed && !t.to_in_scope)) throw notFound(NOT_FOUND);
    if (action === 'cancel' && t.state !== 'pending')
      throw new RuleError('transfer_not_pending', 'Chỉ hủy được lần chuyển sinh hoạt còn chờ tiếp nhận.');
    if (action === 'end' && !(t.kind === 'temporary' && t.state === 'done'))
      throw new RuleError('transfer_not_temporary', 'Chỉ kết thúc được lần sinh hoạt tạm thời đang diễn ra.');
    await tq.setState(tx, transferId, action === 'cancel' ? 'cancelled' : 'ended');
    if (t.to_org_id) {
      await revoke(tx, {
        entity: q.MEMBER_ENTITY,
        entityId: t.member_id,
        orgId: t.to_org_id,
        reason: grantReason(t),
      });
    }
    const after = await transferById(tx, transferId);
    await q.addHistory(
      tx,
      t.member_id,
      actor,
      action === 'cancel' ? 'transfer_cancelled' : 'transfer_ended',
      { transfer: { from: presentTransfer(t), to: after } },
    );
    await recordAudit(tx, ctx, {
      action: `member.transfer_${action}`,
      entity: 'member',
      entityId: t.member_id,
      after,
    });
    return after;
  });
}

/** A member arriving from outside the system: the record and the transfer paper. */
export async function transferIn(
  deps: Deps,
  ctx: RequestCtx,
  input: z.infer<typeof transferInBody>,
): Promise<{ member: MemberRecord; transfer: MemberTransfer }> {
  const actor = authorize(ctx, 'member.manage');
  return transact(deps, async (tx) => {
    notFuture(input.inOn, 'Ngày tiếp nhận');
    const { fromName, paperNo, inOn, kind, ...record } = input;
    const member = await createIn(tx, ctx, record, { action: 'transfer_in' });
    const id = await tq.insert(tx, {
      memberId: member.id,
      kind: kind ?? 'official',
      direction: 'in',
      fromOrgId: null,
      fromName,
      toOrgId: member.orgId,
      toName: null,
      paperNo,
      outOn: null,
      inOn,
      untilOn: null,
      state: 'done',
      note: null,
      by: actor.userId,
    });
    const t = await transferById(tx, id);
    await q.addHistory(
      tx,
      member.id,
      actor,
      'transfer_in',
      { transfer: { from: null, to: t } },
      `Giấy giới thiệu số ${paperNo}`,
    );
    await recordAudit(tx, ctx, {
      action: 'member.transfer_in',
      entity: 'member',
      entityId: member.id,
      orgId: member.orgId,
      after: t,
    });
    return { member, transfer: t };
  });
}

/** Transfers from or to the units of the actor's scope (within a chosen unit). */
export async function list(
  deps: Deps,
  ctx: RequestCtx,
  f: { orgId?: number | undefined; state?: string | undefined },
) {
  const actor = authorize(ctx, 'member.manage');
  const db = deps.database.db;
  const within = f.orgId ? (await unitInScope(db, actor, f.orgId)).id : undefined;
  const units = await scopeUnitIds(db, actor, within);
  return { items: (await tq.forUnits(db, units, f)).map(presentTransfer) };
}

async function movesOf(db: Db, actor: Actor, memberId: number): Promise<MemberMoves> {
  await visible(db, actor, memberId);
  const [transfers, residences, comments] = await Promise.all([
    tq.ofMember(db, memberId),
    tq.residencesOf(db, memberId),
    tq.commentsOf(db, memberId),
  ]);
  return presentMoves(transfers, residences, comments);
}

/** A member's transfers, residences and the residence's comments. */
export async function ofMember(deps: Deps, ctx: RequestCtx, memberId: number): Promise<MemberMoves> {
  const actor = authorize(ctx, 'member.read');
  return movesOf(deps.database.db, actor, memberId);
}

export async function addResidence(
  deps: Deps,
  ctx: RequestCtx,
  memberId: number,
  input: z.infer<typeof residenceBody>,
): Promise<MemberMoves> {
  const actor = authorize(ctx, 'member.manage');
  return transact(deps, async (tx) => {
    const m = await managed(tx, actor, memberId);
    if (input.endedOn && input.endedOn < input.registeredOn)
      throw new RuleError('residence_dates', 'Ngày thôi đăng ký phải sau ngày đăng ký.');
    let orgId: number | null = null;
    if (input.residenceOrgId) {
      const org = await tq.unitById(tx, input.residenceOrgId);
      if (!org) throw notFound('Chi bộ nơi cư trú');
      orgId = org.id;
      // The residence's chi bộ reads the record to send its yearly comments.
      if (!input.endedOn) {
        await grant(tx, { entity: q.MEMBER_ENTITY, entityId: memberId, orgId, reason: RESIDENCE });
      }
    }
    await tq.insertResidence(tx, {
      memberId,
      place: input.place,
      orgId,
      registeredOn: input.registeredOn,
      endedOn: input.endedOn ?? null,
    });
    await q.addHistory(tx, memberId, actor, 'residence', { residence: { from: null, to: input } });
    await recordAudit(tx, ctx, {
      action: 'member.residence',
      entity: 'member',
      entityId: memberId,
      orgId: m.org_id,
      after: input,
    });
    return movesOf(tx, actor, memberId);
  });
}

/** The residence's yearly comment: by staff who manage the member or of the residence's unit. */
export async function addComment(
  deps: Deps,
  ctx: RequestCtx,
  memberId: number,
  input: z.infer<typeof residenceCommentBody>,
): Promise<MemberMoves> {
  const actor = authorize(ctx, 'member.manage');
  return transact(deps, async (tx) => {
    const m = await visible(tx, actor, memberId);
    await tq.upsertComment(tx, {
      memberId,
      year: input.year,
      comment: input.comment,
      commentedOn: input.commentedOn,
      by: input.by || null,
    });
    await q.addHistory(tx, memberId, actor, 'residence_comment', {
      residenceComment: { from: null, to: input },
    });
    await recordAudit(tx, ctx, {
      action: 'member.residence_comment',
      entity: 'member',
      entityId: memberId,
      orgId: m.org_id,
      after: input,
    });
    return movesOf(tx, actor, memberId);
  });
}

/** A member on a unit's rolls on a date (tq.rollOn): what other areas need of the rolls. */
export interface RollMember {
  memberId: number;
  fullName: string;
  sortKey: string;
  userId: number | null;
  /** A full member (chính thức) that day; otherwise probationary (dự bị). */
  official: boolean;
}

/**
 * The members on the rolls of a unit in the actor's scope on a date, by name (meetings ask it for
 * their register and the base of a vote, inside their own transaction). Staff who may manage members.
 */
export async function rollOn(
  tx: Db,
  ctx: RequestCtx,
  input: { orgId: number; on: string },
): Promise<RollMember[]> {
  const who = authorizeWho(ctx, 'member.manage');
  const unit = await unitInScope(tx, who, input.orgId);
  return (await tq.rollOn(tx, unit.id, input.on)).map((r) => ({
    memberId: Number(r.id),
    fullName: r.full_name,
    sortKey: r.sort_key,
    userId: r.user_id,
    official: r.official,
  }));
}
