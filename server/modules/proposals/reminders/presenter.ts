// JSON shape of a run of the consultation reminders.
import { z } from '../../../../domain/validation.ts';

export const ProposalReminderRun = z
  .object({
    /** The day the reminders were judged on. */
    today: z.string(),
    /** Consulted units and people whose last reminder changed (notices sent, or recorded silently). */
    targets: z.number().int(),
    notices: z.number().int(),
  })
  .openapi('ProposalReminderRun');
export type ProposalReminderRun = z.infer<typeof ProposalReminderRun>;
