// Weekly schedules of the standing committee and of each unit: events with time, place, chair,
// participants and the preparing unit; a person expected at two overlapping events is flagged.
import { todayVn } from '../../../../domain/dates.ts';
import {
  findConflicts,
  minutesOf,
  weekDays,
  weekdayLabel,
  weekStart,
} from '../../../../domain/programs/schedule.ts';
import type { scheduleEventBody } from '../../../../domain/programs/schemas.ts';
import type { z } from '../../../../domain/validation.ts';
import type { Actor, RequestCtx } from '../../../auth/actor.ts';
import { authorize, may, requireSecrecyWithin } from '../../../auth/authorize.ts';
import { grant, revoke } from '../../../auth/grants.ts';
import { unitInScope } from '../../../auth/scope.ts';
import type { Db } from '../../../db/client.ts';
import { type Deps, transact } from '../../../deps.ts';
import { notFound, RuleError } from '../../../http/errors.ts';
import { recordAudit } from '../../audit/service.ts';
import { placeOf } from '../../orgs/service.ts';
import {
  presentEvent,
  type ScheduleConflict,
  type ScheduleEvent,
  type ScheduleEventSaved,
  type ScheduleWeek,
} from './presenter.ts';
import * as q from './queries.ts';
import { buildScheduleDocx } from './schedule-docx.ts';

type Body = z.infer<typeof scheduleEventBody>;
type WeekQuery = { orgId?: number | undefined; week?: string | undefined };

function slot(e: q.EventRow) {
  return {
    id: e.id,
    date: e.on_date,
    startTime: e.starts_at,
    endTime: e.ends_at,
    attendeeIds: e.attendee_ids ?? [],
  };
}

/** Conflicts of the given events with any visible event of the same people in the period. */
async function conflictsOf(
  db: Db,
  actor: Actor,
  events: q.EventRow[],
  from: string,
  to: string,
): Promise<ScheduleConflict[]> {
  const people = [...new Set(events.flatMap((e) => e.attendee_ids ?? []))];
  const others = await q.ofPeople(db, actor, people, from, to);
  const all = new Map<number, q.EventRow>([...others, ...events].map((e) => [e.id, e]));
  const mine = new Set(events.map((e) => e.id));
  const names = new Map<number, string>();
  for (const e of all.values()) {
    (e.attendee_ids ?? []).forEach((id, i) => {
      names.set(id, e.attendee_names?.[i] ?? '');
    });
  }
  return findConflicts([...all.values()].map(slot))
    .filter((c) => mine.has(c.eventIds[0]) || mine.has(c.eventIds[1]))
    .map((c) => ({
      userId: c.userId,
      fullName: names.get(c.userId) ?? '',
      eventIds: c.eventIds,
      events: c.eventIds
        .map((id) => all.get(id) as q.EventRow)
        .map((e) => ({
          id: e.id,
          title: e.title,
          orgName: e.org_name,
          date: e.on_date,
          startTime: e.starts_at,
        })),
    }));
}

export async function week(deps: Deps, ctx: RequestCtx, opts: WeekQuery): Promise<ScheduleWeek> {
  const actor = authorize(ctx, 'program.read');
  const db = deps.database.db;
  const org = await q.unit(db, actor, opts.orgId ?? actor.orgId);
  if (!org) throw notFound('Đơn vị');
  const monday = weekStart(opts.week ?? todayVn());
  const days = weekDays(monday);
  const sunday = days[6] as string;
  const events = await q.week(db, actor, org.id, monday, sunday);
  const conflicts = await conflictsOf(db, actor, events, monday, sunday);
  const flagged = new Set(conflicts.flatMap((c) => c.eventIds));
  return {
    orgId: org.id,
    orgName: org.name,
    weekStart: monday,
    weekEnd: sunday,
    days: days.map((d) => ({ date: d, weekday: weekdayLabel(d) })),
    events: events.map((e) => ({ ...presentEvent(e), conflict: flagged.has(e.id) })),
    conflicts,
    can: { manage: org.in_scope && may(actor, 'schedule.manage') },
  };
}

/** The week as a printable Word file, with its name. */
export async function weekDocx(
  deps: Deps,
  ctx: RequestCtx,
  opts: WeekQuery,
): Promise<{ name: string; bytes: Buffer }> {
  const actor = authorize(ctx, 'program.read');
  const w = await week(deps, ctx, opts);
  const org = await q.unit(deps.database.db, actor, w.orgId);
  const bytes = await buildScheduleDocx(w, {
    superior: org?.superior_name ?? null,
    shortCode: org?.short_code ?? '',
    place: await placeOf(deps.database.db, ctx, w.orgId),
    today: todayVn(),
  });
  return { name: `Lich-cong-tac-tuan-${w.weekStart}.docx`, bytes };
}

