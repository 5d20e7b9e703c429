// Taking attendance at a study session: the organisers for every expected member, the staff of a
// bridge point (or of a lower unit) for the members of their own units. Only expected members; only
// once the session's day has come; a reason only for an absence, a point only on a video bridge.
// And the attendance and reflection list as Excel, as the reader sees it.
import { todayVn } from '../../../../../domain/dates.ts';
import type { attendanceBody } from '../../../../../domain/studies/schemas.ts';
import { vnDayOf } from '../../../../../domain/studies/schemas.ts';
import type { z } from '../../../../../domain/validation.ts';
import type { RequestCtx } from '../../../../auth/actor.ts';
import { authorize } from '../../../../auth/authorize.ts';
import { type Deps, transact } from '../../../../deps.ts';
import { forbidden, RuleError, ValidationError } from '../../../../http/errors.ts';
import { recordAudit } from '../../../audit/service.ts';
import { presentSession, type StudySessionDetail } from '../presenter.ts';
import * as sq from '../queries.ts';
import { detail, sessionFor } from '../service.ts';
import * as q from './queries.ts';
import { attendanceWorkbook } from './xlsx.ts';

export async function record(
  deps: Deps,
  ctx: RequestCtx,
  id: number,
  input: z.infer<typeof attendanceBody>,
): Promise<StudySessionDetail> {
  const actor = authorize(ctx, 'study.manage');
  await transact(deps, async (tx) => {
    const row = await sessionFor(tx, ctx, id);
    await sq.lock(tx, id);
    const ids = input.entries.map((e) => e.memberId);
    if (new Set(ids).size !== ids.length) {
      throw new ValidationError('Đảng viên: mỗi người chỉ được điểm danh một lần trong một lần gửi.');
    }
    for (const e of input.entries) {
      if (e.reason && e.status === 'present') {
        throw new ValidationError('Lý do: chỉ ghi lý do cho người vắng mặt.');
      }
      if (e.point && row.mode !== 'video') {
        throw new ValidationError('Điểm cầu: chỉ buổi học tập trực tuyến mới ghi điểm cầu.');
      }
    }
    if (vnDayOf(presentSession(row).startsAt) > todayVn()) {
      throw new RuleError('session_not_started', 'Buổi học tập chưa diễn ra: chưa điểm danh được.');
    }
    const found = await q.expectedRows(tx, actor, id, ids);
    if (found.length < ids.length) {
      const known = new Set(found.map((f) => f.member_id));
      throw new RuleError(
        'member_not_expected',
        `${ids.length - found.length} đảng viên không có trong danh sách dự buổi học tập này.`,
        { memberIds: ids.filter((m) => !known.has(m)) },
      );
    }
    const owns = await sq.unitIsMine(tx, actor, row.owner_org_id);
    if (!owns && found.some((f) => !f.in_scope)) {
      throw forbidden('Chỉ điểm danh được đảng viên của đơn vị mình.');
    }
    const marks = input.entries.map((e) => ({
      memberId: e.memberId,
      status: e.status,
      reason: e.reason || null,
      point: e.point || null,
    }));
    await q.record(tx, id, marks, actor.userId);
    await recordAudit(tx, ctx, {
      action: 'study.attendance',
      entity: sq.ENTITY,
      entityId: id,
      orgId: row.owner_org_id,
      before: { entries: found.map((f) => ({ memberId: f.member_id, status: f.status, reason: f.reason })) },
      after: { entries: marks },
    });
  });
  return detail(deps, ctx, id);
}

/** The attendance and reflection list as Excel: the rows the reader may see. The export is audited. */
export async function exportList(
  deps: Deps,
  ctx: RequestCtx,
  id: number,
): Promise<{ buffer: Buffer; name: string }> {
  authorize(ctx, 'study.read');
  const d = await detail(deps, ctx, id);
  await transact(deps, (tx) =>
    recordAudit(tx, ctx, {
      action: 'study.export',
      entity: sq.ENTITY,
      entityId: id,
      orgId: d.orgId,
      after: { rows: d.attendees.length },
    }),
  );
  return { buffer: await attendanceWorkbook(d), name: `diem-danh-hoc-tap-${id}.xlsx` };
}
