// JSON shapes of the reporting calendar: each scheduled unit with its last owed period (on time,
// late, sent late), how many periods it is late for, and its next due day.
import { z } from '@hono/zod-openapi';
import { PERIOD_STATE_LABELS, type PeriodState } from '../../../../domain/intel/calendar.ts';
import { FREQUENCY_LABELS, WEEKDAY_LABELS } from '../../../../domain/intel/labels.ts';
import type { ScheduleRow } from './queries.ts';

const int = z.number().int();
const Period = z.object({ start: z.string(), end: z.string(), dueOn: z.string() });

export const IntelCalendarEntry = z
  .object({
    orgId: int,
    orgName: z.string(),
    frequency: z.enum(['weekly', 'monthly']),
    frequencyLabel: z.string(),
    dueDay: int,
    dueDayLabel: z.string(),
    startsOn: z.string(),
    last: Period.extend({
      state: z.enum(['on_time', 'late_received', 'late', 'pending']),
      stateLabel: z.string(),
      daysLate: int,
      reportId: int.nullable(),
    }).nullable(),
    latePeriods: int,
    next: Period,
  })
  .openapi('IntelCalendarEntry');
export type IntelCalendarEntry = z.infer<typeof IntelCalendarEntry>;

export const IntelCalendar = z
  .object({ on: z.string(), late: int, items: z.array(IntelCalendarEntry) })
  .openapi('IntelCalendar');
export type IntelCalendar = z.infer<typeof IntelCalendar>;

export const IntelReminderRun = z
  .object({ today: z.string(), schedules: int, notices: int })
  .openapi('IntelReminderRun');

export function dueDayLabel(s: Pick<ScheduleRow, 'frequency' | 'due_day'>): string {
  return s.frequency === 'weekly'
    ? `${WEEKDAY_LABELS[s.due_day] ?? s.due_day} tuần sau`
    : `ngày ${s.due_day} tháng sau`;
}

export function entryBase(s: ScheduleRow) {
  return {
    orgId: Number(s.org_id),
    orgName: s.org_name,
    frequency: s.frequency,
    frequencyLabel: FREQUENCY_LABELS[s.frequency],
    dueDay: s.due_day,
    dueDayLabel: dueDayLabel(s),
    startsOn: s.starts_on,
  };
}

export const stateLabel = (s: PeriodState) => PERIOD_STATE_LABELS[s];
