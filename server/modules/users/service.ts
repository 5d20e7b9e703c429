// Accounts: created and managed by admins within their scope; a clearance is never granted above
// the admin's own; disabling or resetting an account ends its sessions at once. The login and the
// account's own settings (password, second factor) read and write the account here.
import { PASSWORD_MIN } from '../../../domain/schemas/auth.ts';
import type { createUserBody, updateUserBody } from '../../../domain/schemas/users.ts';
import { sortByName } from '../../../domain/text.ts';
import type { z } from '../../../domain/validation.ts';
import type { Actor, RequestCtx } from '../../auth/actor.ts';
import { authorize, authorizeWho, signedIn } from '../../auth/authorize.ts';
import { generatePassword, hashPassword } from '../../auth/passwords.ts';
import { activeUnitInScope } from '../../auth/scope.ts';
import { deleteUserSessions } from '../../auth/sessions.ts';
import { clearFailures } from '../../auth/throttle.ts';
import type { Db } from '../../db/client.ts';
import { type Deps, transact } from '../../deps.ts';
import { ConflictError, NotFoundError, notFound, RuleError, ValidationError } from '../../http/errors.ts';
import { recordAudit } from '../audit/service.ts';
import { presentUser, type UserJson, type UserList } from './presenter.ts';
import * as q from './queries.ts';

export type { ListFilters } from './queries.ts';

function requireClearanceWithin(actor: Actor, clearance: number): void {
  if (clearance > actor.clearance) {
    throw new RuleError(
      'clearance_above_own',
      'Không thể cấp mức tiếp cận bí mật cao hơn mức của chính bạn.',
    );
  }
}

export async function list(deps: Deps, ctx: RequestCtx, filters: q.ListFilters): Promise<UserList> {
  const actor = authorize(ctx, 'user.read');
  const items = (await q.list(deps.database.db, actor, filters)).map(presentUser);
  return { items: sortByName(items, (u) => u.fullName) };
}

/** One account: one's own, or one in scope for a role that may read accounts. */
export async function get(deps: Deps, ctx: RequestCtx, id: number): Promise<UserJson> {
  const actor = signedIn(ctx);
  if (id !== actor.userId) authorize(ctx, 'user.read');
  const row = await q.byIdInScope(deps.database.db, actor, id);
  if (!row) throw notFound('Tài khoản');
  return presentUser(row);
}

export async function create(
  deps: Deps,
  ctx: RequestCtx,
  input: z.infer<typeof createUserBody>,
): Promise<UserJson> {
  const actor = authorize(ctx, 'user.manage');
  const passwordHash = await hashPassword(input.password);
  return transact(deps, async (tx) => {
    await activeUnitInScope(tx, actor, input.orgId);
    requireClearanceWithin(actor, input.clearance);
    if (await q.usernameTaken(tx, input.username)) {
      throw new ConflictError('username_taken', `Tên đăng nhập «${input.username}» đã được dùng.`);
    }
    const id = await q.insert(tx, { ...input, passwordHash });
    const out = presentUser((await q.byId(tx, id)) as q.UserRow);
    await recordAudit(tx, ctx, {
      action: 'user.create',
      entity: 'user',
      entityId: id,
      orgId: out.orgId,
      after: out,
    });
    return out;
  });
}

/** Whether any account exists (the first start creates `admin` when none does). */
export async function hasAccounts(tx: Db, ctx: RequestCtx): Promise<boolean> {
  authorizeWho(ctx, 'user.read');
  return (await q.count(tx)) > 0;
}

/** Whether this user name is taken (the demo is loaded once). */
export async function usernameExists(tx: Db, ctx: RequestCtx, username: string): Promise<boolean> {
  authorizeWho(ctx, 'user.read');
  return (await q.usernameTaken(tx, username)) !== undefined;
}

