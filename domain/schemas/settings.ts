import { z } from '../validation.ts';

export const settingsBody = z.object({
  requireTotpForPrivileged: z.boolean().optional(),
  stalledDays: z.number().int().min(1).max(365).optional(),
});
