// First start on an empty database: the root unit and the `admin` account, with the password from
// VANPHONG_ADMIN_PASSWORD or a random one printed once. Never a fixed default password.
import { PASSWORD_MIN } from '../domain/schemas/auth.ts';
import { systemCtx } from './auth/actor.ts';
import { generatePassword } from './auth/passwords.ts';
import { ADVISORY_KEYS, advisoryXactLock } from './db/advisory.ts';
import { type Deps, transact } from './deps.ts';
import { createRoot, rootUnit } from './modules/orgs/service.ts';
import { ensureRuleDefaults } from './modules/rules/service.ts';
import { createFirstAdmin, hasAccounts } from './modules/users/service.ts';

export interface BootstrapResult {
  createdRoot: boolean;
  createdAdmin: boolean;
  /** Set only when the password was generated (to be shown once). */
  generatedPassword?: string;
}

export async function bootstrap(deps: Deps): Promise<BootstrapResult> {
  const envPassword = deps.config.adminPassword;
  if (envPassword !== undefined && envPassword.length < PASSWORD_MIN) {
    throw new Error(`VANPHONG_ADMIN_PASSWORD phải có ít nhất ${PASSWORD_MIN} ký tự.`);
  }
  const ctx = systemCtx('bootstrap');
  return transact(deps, async (tx) => {
    // Two app servers starting together on one database create one root and one admin.
    await advisoryXactLock(tx, ADVISORY_KEYS.bootstrap);
    const result: BootstrapResult = { createdRoot: false, createdAdmin: false };
    let root = await rootUnit(tx, ctx);
    if (!root) {
      root = await createRoot(tx, ctx, deps.config.orgName, deps.config.orgCode);
      result.createdRoot = true;
    }
    // The rules' defaults, on every start: a new rule of the catalogue gets its row (idempotent).
    await ensureRuleDefaults(tx, ctx);
    if (!(await hasAccounts(tx, ctx))) {
      const password = envPassword ?? generatePassword();
      await createFirstAdmin(tx, ctx, root.id, password);
      result.createdAdmin = true;
      if (!envPassword) result.generatedPassword = password;
    }
    return result;
  });
}
