// JSON shapes of the weekly schedule: an event, a week with its conflicts, an event just saved.
import { weekdayLabel } from '../../../../domain/programs/schedule.ts';
import { z } from '../../../../domain/validation.ts';
import type { EventRow } from './queries.ts';

const int = z.number().int();

export const ScheduleEvent = z
  .object({
    id: int,
    orgId: int,
    orgName: z.string(),
    secrecy: int,
    date: z.string(),
    weekday: z.string(),
    startTime: z.string(),
    endTime: z.string().nullable(),
    title: z.string(),
    place: z.string().nullable(),
    chairId: int.nullable(),
    chairName: z.string().nullable(),
    participantIds: z.array(int),
    participantNames: z.array(z.string()),
    participants: z.string().nullable(),
    preparingOrgId: int.nullable(),
    preparingOrgName: z.string().nullable(),
    note: z.string().nullable(),
  })
  .openapi('ScheduleEvent');
export type ScheduleEvent = z.infer<typeof ScheduleEvent>;

export function presentEvent(e: EventRow): ScheduleEvent {
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

/** A person expected at two overlapping events. */
export const ScheduleConflict = z
  .object({
    userId: int,
    fullName: z.string(),
    eventIds: z.array(int),
    events: z.array(
      z.object({ id: int, title: z.string(), orgName: z.string(), date: z.string(), startTime: z.string() }),
    ),
  })
  .openapi('ScheduleConflict');
export type ScheduleConflict = z.infer<typeof ScheduleConflict>;

export const ScheduleWeek = z
  .object({
    orgId: int,
    orgName: z.string(),
    weekStart: z.string(),
    weekEnd: z.string(),
    days: z.array(z.object({ date: z.string(), weekday: z.string() })),
    events: z.array(ScheduleEvent.extend({ conflict: z.boolean() })),
    conflicts: z.array(ScheduleConflict),
    can: z.object({ manage: z.boolean() }),
  })
  .openapi('ScheduleWeek');
export type ScheduleWeek = z.infer<typeof ScheduleWeek>;

/** An event just added or changed, with the conflicts it makes. */
export const ScheduleEventSaved = ScheduleEvent.extend({
  conflict: z.boolean(),
  conflicts: z.array(ScheduleConflict),
}).openapi('ScheduleEventSaved');
export type ScheduleEventSaved = z.infer<typeof ScheduleEventSaved>;
