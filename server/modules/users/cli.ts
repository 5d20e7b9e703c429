// `vanphong user …`: account operations for the admin who is locked out, with the console's authority.
import { systemCtx } from '../../auth/actor.ts';
import type { Deps } from '../../deps.ts';
import { resetPasswordByUsername as reset } from './service.ts';

/** Sets a new password (random when none is given), ends the account's sessions; returns it. */
export function resetPasswordByUsername(deps: Deps, username: string, password?: string): Promise<string> {
  return reset(deps, systemCtx('cli'), { username, password });
}
