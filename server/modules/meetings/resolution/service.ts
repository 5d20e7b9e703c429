// After the meeting: the minutes (biên bản), the resolution (nghị quyết chi bộ: last month's results,
// this month's tasks with owners and deadlines), its issue — numbered in the chi bộ's own NQ sequence
// through the documents area (one sequence per issuing body, type and term: gap-free, no number twice)
// with its tasks created in the task tracker (source 'meeting') —, the report to the committee above,
// and the carry-over: the unfinished tasks of the unit's previous resolution on the next agenda.
import { formatDateVi, todayVn } from '../../../../domain/dates.ts';
import type { minutesBody, reportBody, resolutionBody } from '../../../../domain/meetings/schemas.ts';
import { vnDay } from '../../../../domain/meetings/time.ts';
import type { z } from '../../../../domain/validation.ts';
import type { RequestCtx } from '../../../auth/actor.ts';
import { authorize } from '../../../auth/authorize.ts';
import { unitInScope } from '../../../auth/scope.ts';
import type { Db } from '../../../db/client.ts';
import { type Deps, transact } from '../../../deps.ts';
import { ConflictError, RuleError } from '../../../http/errors.ts';
import { recordAudit } from '../../audit/service.ts';
import { issueRecord } from '../../documents/outgoing/service.ts';
import { rollOn } from '../../members/transfers/service.ts';
import { notify } from '../../notifications/service.ts';
import { tasksByIds } from '../../tasks/lists/service.ts';
import { createTaskInTx } from '../../tasks/service.ts';
import { iso } from '../presenter.ts';
import * as mq from '../queries.ts';
import { managedMeeting, requireNotIn } from '../record.ts';
import {
  type CarryOver,
  type MeetingMinutes,
  type MeetingResolution,
  presentMinutes,
  type ResolutionTask,
} from './presenter.ts';
import * as q from './queries.ts';

const STAFF = ['leader', 'clerk', 'specialist'] as const;

async function linesWithProgress(
  db: Db,
  ctx: RequestCtx,
  lines: readonly q.TaskLineRow[],
): Promise<ResolutionTask[]> {
  const ids = lines.flatMap((l) => (l.task_id === null ? [] : [Number(l.task_id)]));
  const tracked = new Map((await tasksByIds(db, ctx, ids)).map((t) => [t.id, t]));
  return lines.map((l) => {
    const t = l.task_id === null ? undefined : tracked.get(Number(l.task_id));
    return {
      id: Number(l.id),
      position: l.position,
      title: l.title,
      ownerMemberId: l.owner_member_id,
      ownerName: l.owner_name,
      dueOn: l.due_on,
      taskId: l.task_id === null ? null : Number(l.task_id),
      tracked: t
        ? { progress: t.progress, state: t.state, stateLabel: t.stateLabel, done: t.done, dueOn: t.dueOn }
        : null,
    };
  });
}

/** The resolution of a meeting (the meeting already read by the caller), its tasks with their progress. */
export async function resolutionFor(db: Db, ctx: RequestCtx, row: mq.MeetingRow): Promise<MeetingResolution> {
  authorize(ctx, 'meeting.read');
  return {
    meetingId: Number(row.id),
    results: row.resolution_results,
    directions: row.resolution_directions,
    number: row.resolution_number,
    symbol: row.resolution_symbol,
    documentId: row.resolution_document_id === null ? null : Number(row.resolution_document_id),
    issuedOn: row.resolution_on,
    resolvedAt: row.resolved_at ? iso(row.resolved_at) : null,
    reportedAt: row.reported_at ? iso(row.reported_at) : null,
    reportNote: row.report_note,
    tasks: await linesWithProgress(db, ctx, await q.tasksOf(db, row.id)),
  };
}

/**
 * The unfinished tasks of the unit's previous issued resolution (before the given meeting, or before
 * a day when planning one), or null when there is none.
 */
export async function carryOverBefore(
  db: Db,
  ctx: RequestCtx,
  orgId: number,
  before: { on: string; startsAt: string; id: number },
): Promise<CarryOver | null> {
  authorize(ctx, 'meeting.read');
  const prev = await q.previousResolved(db, orgId, before);
  if (!prev) return null;
  const lines = await linesWithProgress(db, ctx, await q.tasksOf(db, prev.id));
  return {
    fromMeetingId: Number(prev.id),
    fromTitle: prev.title,
    fromOn: prev.meeting_on,
    fromSymbol: prev.resolution_symbol,
    items: lines.filter((l) => !l.tracked?.done),
  };
}