async function validated(
  tx: Db,
  actor: Actor,
  input: Body,
): Promise<{ ev: q.EventInput; attendees: number[] }> {
  const org = await unitInScope(tx, actor, input.orgId);
  if (input.endTime && minutesOf(input.endTime) <= minutesOf(input.startTime)) {
    throw new RuleError(
      'ends_before_start',
      `Giờ kết thúc ${input.endTime} phải sau giờ bắt đầu ${input.startTime}.`,
    );
  }
  const secrecy = input.secrecy ?? 0;
  requireSecrecyWithin(actor, secrecy);
  const wanted = [...new Set([...(input.chairId ? [input.chairId] : []), ...(input.participantIds ?? [])])];
  const found = await q.usersInScope(tx, actor, wanted);
  if (found.length !== wanted.length) throw notFound('Người chủ trì hoặc người dự');
  if (input.preparingOrgId && !(await q.unit(tx, actor, input.preparingOrgId))) {
    throw notFound('Đơn vị chuẩn bị');
  }
  return {
    attendees: wanted,
    ev: {
      orgId: org.id,
      secrecy,
      date: input.date,
      startTime: input.startTime,
      endTime: input.endTime ?? null,
      title: input.title,
      place: input.place || null,
      chairId: input.chairId ?? null,
      chairName: input.chairName || null,
      participants: input.participants || null,
      preparingOrgId: input.preparingOrgId ?? null,
      note: input.note || null,
    },
  };
}

/** The people expected and the preparing unit, with their grants, replaced as a whole. */
async function setAttendees(tx: Db, id: number, userIds: readonly number[], preparingOrgId: number | null) {
  const of = { entity: q.ENTITY, entityId: id };
  await q.setAttendees(tx, id, userIds);
  await revoke(tx, of);
  for (const userId of new Set(userIds)) await grant(tx, { ...of, userId, reason: 'attendee' });
  if (preparingOrgId) await grant(tx, { ...of, orgId: preparingOrgId, reason: 'preparing' });
}

async function withConflicts(tx: Db, actor: Actor, id: number): Promise<ScheduleEventSaved> {
  const row = (await q.visibleById(tx, actor, id)) as q.EventRow;
  const conflicts = await conflictsOf(tx, actor, [row], row.on_date, row.on_date);
  return { ...presentEvent(row), conflict: conflicts.length > 0, conflicts };
}

export async function create(deps: Deps, ctx: RequestCtx, input: Body): Promise<ScheduleEventSaved> {
  const actor = authorize(ctx, 'schedule.manage');
  return transact(deps, async (tx) => {
    const { ev, attendees } = await validated(tx, actor, input);
    const id = await q.insert(tx, ev, actor.userId);
    await setAttendees(tx, id, attendees, ev.preparingOrgId);
    const out = await withConflicts(tx, actor, id);
    await recordAudit(tx, ctx, {
      action: 'schedule.create',
      entity: 'schedule',
      entityId: id,
      orgId: ev.orgId,
      after: out,
    });
    return out;
  });
}

/** An event the actor may change: visible (else 404) and owned by a unit of its scope (else 404 too). */
async function owned(tx: Db, actor: Actor, id: number): Promise<ScheduleEvent> {
  const row = await q.visibleById(tx, actor, id);
  if (!row || !(await q.unit(tx, actor, row.owner_org_id))?.in_scope) throw notFound('Lịch');
  return presentEvent(row);
}

export async function update(
  deps: Deps,
  ctx: RequestCtx,
  id: number,
  input: Body,
): Promise<ScheduleEventSaved> {
  const actor = authorize(ctx, 'schedule.manage');
  return transact(deps, async (tx) => {
    const before = await owned(tx, actor, id);
    const { ev, attendees } = await validated(tx, actor, input);
    await q.update(tx, id, ev);
    await setAttendees(tx, id, attendees, ev.preparingOrgId);
    const out = await withConflicts(tx, actor, id);
    await recordAudit(tx, ctx, {
      action: 'schedule.update',
      entity: 'schedule',
      entityId: id,
      orgId: ev.orgId,
      before,
      after: out,
    });
    return out;
  });
}

export async function remove(deps: Deps, ctx: RequestCtx, id: number): Promise<void> {
  const actor = authorize(ctx, 'schedule.manage');
  await transact(deps, async (tx) => {
    const before = await owned(tx, actor, id);
    await revoke(tx, { entity: q.ENTITY, entityId: id });
    await q.remove(tx, id);
    await recordAudit(tx, ctx, {
      action: 'schedule.delete',
      entity: 'schedule',
      entityId: id,
      orgId: before.orgId,
      before,
    });
  });
}
