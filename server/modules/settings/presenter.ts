import { z } from '@hono/zod-openapi';

export const SettingsJson = z
  .object({
    /** Leaders and admins must enrol a TOTP second factor before using the app. */
    requireTotpForPrivileged: z.boolean(),
    /** A task with no progress report for this many days is stalled (programs area). */
    stalledDays: z.number().int(),
  })
  .openapi('Settings');
export type SettingsJson = z.infer<typeof SettingsJson>;