/** For the planning form: the carry-over of a unit before a day (today's end by default). */
export async function carryOver(
  deps: Deps,
  ctx: RequestCtx,
  f: { orgId: number; before?: string | undefined },
): Promise<{ carryOver: CarryOver | null }> {
  const actor = authorize(ctx, 'meeting.manage');
  const db = deps.database.db;
  const unit = await unitInScope(db, actor, f.orgId);
  const on = f.before ?? todayVn();
  // Everything up to the end of that day (UTC+7), whatever its time.
  const startsAt = new Date(Date.parse(`${on}T23:59:59+07:00`)).toISOString();
  return { carryOver: await carryOverBefore(db, ctx, unit.id, { on, startsAt, id: 2_147_483_647 }) };
}

/** The minutes: the actual times (same day), the discussion and the chair's conclusion; the meeting is held. */
export async function recordMinutes(
  deps: Deps,
  ctx: RequestCtx,
  meetingId: number,
  input: z.infer<typeof minutesBody>,
): Promise<MeetingMinutes> {
  const actor = authorize(ctx, 'meeting.manage');
  return transact(deps, async (tx) => {
    const row = await managedMeeting(tx, actor, meetingId);
    requireNotIn(row, ['cancelled'], 'ghi biên bản');
    const startsAt = input.startsAt ?? iso(row.starts_at);
    if (vnDay(startsAt) !== row.meeting_on)
      throw new RuleError(
        'minutes_other_day',
        `Biên bản ghi giờ họp trong ngày ${formatDateVi(row.meeting_on)}; đổi ngày họp thì sửa kế hoạch.`,
      );
    const endsAt = input.endsAt === undefined ? (row.ends_at ? iso(row.ends_at) : null) : input.endsAt;
    if (endsAt && endsAt <= startsAt)
      throw new RuleError('meeting_times', 'Giờ kết thúc phải sau giờ bắt đầu.');
    await q.setMinutes(tx, row.id, {
      startsAt,
      endsAt,
      discussion: input.discussion === undefined ? row.minutes_discussion : input.discussion || null,
      conclusion: input.conclusion === undefined ? row.minutes_conclusion : input.conclusion || null,
    });
    const after = presentMinutes((await mq.byId(tx, row.id, mq.meetingManaged(actor))) as mq.MeetingRow);
    await recordAudit(tx, ctx, {
      action: 'meeting.minutes',
      entity: 'meeting',
      entityId: row.id,
      orgId: row.org_id,
      after,
    });
    return after;
  });
}

/** The draft resolution (replaced whole) until it is issued; owners chosen among the unit's members that day. */
export async function draftResolution(
  deps: Deps,
  ctx: RequestCtx,
  meetingId: number,
  input: z.infer<typeof resolutionBody>,
): Promise<MeetingResolution> {
  const actor = authorize(ctx, 'meeting.manage');
  return transact(deps, async (tx) => {
    const row = await managedMeeting(tx, actor, meetingId);
    requireNotIn(row, ['cancelled'], 'soạn nghị quyết');
    if (row.resolution_symbol)
      throw new ConflictError(
        'resolution_issued',
        `Nghị quyết số ${row.resolution_symbol} đã ban hành, không sửa được.`,
      );
    const needRoll = input.tasks.some((t) => t.ownerMemberId);
    const roll = needRoll
      ? new Map(
          (await rollOn(tx, ctx, { orgId: row.org_id, on: row.meeting_on })).map((m) => [m.memberId, m]),
        )
      : new Map();
    const tasks = input.tasks.map((t, i) => {
      const owner = t.ownerMemberId ? roll.get(t.ownerMemberId) : undefined;
      if (t.ownerMemberId && !owner)
        throw new RuleError(
          'not_on_roll',
          `Nhiệm vụ ${i + 1}: người thực hiện không có tên trong danh sách ${row.org_name} ngày ${formatDateVi(row.meeting_on)}.`,
        );
      return {
        title: t.title,
        ownerMemberId: t.ownerMemberId ?? null,
        ownerName: owner?.fullName ?? (t.ownerName as string),
        dueOn: t.dueOn,
      };
    });
    await q.setDraft(tx, row.id, { results: input.results, directions: input.directions || null }, tasks);
    const fresh = (await mq.byId(tx, row.id, mq.meetingManaged(actor))) as mq.MeetingRow;
    const after = await resolutionFor(tx, ctx, fresh);
    await recordAudit(tx, ctx, {
      action: 'meeting.resolution_draft',
      entity: 'meeting',
      entityId: row.id,
      orgId: row.org_id,
      after,
    });
    return after;
  });
}

/**
 * Issues the resolution: its number in the chi bộ's NQ sequence (an issued document of the unit), its
 * tasks in the tracker, each held by the chi bộ and assigned to the owner's account when the owner has
 * one in the unit. One transaction: a refused task leaves no number taken.
 */
