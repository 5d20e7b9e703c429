import { z } from '@hono/zod-openapi';
import { UserJson } from '../users/service.ts';

export const LoginJson = z
  .object({
    user: UserJson,
    /** Send it back as x-csrf-token with every change made with the session cookie. */
    csrfToken: z.string(),
    /** The account must enrol a second factor before anything else (an admin setting). */
    mustEnrolTotp: z.boolean(),
  })
  .openapi('Login');
export type LoginJson = z.infer<typeof LoginJson>;

export const MeJson = z
  .object({
    user: UserJson,
    /** null when signed in with a Bearer token (no session, no CSRF). */
    csrfToken: z.string().nullable(),
    mustEnrolTotp: z.boolean(),
  })
  .openapi('Me');
export type MeJson = z.infer<typeof MeJson>;

export const PasswordChanged = z.object({ sessionsEnded: z.number().int() }).openapi('PasswordChanged');
export type PasswordChanged = z.infer<typeof PasswordChanged>;

export const TotpSetupJson = z.object({ secret: z.string(), uri: z.string() }).openapi('TotpSetup');
export type TotpSetupJson = z.infer<typeof TotpSetupJson>;
