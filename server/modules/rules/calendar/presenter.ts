// JSON shapes of the working-day calendar: a year's days off and days worked, and a due date counted
// in working days with the days it passed over.
import { z } from '@hono/zod-openapi';

const date = () => z.string().openapi({ format: 'date' });

export const CalendarDay = z
  .object({
    date: date(),
    /** holiday: a public holiday; compensation: made up for one on a weekend; off / work: entered. */
    kind: z.enum(['holiday', 'compensation', 'off', 'work']),
    name: z.string(),
    /** Whether an administrator entered it (and may remove it). */
    entered: z.boolean(),
    createdByName: z.string().nullable(),
  })
  .openapi('CalendarDay');
export type CalendarDay = z.infer<typeof CalendarDay>;

export const HolidayRuleJson = z
  .object({
    versionId: z.number().int(),
    source: z.string(),
    effectiveFrom: date(),
    tetDaysBefore: z.number().int(),
    tetDays: z.number().int(),
    nationalDayExtra: z.number().int(),
  })
  .openapi('HolidayRule');

export const WorkCalendarYear = z
  .object({ year: z.number().int(), rule: HolidayRuleJson, days: z.array(CalendarDay) })
  .openapi('WorkCalendarYear');
export type WorkCalendarYear = z.infer<typeof WorkCalendarYear>;

export const DueDateJson = z
  .object({
    from: date(),
    days: z.number().int(),
    due: date(),
    /** The days off between the start and the due date, with the reason. */
    skipped: z.array(z.object({ date: date(), reason: z.string() })),
    ruleSource: z.string(),
  })
  .openapi('DueDate');
export type DueDateJson = z.infer<typeof DueDateJson>;