/** First start: the admin account at the root, created by the system. */
export async function createFirstAdmin(
  tx: Db,
  ctx: RequestCtx,
  orgId: number,
  password: string,
): Promise<UserJson> {
  authorizeWho(ctx, 'user.manage');
  const id = await q.insert(tx, {
    username: 'admin',
    passwordHash: await hashPassword(password),
    fullName: 'Quản trị hệ thống',
    orgId,
    role: 'admin',
    clearance: 3,
  });
  const out = presentUser((await q.byId(tx, id)) as q.UserRow);
  await recordAudit(tx, ctx, { action: 'user.create', entity: 'user', entityId: id, orgId, after: out });
  return out;
}

export async function update(
  deps: Deps,
  ctx: RequestCtx,
  id: number,
  input: z.infer<typeof updateUserBody>,
): Promise<UserJson> {
  const actor = authorize(ctx, 'user.manage');
  return transact(deps, async (tx) => {
    const current = await q.byIdInScope(tx, actor, id);
    if (!current) throw notFound('Tài khoản');
    const before = presentUser(current);
    const next = {
      fullName: input.fullName ?? current.full_name,
      orgId: input.orgId ?? current.org_id,
      role: input.role ?? current.role,
      clearance: input.clearance ?? current.clearance,
      disabled: input.disabled ?? current.disabled_at !== null,
    };
    if (
      id === actor.userId &&
      (next.disabled || next.role !== current.role || next.clearance < current.clearance)
    ) {
      throw new RuleError(
        'self_lockout',
        'Không thể tự khóa, tự đổi vai trò hoặc tự hạ mức tiếp cận của chính mình.',
      );
    }
    if (next.orgId !== current.org_id) await activeUnitInScope(tx, actor, next.orgId);
    if (next.clearance !== current.clearance) requireClearanceWithin(actor, next.clearance);
    await q.update(tx, id, next);
    if (next.disabled) await deleteUserSessions(tx, id);
    const out = presentUser((await q.byId(tx, id)) as q.UserRow);
    const action =
      next.disabled && !before.disabled
        ? 'user.disable'
        : !next.disabled && before.disabled
          ? 'user.enable'
          : 'user.update';
    await recordAudit(tx, ctx, {
      action,
      entity: 'user',
      entityId: id,
      orgId: out.orgId,
      before,
      after: out,
    });
    return out;
  });
}

export async function resetPassword(
  deps: Deps,
  ctx: RequestCtx,
  id: number,
  newPassword: string,
): Promise<void> {
  const actor = authorize(ctx, 'user.manage');
  const hash = await hashPassword(newPassword);
  await transact(deps, async (tx) => {
    const current = await q.byIdInScope(tx, actor, id);
    if (!current) throw notFound('Tài khoản');
    await q.setPassword(tx, id, hash);
    const ended = await deleteUserSessions(tx, id);
    await recordAudit(tx, ctx, {
      action: 'user.password_reset',
      entity: 'user',
      entityId: id,
      orgId: current.org_id,
      after: { sessionsEnded: ended },
    });
  });
}

/**
 * The console's reset for a locked-out admin: a new password (random when none is given), every
 * session ended, the failed-login counter cleared. Returns the password, to be printed once.
 */
export async function resetPasswordByUsername(
  deps: Deps,
  ctx: RequestCtx,
  input: { username: string; password?: string | undefined },
): Promise<string> {
  authorizeWho(ctx, 'user.manage');
  const next = input.password ?? generatePassword();
  if (next.length < PASSWORD_MIN)
    throw new ValidationError(`Mật khẩu phải có ít nhất ${PASSWORD_MIN} ký tự.`);
  const user = await q.byUsername(deps.database.db, input.username);
  if (!user) throw new NotFoundError('not_found', `Không có tài khoản «${input.username}».`);
  const hash = await hashPassword(next);
  await transact(deps, async (tx) => {
    await q.setPassword(tx, user.id, hash);
    await deleteUserSessions(tx, user.id);
    await clearFailures(tx, user.username);
    await recordAudit(tx, ctx, {
      action: 'user.password_reset',
      entity: 'user',
      entityId: user.id,
      orgId: user.org_id,
      after: { via: 'cli' },
    });
  });
  return next;
}

