// Chi bộ meetings (docs/meetings.md): the plan (day, place or video link, chair, secretary, agenda;
// the rule versions in force on its day kept with it), the list, the whole record, changes to the
// plan, the notice to the unit's members and the committee above, cancelling, and the quality score.
// The register and votes are in attendance/ and votes/, files in files/, minutes, resolution, report
// and carry-over in resolution/, the overview in overview/, Word papers in papers/.
import { formatDateVi, todayVn } from '../../../domain/dates.ts';
import { qualityResult } from '../../../domain/meetings/rules.ts';
import type {
  cancelBody,
  createMeetingBody,
  listMeetingsQuery,
  qualityBody,
  updateMeetingBody,
} from '../../../domain/meetings/schemas.ts';
import { timeWords } from '../../../domain/meetings/time.ts';
import type { z } from '../../../domain/validation.ts';
import type { Actor, RequestCtx } from '../../auth/actor.ts';
import { authorize, requireSecrecyWithin } from '../../auth/authorize.ts';
import { activeUnitInScope, scopeUnitIds, unitInScope } from '../../auth/scope.ts';
import type { Db } from '../../db/client.ts';
import { type Deps, transact } from '../../deps.ts';
import { RuleError, ValidationError } from '../../http/errors.ts';
import { recordAudit } from '../audit/service.ts';
import { rollOn } from '../members/transfers/service.ts';
import { notify } from '../notifications/service.ts';
import * as aq from './attendance/queries.ts';
import { registerFor } from './attendance/service.ts';
import { filesFor } from './files/service.ts';
import { planOf } from './plan.ts';
import {
  iso,
  type MeetingDetail,
  type MeetingList,
  type MeetingNotice,
  type MeetingQuality,
  presentMeeting,
  presentQuality,
  presentRules,
} from './presenter.ts';
import * as q from './queries.ts';
import {
  canOf,
  managedMeeting,
  requireNotIn,
  rulesOf,
  visibleCondition,
  visibleMeeting,
  warningsOf,
} from './record.ts';
import { presentMinutes } from './resolution/presenter.ts';
import * as rq from './resolution/queries.ts';
import { carryOverBefore, resolutionFor } from './resolution/service.ts';
import { votesFor } from './votes/service.ts';

const STAFF = ['leader', 'clerk', 'specialist'] as const;

async function detailOf(db: Db, ctx: RequestCtx, actor: Actor, row: q.MeetingRow): Promise<MeetingDetail> {
  const rules = await rulesOf(db, ctx, row);
  const [attendance, votes, files, resolution, carryOver] = await Promise.all([
    registerFor(db, ctx, row),
    votesFor(db, ctx, row),
    filesFor(db, ctx, row),
    resolutionFor(db, ctx, row),
    carryOverBefore(db, ctx, row.org_id, {
      on: row.meeting_on,
      startsAt: iso(row.starts_at),
      id: Number(row.id),
    }),
  ]);
  return {
    ...presentMeeting(row, warningsOf(row, rules), canOf(actor, row)),
    rules: presentRules(rules, row.combined),
    attendance,
    votes,
    files,
    minutes: presentMinutes(row),
    resolution,
    carryOver,
    quality: presentQuality(row, rules.quality),
  };
}

/** Plans a meeting of a chi bộ or a party committee (201 with the whole record, carry-over included). */
export async function create(
  deps: Deps,
  ctx: RequestCtx,
  input: z.infer<typeof createMeetingBody>,
): Promise<MeetingDetail> {
  const actor = authorize(ctx, 'meeting.manage');
  return transact(deps, async (tx) => {
    const unit = await activeUnitInScope(tx, actor, input.orgId);
    if (unit.kind === 'board')
      throw new RuleError(
        'meeting_unit_kind',
        `«${unit.name}» là ban, văn phòng của cấp ủy: sinh hoạt đảng do chi bộ hoặc đảng bộ tổ chức.`,
      );
    const secrecy = input.secrecy ?? 0;
    requireSecrecyWithin(actor, secrecy);
    const plan = await planOf(tx, ctx, unit.id, input, null);
    const id = await q.insert(tx, { ...plan, orgId: unit.id, secrecy, by: actor.userId });
    const row = (await q.byId(tx, id, q.meetingManaged(actor))) as q.MeetingRow;
    const out = await detailOf(tx, ctx, actor, row);
    const {
      attendance: _a,
      votes: _v,
      files: _f,
      resolution: _r,
      carryOver: _c,
      quality: _q,
      ...plain
    } = out;
    await recordAudit(tx, ctx, {
      action: 'meeting.create',
      entity: 'meeting',
      entityId: id,
      orgId: unit.id,
      after: plain,
    });
    return out;
  });
}

