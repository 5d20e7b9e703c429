// Login, logout, password change and the TOTP second factor. The account's own row is read and
// written through the users service; the sessions through server/auth/sessions.ts.
import { TOTP_REQUIRABLE_ROLES } from '../../../domain/roles.ts';
import type { RequestCtx } from '../../auth/actor.ts';
import { signedIn } from '../../auth/authorize.ts';
import { hashPassword, verifyPassword } from '../../auth/passwords.ts';
import { createSession, deleteSession, deleteUserSessions } from '../../auth/sessions.ts';
import { clearFailures, lockedFor, recordFailure, throttleKeys } from '../../auth/throttle.ts';
import { newTotpSecret, totpUri, verifyTotp } from '../../auth/totp.ts';
import { type Deps, transact } from '../../deps.ts';
import { RuleError, TooManyRequestsError, UnauthenticatedError } from '../../http/errors.ts';
import { recordAudit } from '../audit/service.ts';
import { getSettings } from '../settings/service.ts';
import * as users from '../users/service.ts';
import type { LoginJson, MeJson, PasswordChanged, TotpSetupJson } from './presenter.ts';
import * as q from './queries.ts';

const BAD_LOGIN = 'Tên đăng nhập hoặc mật khẩu không đúng.';

export interface LoginResult extends LoginJson {
  cookieValue: string;
  expiresAt: Date;
}

/**
 * @trusted the login itself: no account is signed in yet; it checks the password, the account's
 * state and the second factor, and throttles failures.
 */
export async function login(
  deps: Deps,
  ctx: RequestCtx,
  input: { username: string; password: string; otp?: string | undefined },
  userAgent: string | null,
): Promise<LoginResult> {
  const db = deps.database.db;
  const keys = throttleKeys(input.username, ctx.ip);
  const wait = await lockedFor(db, keys);
  if (wait > 0) {
    throw new TooManyRequestsError(
      `Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau ${Math.ceil(wait / 60)} phút.`,
      wait,
    );
  }
  const account = await users.loginAccount(db, input.username);
  const passwordOk = await verifyPassword(account?.passwordHash ?? null, input.password);

  const fail = async (code: string, message: string, reason: string): Promise<never> => {
    await transact(deps, async (tx) => {
      await recordFailure(tx, keys);
      await recordAudit(tx, ctx, {
        action: 'auth.login_failed',
        entity: 'user',
        entityId: account?.user.id ?? null,
        orgId: account?.user.orgId ?? null,
        after: { username: input.username.slice(0, 64), reason },
      });
    });
    throw new UnauthenticatedError(code, message);
  };

  if (!account || !passwordOk) return fail('invalid_credentials', BAD_LOGIN, 'password');
  if (account.disabled)
    return fail('account_disabled', 'Tài khoản đã bị khóa. Liên hệ quản trị hệ thống.', 'disabled');
  const totpOn = account.totpEnabled && account.totpSecret !== null;
  if (totpOn) {
    if (!input.otp) {
      // Not a failure: the client asks for the code and sends both again.
      throw new UnauthenticatedError(
        'totp_required',
        'Nhập mã xác thực 6 chữ số từ ứng dụng trên điện thoại.',
      );
    }
    if (!verifyTotp(account.totpSecret as string, input.otp))
      return fail('totp_invalid', 'Mã xác thực không đúng.', 'totp');
  }
  const settings = await getSettings(db);
  const mustEnrolTotp =
    !totpOn && settings.requireTotpForPrivileged && TOTP_REQUIRABLE_ROLES.includes(account.actor.role);

  const session = await transact(deps, async (tx) => {
    await clearFailures(tx, input.username);
    const s = await createSession(tx, account.user.id, {
      hours: deps.config.sessionHours,
      ip: ctx.ip,
      userAgent,
      needsTotpEnrolment: mustEnrolTotp,
    });
    await recordAudit(
      tx,
      { ...ctx, actor: account.actor },
      {
        action: 'auth.login',
        entity: 'user',
        entityId: account.user.id,
        orgId: account.user.orgId,
        after: { via: totpOn ? 'password+totp' : 'password' },
      },
    );
    return s;
  });
  return {
    user: account.user,
    csrfToken: session.csrfToken,
    mustEnrolTotp,
    cookieValue: session.cookieValue,
    expiresAt: session.expiresAt,
  };
}

/** Ends the current session (a Bearer token has none: nothing to end). */
export async function logout(deps: Deps, ctx: RequestCtx, sessionId: string | undefined): Promise<void> {
  const actor = signedIn(ctx);
  if (!sessionId) return;
  await transact(deps, async (tx) => {
    await deleteSession(tx, sessionId);
    await recordAudit(tx, ctx, { action: 'auth.logout', entity: 'user', entityId: actor.userId });
  });
}

