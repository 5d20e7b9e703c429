// Weekly schedules of the standing committee and of each unit: events with time, place, chair,
// participants and the preparing unit; a person expected at two overlapping events is flagged.
import { sql } from 'drizzle-orm';
import { todayVn } from '../../../domain/dates.ts';
import {
  findConflicts,
  minutesOf,
  weekDays,
  weekdayLabel,
  weekStart,
} from '../../../domain/programs/schedule.ts';
import type { scheduleEventBody } from '../../../domain/programs/schemas.ts';
import { roleCan } from '../../../domain/roles.ts';
import type { z } from '../../../domain/validation.ts';
import type { Actor, RequestCtx } from '../../auth/actor.ts';
import { inScope } from '../../auth/queries.ts';
import type { Db } from '../../db/client.ts';
import { type Deps, transact } from '../../deps.ts';
import { notFound, RuleError } from '../../http/errors.ts';
import { recordAudit } from '../audit/service.ts';
import * as orgQueries from '../orgs/queries.ts';
import * as q from './schedule-queries.ts';

type Body = z.infer<typeof scheduleEventBody>;

export function presentEvent(e: q.EventRow) {
  // The chair is kept among the attendees for conflict checks, but shown as the chair only.
  const ids = e.attendee_ids ?? [];
  const others = ids
    .map((id, i) => ({ id, name: e.attendee_names?.[i] ?? '' }))
    .filter((a) => a.id !== e.chair_id);
  return {
    id: e.id,
    orgId: e.owner_org_id,
    orgName: e.org_name,
    secrecy: e.secrecy,
    date: e.on_date,
    weekday: weekdayLabel(e.on_date),
    startTime: e.starts_at,
    endTime: e.ends_at,
    title: e.title,
    place: e.place,
    chairId: e.chair_id,
    chairName: e.chair_user_name ?? e.chair_name,
    participantIds: others.map((a) => a.id),
    participantNames: others.map((a) => a.name),
    participants: e.participants,
    preparingOrgId: e.preparing_org_id,
    preparingOrgName: e.preparing_org_name,
    note: e.note,
  };
}

type EventJson = ReturnType<typeof presentEvent>;

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
async function conflictsOf(db: Db, actor: Actor, events: q.EventRow[], from: string, to: string) {
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
    .map((c) => {
      const [a, b] = c.eventIds.map((id) => all.get(id) as q.EventRow);
      return {
        userId: c.userId,
        fullName: names.get(c.userId) ?? '',
        eventIds: c.eventIds,
        events: [a, b].map((e) => ({
          id: e?.id,
          title: e?.title,
          orgName: e?.org_name,
          date: e?.on_date,
          startTime: e?.starts_at,
        })),
      };
    });
}

export async function week(
  db: Db,
  actor: Actor,
  opts: { orgId?: number | undefined; week?: string | undefined },
) {
  const org = await orgQueries.byId(db, opts.orgId ?? actor.orgId);
  if (!org) throw notFound('Đơn vị');
  const monday = weekStart(opts.week ?? todayVn());
  const days = weekDays(monday);
  const sunday = days[6] as string;
  const events = await q.week(db, actor, org.id, monday, sunday);
  const conflicts = await conflictsOf(db, actor, events, monday, sunday);
  const flagged = new Set(conflicts.flatMap((c) => c.eventIds));
  const owns = (await orgQueries.byIdInScope(db, actor, org.id)) !== undefined;
  return {
    orgId: org.id,
    orgName: org.name,
    weekStart: monday,
    weekEnd: sunday,
    days: days.map((d) => ({ date: d, weekday: weekdayLabel(d) })),
    events: events.map((e) => ({ ...presentEvent(e), conflict: flagged.has(e.id) })),
    conflicts,
    can: { manage: owns && roleCan(actor.role, 'schedule.manage') },
  };
}

async function validated(
  tx: Db,
  actor: Actor,
  input: Body,
): Promise<{ ev: q.EventInput; attendees: number[] }> {
  const org = await orgQueries.byIdInScope(tx, actor, input.orgId);
  if (!org) throw notFound('Đơn vị');
  if (input.endTime && minutesOf(input.endTime) <= minutesOf(input.startTime)) {
    throw new RuleError(
      'ends_before_start',
      `Giờ kết thúc ${input.endTime} phải sau giờ bắt đầu ${input.startTime}.`,
    );
  }
  const secrecy = input.secrecy ?? 0;
  if (secrecy > actor.clearance) {
    throw new RuleError(
      'secrecy_above_clearance',
      'Không thể ghi lịch có độ mật cao hơn mức bạn được tiếp cận.',
    );
  }
  const wanted = [...new Set([...(input.chairId ? [input.chairId] : []), ...(input.participantIds ?? [])])];
  const found = await q.usersInScope(tx, inScope(actor, sql`u.org_id`), wanted);
  if (found.length !== wanted.length) throw notFound('Người chủ trì hoặc người dự');
  if (input.preparingOrgId && !(await orgQueries.byId(tx, input.preparingOrgId)))
    throw notFound('Đơn vị chuẩn bị');
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

async function withConflicts(tx: Db, actor: Actor, id: number) {
  const row = (await q.visibleById(tx, actor, id)) as q.EventRow;
  const conflicts = await conflictsOf(tx, actor, [row], row.on_date, row.on_date);
  return { ...presentEvent(row), conflict: conflicts.length > 0, conflicts };
}

export async function create(deps: Deps, ctx: RequestCtx, input: Body) {
  const actor = ctx.actor as Actor;
  return transact(deps, async (tx) => {
    const { ev, attendees } = await validated(tx, actor, input);
    const id = await q.insert(tx, ev, actor.userId);
    await q.setAttendees(tx, id, attendees, ev.preparingOrgId);
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
async function owned(tx: Db, actor: Actor, id: number): Promise<EventJson> {
  const row = await q.visibleById(tx, actor, id);
  if (!row || !(await orgQueries.byIdInScope(tx, actor, row.owner_org_id))) throw notFound('Lịch');
  return presentEvent(row);
}

export async function update(deps: Deps, ctx: RequestCtx, id: number, input: Body) {
  const actor = ctx.actor as Actor;
  return transact(deps, async (tx) => {
    const before = await owned(tx, actor, id);
    const { ev, attendees } = await validated(tx, actor, input);
    await q.update(tx, id, ev);
    await q.setAttendees(tx, id, attendees, ev.preparingOrgId);
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
  const actor = ctx.actor as Actor;
  await transact(deps, async (tx) => {
    const before = await owned(tx, actor, id);
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