function parseCursor(cursor: string | undefined): { on: string; id: number } | null {
  if (!cursor) return null;
  const m = /^(\d{4}-\d{2}-\d{2})_(\d{1,10})$/.exec(cursor);
  if (!m) throw new ValidationError('Con trỏ trang: không hợp lệ');
  return { on: m[1] as string, id: Number(m[2]) };
}

/** The meetings the account sees (of a unit and below when asked), newest first, with their warnings. */
export async function list(
  deps: Deps,
  ctx: RequestCtx,
  f: z.infer<typeof listMeetingsQuery>,
): Promise<MeetingList> {
  const actor = authorize(ctx, 'meeting.read');
  const db = deps.database.db;
  let unitIds: number[] | null = null;
  if (f.orgId) {
    // Staff ask for a unit of their scope (404 otherwise); a member's own rule is in the SQL.
    const unit = actor.role === 'member' ? { id: f.orgId } : await unitInScope(db, actor, f.orgId);
    unitIds = await scopeUnitIds(db, null, unit.id);
  }
  const found = await q.list(db, await visibleCondition(db, ctx, actor), {
    unitIds,
    year: f.year,
    from: f.from,
    to: f.to,
    kind: f.kind,
    status: f.status,
    after: parseCursor(f.cursor),
    limit: f.limit,
  });
  const page = found.slice(0, f.limit);
  const cache = new Map();
  const items = await Promise.all(
    page.map(async (r) =>
      presentMeeting(r, warningsOf(r, await rulesOf(db, ctx, r, cache)), canOf(actor, r)),
    ),
  );
  const last = page[page.length - 1];
  return { items, nextCursor: found.length > f.limit && last ? `${last.meeting_on}_${last.id}` : null };
}

export async function get(deps: Deps, ctx: RequestCtx, id: number): Promise<MeetingDetail> {
  const actor = authorize(ctx, 'meeting.read');
  const db = deps.database.db;
  return detailOf(db, ctx, actor, await visibleMeeting(db, ctx, actor, id));
}

/**
 * Changes the plan (not once the resolution is issued). A new day takes the rule versions in force on
 * it; the day cannot move once the register is taken (the rolls are the day's).
 */
export async function update(
  deps: Deps,
  ctx: RequestCtx,
  id: number,
  input: z.infer<typeof updateMeetingBody>,
): Promise<MeetingDetail> {
  const actor = authorize(ctx, 'meeting.manage');
  return transact(deps, async (tx) => {
    const row = await managedMeeting(tx, actor, id);
    requireNotIn(row, ['cancelled', 'resolved', 'reported'], 'sửa kế hoạch');
    const plan = await planOf(tx, ctx, row.org_id, input, row);
    if (plan.meetingOn !== row.meeting_on && (await aq.entries(tx, row.id)).length > 0)
      throw new RuleError(
        'attendance_recorded',
        `Đã điểm danh theo danh sách ngày ${formatDateVi(row.meeting_on)}: không đổi sang ngày khác được.`,
      );
    await q.updatePlan(tx, row.id, plan);
    const fresh = (await q.byId(tx, row.id, q.meetingManaged(actor))) as q.MeetingRow;
    const out = await detailOf(tx, ctx, actor, fresh);
    await recordAudit(tx, ctx, {
      action: 'meeting.update',
      entity: 'meeting',
      entityId: row.id,
      orgId: row.org_id,
      before: presentMeeting(row, [], canOf(actor, row)),
      after: presentMeeting(fresh, out.warnings, out.can),
    });
    return out;
  });
}

/**
 * Notifies the unit's members (their accounts) and people, and the committee above, of the meeting:
 * time, place or link, agenda; the record shows a warning when the materials are late or missing.
 */
