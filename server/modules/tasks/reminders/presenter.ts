// JSON shape of a run of the deadline reminders.
import { z } from '../../../../domain/validation.ts';

export const TaskReminderRun = z
  .object({
    /** The day the reminders were judged on. */
    today: z.string(),
    /** Tasks whose last reminder changed (notices sent, or recorded silently). */
    tasks: z.number().int(),
    notices: z.number().int(),
  })
  .openapi('TaskReminderRun');
export type TaskReminderRun = z.infer<typeof TaskReminderRun>;