export async function resetTotp(deps: Deps, ctx: RequestCtx, id: number): Promise<void> {
  const actor = authorize(ctx, 'user.manage');
  await transact(deps, async (tx) => {
    const current = await q.byIdInScope(tx, actor, id);
    if (!current) throw notFound('Tài khoản');
    await q.setTotp(tx, id, null, false);
    await deleteUserSessions(tx, id);
    await recordAudit(tx, ctx, {
      action: 'user.totp_reset',
      entity: 'user',
      entityId: id,
      orgId: current.org_id,
    });
  });
}

/**
 * A reorganisation: the accounts of a retiring unit move to its successor (inside the merge's or the
 * split's transaction). Returns how many moved.
 */
export async function moveAccounts(
  tx: Db,
  ctx: RequestCtx,
  input: { fromOrgId: number; toOrgId: number },
): Promise<number> {
  authorizeWho(ctx, 'org.manage');
  const accounts = await q.usernamesOf(tx, input.fromOrgId);
  if (accounts.length === 0) return 0;
  await q.moveAll(tx, input.fromOrgId, input.toOrgId);
  await recordAudit(tx, ctx, {
    action: 'user.reassign',
    entity: 'org',
    entityId: input.fromOrgId,
    orgId: input.toOrgId,
    after: { fromOrgId: input.fromOrgId, toOrgId: input.toOrgId, usernames: accounts.map((u) => u.username) },
  });
  return accounts.length;
}

/**
 * The account with this user name as the one who acts (the demo is built as its own people), or
 * undefined. The console only: a request acts as its own signed-in account.
 */
export async function actingAs(db: Db, ctx: RequestCtx, username: string): Promise<Actor | undefined> {
  authorizeWho(ctx, 'user.manage');
  return (await loginAccount(db, username))?.actor;
}

// ---- The account's own: the login, the password, the second factor ------------------------------

/** What the login needs of an account: who it is, and its secrets to check. */
export interface LoginAccount {
  user: UserJson;
  actor: Actor;
  passwordHash: string;
  totpSecret: string | null;
  totpEnabled: boolean;
  disabled: boolean;
}

/**
 * @trusted the login itself, before any account is signed in: it checks the password it reads here.
 */
export async function loginAccount(db: Db, username: string): Promise<LoginAccount | undefined> {
  const u = await q.byUsername(db, username);
  if (!u) return undefined;
  return {
    user: presentUser(u),
    actor: {
      userId: u.id,
      username: u.username,
      fullName: u.full_name,
      orgId: u.org_id,
      orgPath: u.org_path,
      role: u.role,
      clearance: u.clearance,
    },
    passwordHash: u.password_hash,
    totpSecret: u.totp_secret,
    totpEnabled: u.totp_enabled_at !== null,
    disabled: u.disabled_at !== null,
  };
}

/** The signed-in account's password hash and second-factor state (to check a code or a password). */
export async function ownSecrets(
  db: Db,
  ctx: RequestCtx,
): Promise<{ passwordHash: string; totpSecret: string | null; totpEnabled: boolean } | undefined> {
  const actor = signedIn(ctx);
  const s = await q.secretsOf(db, actor.userId);
  if (!s) return undefined;
  return {
    passwordHash: s.password_hash,
    totpSecret: s.totp_secret,
    totpEnabled: s.totp_enabled_at !== null,
  };
}

/** A new password for the signed-in account (inside the caller's transaction). */
export async function setOwnPassword(tx: Db, ctx: RequestCtx, hash: string): Promise<void> {
  const actor = signedIn(ctx);
  await q.setPassword(tx, actor.userId, hash);
}

/** The signed-in account's second factor: a pending secret, enabled, or none. */
export async function setOwnTotp(
  tx: Db,
  ctx: RequestCtx,
  input: { secret: string | null; enabled: boolean },
): Promise<void> {
  const actor = signedIn(ctx);
  await q.setTotp(tx, actor.userId, input.secret, input.enabled);
}

// The account's JSON shape, for the answers of other areas that include an account (the login).
export { UserJson } from './presenter.ts';