export async function issueResolution(
  deps: Deps,
  ctx: RequestCtx,
  meetingId: number,
): Promise<MeetingResolution> {
  const actor = authorize(ctx, 'meeting.resolve');
  return transact(deps, async (tx) => {
    const row = await managedMeeting(tx, actor, meetingId);
    requireNotIn(row, ['cancelled'], 'ban hành nghị quyết');
    if (row.resolution_symbol)
      throw new ConflictError('resolution_issued', `Nghị quyết đã ban hành với số ${row.resolution_symbol}.`);
    if (!row.resolution_results)
      throw new RuleError(
        'resolution_missing',
        'Chưa có dự thảo nghị quyết: ghi kết quả và nhiệm vụ trước khi ban hành.',
      );
    if (row.meeting_on > todayVn())
      throw new RuleError(
        'meeting_not_held',
        `Cuộc sinh hoạt ngày ${formatDateVi(row.meeting_on)} chưa diễn ra.`,
      );
    const issued = await issueRecord(tx, ctx, {
      issuerOrgId: row.org_id,
      typeCode: 'NQ',
      summary: `Nghị quyết ${row.title}`,
      content: [row.resolution_results, row.resolution_directions].filter(Boolean).join('\n'),
      issuedOn: row.meeting_on,
      secrecy: row.secrecy,
      signAuthority: 'T/M CHI BỘ',
      signerTitle: 'BÍ THƯ',
      note: `Nghị quyết của cuộc sinh hoạt ngày ${formatDateVi(row.meeting_on)} (sinh hoạt chi bộ số ${row.id})`,
    });
    await q.markIssued(tx, row.id, {
      number: issued.number,
      symbol: issued.symbol,
      documentId: issued.id,
      on: row.meeting_on,
    });
    const lines = await q.tasksOf(tx, row.id);
    const accounts = new Map(
      (await rollOn(tx, ctx, { orgId: row.org_id, on: row.meeting_on })).map((m) => [m.memberId, m.userId]),
    );
    for (const l of lines) {
      const userId = l.owner_member_id ? (accounts.get(l.owner_member_id) ?? null) : null;
      const assigneeId = userId && (await mq.accountUnder(tx, userId, row.org_id)) ? userId : null;
      const task = await createTaskInTx(tx, ctx, {
        title: l.title,
        description: `Theo Nghị quyết số ${issued.symbol} ngày ${formatDateVi(row.meeting_on)} của ${row.org_name}. Người thực hiện: ${l.owner_name}.`,
        orgId: row.org_id,
        assigneeId,
        dueOn: l.due_on,
        secrecy: row.secrecy,
        source: { kind: 'meeting', id: row.id, ref: issued.symbol },
      });
      await q.setTaskId(tx, Number(l.id), task.id);
    }
    const fresh = (await mq.byId(tx, row.id, mq.meetingManaged(actor))) as mq.MeetingRow;
    const after = await resolutionFor(tx, ctx, fresh);
    await recordAudit(tx, ctx, {
      action: 'meeting.resolution_issue',
      entity: 'meeting',
      entityId: row.id,
      orgId: row.org_id,
      after,
    });
    return after;
  });
}

/** Reports the meeting (and its resolution) to the committee above: its staff are told. */
export async function report(
  deps: Deps,
  ctx: RequestCtx,
  meetingId: number,
  input: z.infer<typeof reportBody>,
): Promise<MeetingResolution> {
  const actor = authorize(ctx, 'meeting.resolve');
  return transact(deps, async (tx) => {
    const row = await managedMeeting(tx, actor, meetingId);
    requireNotIn(row, ['cancelled', 'reported'], 'báo cáo');
    if (row.status === 'planned' || row.status === 'notified')
      throw new RuleError(
        'meeting_not_held',
        'Chưa có biên bản hoặc nghị quyết của cuộc sinh hoạt để báo cáo.',
      );
    await q.markReported(tx, row.id, input.note || null);
    if (row.parent_id !== null) {
      await notify(
        tx,
        { orgId: row.parent_id, roles: STAFF },
        {
          kind: 'meeting.report',
          title: `${row.org_name} báo cáo sinh hoạt ngày ${formatDateVi(row.meeting_on)}`,
          body: row.resolution_symbol
            ? `Nghị quyết số ${row.resolution_symbol}. ${input.note ?? ''}`.trim()
            : (input.note ?? null),
          link: `/sinh-hoat/${row.id}`,
          entity: 'meeting',
          entityId: row.id,
        },
      );
    }
    const fresh = (await mq.byId(tx, row.id, mq.meetingManaged(actor))) as mq.MeetingRow;
    const after = await resolutionFor(tx, ctx, fresh);
    await recordAudit(tx, ctx, {
      action: 'meeting.report',
      entity: 'meeting',
      entityId: row.id,
      orgId: row.org_id,
      after: { reportedAt: after.reportedAt, note: input.note ?? null },
    });
    return after;
  });
}