export async function notifyMeeting(deps: Deps, ctx: RequestCtx, id: number): Promise<MeetingNotice> {
  const actor = authorize(ctx, 'meeting.manage');
  return transact(deps, async (tx) => {
    const row = await managedMeeting(tx, actor, id);
    requireNotIn(row, ['cancelled', 'resolved', 'reported'], 'thông báo');
    const where = [row.place, row.video_link ? `trực tuyến: ${row.video_link}` : null]
      .filter(Boolean)
      .join('; ');
    const notice = {
      kind: 'meeting.notice',
      title: `Thông báo sinh hoạt: ${row.title}`,
      body: `${row.org_name}, ${timeWords(iso(row.starts_at))}${where ? `, ${where}` : ''}.`,
      link: `/sinh-hoat/${row.id}`,
      entity: 'meeting',
      entityId: Number(row.id),
      // One notice per account even when it is both a member and one of the unit's people.
      dedupeKey: `meeting:${row.id}:notice:${Date.now()}`,
    };
    const roll = await rollOn(tx, ctx, { orgId: row.org_id, on: row.meeting_on });
    const userIds = roll.flatMap((m) => (m.userId === null ? [] : [m.userId]));
    let notified = userIds.length > 0 ? await notify(tx, { userIds }, notice) : 0;
    notified += await notify(tx, { orgId: row.org_id }, notice);
    if (row.parent_id !== null) notified += await notify(tx, { orgId: row.parent_id, roles: STAFF }, notice);
    await q.setStatus(tx, row.id, row.status === 'planned' ? 'notified' : row.status, { notified: true });
    const fresh = (await q.byId(tx, row.id, q.meetingManaged(actor))) as q.MeetingRow;
    const meeting = await detailOf(tx, ctx, actor, fresh);
    await recordAudit(tx, ctx, {
      action: 'meeting.notify',
      entity: 'meeting',
      entityId: row.id,
      orgId: row.org_id,
      after: { notified, warnings: meeting.warnings },
    });
    return { notified, meeting };
  });
}

/** Cancels a meeting (not once its resolution is issued); those told of it are told again. */
export async function cancel(
  deps: Deps,
  ctx: RequestCtx,
  id: number,
  input: z.infer<typeof cancelBody>,
): Promise<MeetingDetail> {
  const actor = authorize(ctx, 'meeting.manage');
  return transact(deps, async (tx) => {
    const row = await managedMeeting(tx, actor, id);
    requireNotIn(row, ['cancelled', 'resolved', 'reported'], 'hủy');
    await q.setStatus(tx, row.id, 'cancelled', { cancelReason: input.reason });
    if (row.notified_at) {
      const notice = {
        kind: 'meeting.cancelled',
        title: `Hủy sinh hoạt: ${row.title}`,
        body: `${row.org_name} hủy cuộc sinh hoạt ${timeWords(iso(row.starts_at))}. Lý do: ${input.reason}`,
        link: `/sinh-hoat/${row.id}`,
        entity: 'meeting',
        entityId: Number(row.id),
        dedupeKey: `meeting:${row.id}:cancelled`,
      };
      const roll = await rollOn(tx, ctx, { orgId: row.org_id, on: row.meeting_on });
      const userIds = roll.flatMap((m) => (m.userId === null ? [] : [m.userId]));
      if (userIds.length > 0) await notify(tx, { userIds }, notice);
      await notify(tx, { orgId: row.org_id }, notice);
      if (row.parent_id !== null) await notify(tx, { orgId: row.parent_id, roles: STAFF }, notice);
    }
    const fresh = (await q.byId(tx, row.id, q.meetingManaged(actor))) as q.MeetingRow;
    await recordAudit(tx, ctx, {
      action: 'meeting.cancel',
      entity: 'meeting',
      entityId: row.id,
      orgId: row.org_id,
      before: { status: row.status },
      after: { status: 'cancelled', reason: input.reason },
    });
    return detailOf(tx, ctx, actor, fresh);
  });
}

/** The quality score against the criteria version the meeting keeps (every criterion, within its maximum). */
export async function score(
  deps: Deps,
  ctx: RequestCtx,
  id: number,
  input: z.infer<typeof qualityBody>,
): Promise<MeetingQuality> {
  const actor = authorize(ctx, 'meeting.manage');
  return transact(deps, async (tx) => {
    const row = await managedMeeting(tx, actor, id);
    requireNotIn(row, ['cancelled'], 'chấm điểm');
    if (row.meeting_on > todayVn())
      throw new RuleError(
        'meeting_not_held',
        `Cuộc sinh hoạt ngày ${formatDateVi(row.meeting_on)} chưa diễn ra.`,
      );
    const { quality } = await rulesOf(tx, ctx, row);
    const result = qualityResult(quality.value, input.scores);
    if (!result.ok) throw new RuleError('quality_invalid', result.problem);
    await rq.setQuality(tx, row.id, {
      scores: Object.fromEntries(result.lines.map((l) => [l.code, l.points])),
      total: result.total,
      grade: result.grade.code,
    });
    const after = presentQuality(
      (await q.byId(tx, row.id, q.meetingManaged(actor))) as q.MeetingRow,
      quality,
    );
    await recordAudit(tx, ctx, {
      action: 'meeting.quality',
      entity: 'meeting',
      entityId: row.id,
      orgId: row.org_id,
      after,
    });
    return after;
  });
}
