// Account operations for the console (`vanphong user …`), for the admin who is locked out.
import { PASSWORD_MIN } from '../../../domain/schemas/auth.ts';
import { systemCtx } from '../../auth/actor.ts';
import { generatePassword, hashPassword } from '../../auth/passwords.ts';
import { deleteUserSessions } from '../../auth/sessions.ts';
import { clearFailures } from '../../auth/throttle.ts';
import { type Deps, transact } from '../../deps.ts';
import { recordAudit } from '../audit/service.ts';
import * as q from './queries.ts';

export async function resetPasswordByUsername(
  deps: Deps,
  username: string,
  password?: string,
): Promise<string> {
  const next = password ?? generatePassword();
  if (next.length < PASSWORD_MIN) throw new Error(`Mật khẩu phải có ít nhất ${PASSWORD_MIN} ký tự.`);
  const user = await q.byUsername(deps.database.db, username);
  if (!user) throw new Error(`Không có tài khoản «${username}».`);
  const hash = await hashPassword(next);
  await transact(deps, async (tx) => {
    await q.setPassword(tx, user.id, hash);
    await deleteUserSessions(tx, user.id);
    await clearFailures(tx, user.username);
    await recordAudit(tx, systemCtx('cli'), {
      action: 'user.password_reset',
      entity: 'user',
      entityId: user.id,
      orgId: user.org_id,
      after: { via: 'cli' },
    });
  });
  return next;
}