/** The signed-in account, with the session's CSRF token and whether it must enrol a second factor. */
export async function me(
  deps: Deps,
  ctx: RequestCtx,
  session: { csrfToken: string; needsTotpEnrolment: boolean } | undefined,
): Promise<MeJson> {
  const actor = signedIn(ctx);
  return {
    user: await users.get(deps, ctx, actor.userId),
    csrfToken: session?.csrfToken ?? null,
    mustEnrolTotp: session?.needsTotpEnrolment ?? false,
  };
}

export async function changePassword(
  deps: Deps,
  ctx: RequestCtx,
  sessionId: string | undefined,
  input: { currentPassword: string; newPassword: string },
): Promise<PasswordChanged> {
  const actor = signedIn(ctx);
  const secrets = await users.ownSecrets(deps.database.db, ctx);
  if (!secrets || !(await verifyPassword(secrets.passwordHash, input.currentPassword))) {
    throw new RuleError('wrong_password', 'Mật khẩu hiện tại không đúng.');
  }
  if (input.currentPassword === input.newPassword) {
    throw new RuleError('same_password', 'Mật khẩu mới phải khác mật khẩu hiện tại.');
  }
  const hash = await hashPassword(input.newPassword);
  return transact(deps, async (tx) => {
    await users.setOwnPassword(tx, ctx, hash);
    const ended = await deleteUserSessions(tx, actor.userId, sessionId);
    await recordAudit(tx, ctx, {
      action: 'auth.password_changed',
      entity: 'user',
      entityId: actor.userId,
      after: { otherSessionsEnded: ended },
    });
    return { sessionsEnded: ended };
  });
}

export async function totpSetup(deps: Deps, ctx: RequestCtx): Promise<TotpSetupJson> {
  const actor = signedIn(ctx);
  const current = await users.ownSecrets(deps.database.db, ctx);
  if (current?.totpEnabled) {
    throw new RuleError(
      'totp_already_enabled',
      'Xác thực hai lớp đã được bật. Tắt trước nếu muốn đăng ký lại.',
    );
  }
  const secret = newTotpSecret();
  await transact(deps, async (tx) => {
    await users.setOwnTotp(tx, ctx, { secret, enabled: false });
    await recordAudit(tx, ctx, { action: 'auth.totp_setup', entity: 'user', entityId: actor.userId });
  });
  return { secret, uri: totpUri(secret, actor.username) };
}

export async function totpEnable(
  deps: Deps,
  ctx: RequestCtx,
  sessionId: string | undefined,
  code: string,
): Promise<void> {
  const actor = signedIn(ctx);
  const current = await users.ownSecrets(deps.database.db, ctx);
  if (!current?.totpSecret || current.totpEnabled) {
    throw new RuleError('totp_not_pending', 'Hãy bắt đầu đăng ký xác thực hai lớp trước.');
  }
  const secret = current.totpSecret;
  if (!verifyTotp(secret, code)) throw new RuleError('totp_invalid', 'Mã xác thực không đúng.');
  await transact(deps, async (tx) => {
    await users.setOwnTotp(tx, ctx, { secret, enabled: true });
    if (sessionId) await q.clearTotpEnrolment(tx, sessionId);
    await recordAudit(tx, ctx, { action: 'auth.totp_enabled', entity: 'user', entityId: actor.userId });
  });
}

export async function totpDisable(deps: Deps, ctx: RequestCtx, code: string): Promise<void> {
  const actor = signedIn(ctx);
  const current = await users.ownSecrets(deps.database.db, ctx);
  if (!current?.totpSecret || !current.totpEnabled) {
    throw new RuleError('totp_not_enabled', 'Xác thực hai lớp chưa được bật.');
  }
  const settings = await getSettings(deps.database.db);
  if (settings.requireTotpForPrivileged && TOTP_REQUIRABLE_ROLES.includes(actor.role)) {
    throw new RuleError(
      'totp_required_by_policy',
      'Quy định của đơn vị bắt buộc vai trò của bạn dùng xác thực hai lớp.',
    );
  }
  if (!verifyTotp(current.totpSecret, code)) throw new RuleError('totp_invalid', 'Mã xác thực không đúng.');
  await transact(deps, async (tx) => {
    await users.setOwnTotp(tx, ctx, { secret: null, enabled: false });
    await recordAudit(tx, ctx, { action: 'auth.totp_disabled', entity: 'user', entityId: actor.userId });
  });
}
