// Login, logout, password change, personal API tokens and the TOTP second factor.
import { sql } from 'drizzle-orm';
import { TOTP_REQUIRABLE_ROLES } from '../../../domain/roles.ts';
import type { Actor, RequestCtx } from '../../auth/actor.ts';
import { hashPassword, verifyPassword } from '../../auth/passwords.ts';
import { createSession, deleteSession, deleteUserSessions, newApiToken } from '../../auth/sessions.ts';
import { clearFailures, lockedFor, recordFailure, throttleKeys } from '../../auth/throttle.ts';
import { newTotpSecret, totpUri, verifyTotp } from '../../auth/totp.ts';
import type { Db } from '../../db/client.ts';
import { one, rows, toIso } from '../../db/sql.ts';
import { type Deps, transact } from '../../deps.ts';
import { notFound, RuleError, TooManyRequestsError, UnauthenticatedError } from '../../http/errors.ts';
import { recordAudit } from '../audit/service.ts';
import { getSettings } from '../settings/service.ts';
import { presentUser, type UserJson } from '../users/presenter.ts';
import * as users from '../users/queries.ts';

const BAD_LOGIN = 'Tên đăng nhập hoặc mật khẩu không đúng.';

export interface LoginResult {
  user: UserJson;
  csrfToken: string;
  mustEnrolTotp: boolean;
  cookieValue: string;
  expiresAt: Date;
}

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
  const user = await users.byUsername(db, input.username);
  const passwordOk = await verifyPassword(user?.password_hash ?? null, input.password);

  const fail = async (code: string, message: string, reason: string): Promise<never> => {
    await transact(deps, async (tx) => {
      await recordFailure(tx, keys);
      await recordAudit(tx, ctx, {
        action: 'auth.login_failed',
        entity: 'user',
        entityId: user?.id ?? null,
        orgId: user?.org_id ?? null,
        after: { username: input.username.slice(0, 64), reason },
      });
    });
    throw new UnauthenticatedError(code, message);
  };

  if (!user || !passwordOk) return fail('invalid_credentials', BAD_LOGIN, 'password');
  if (user.disabled_at)
    return fail('account_disabled', 'Tài khoản đã bị khóa. Liên hệ quản trị hệ thống.', 'disabled');
  const totpOn = user.totp_enabled_at !== null && user.totp_secret !== null;
  if (totpOn) {
    if (!input.otp) {
      // Not a failure: the client asks for the code and sends both again.
      throw new UnauthenticatedError(
        'totp_required',
        'Nhập mã xác thực 6 chữ số từ ứng dụng trên điện thoại.',
      );
    }
    if (!verifyTotp(user.totp_secret as string, input.otp))
      return fail('totp_invalid', 'Mã xác thực không đúng.', 'totp');
  }
  const settings = await getSettings(db);
  const mustEnrolTotp =
    !totpOn && settings.requireTotpForPrivileged && TOTP_REQUIRABLE_ROLES.includes(user.role);

  const session = await transact(deps, async (tx) => {
    await clearFailures(tx, input.username);
    const s = await createSession(tx, user.id, {
      hours: deps.config.sessionHours,
      ip: ctx.ip,
      userAgent,
      needsTotpEnrolment: mustEnrolTotp,
    });
    await recordAudit(
      tx,
      { ...ctx, actor: actorOfRow(user) },
      {
        action: 'auth.login',
        entity: 'user',
        entityId: user.id,
        orgId: user.org_id,
        after: { via: totpOn ? 'password+totp' : 'password' },
      },
    );
    return s;
  });
  return {
    user: presentUser(user),
    csrfToken: session.csrfToken,
    mustEnrolTotp,
    cookieValue: session.cookieValue,
    expiresAt: session.expiresAt,
  };
}

function actorOfRow(u: users.UserRow): Actor {
  return {
    userId: u.id,
    username: u.username,
    fullName: u.full_name,
    orgId: u.org_id,
    orgPath: u.org_path,
    role: u.role,
    clearance: u.clearance,
  };
}

export async function logout(deps: Deps, ctx: RequestCtx, sessionId: string): Promise<void> {
  await transact(deps, async (tx) => {
    await deleteSession(tx, sessionId);
    await recordAudit(tx, ctx, {
      action: 'auth.logout',
      entity: 'user',
      entityId: ctx.actor?.userId ?? null,
    });
  });
}

export async function me(db: Db, actor: Actor): Promise<UserJson> {
  const row = await users.byId(db, actor.userId);
  if (!row) throw notFound('Tài khoản');
  return presentUser(row);
}

export async function changePassword(
  deps: Deps,
  ctx: RequestCtx,
  sessionId: string | undefined,
  input: { currentPassword: string; newPassword: string },
): Promise<{ sessionsEnded: number }> {
  const actor = ctx.actor as Actor;
  const secrets = await users.secretsOf(deps.database.db, actor.userId);
  if (!secrets || !(await verifyPassword(secrets.password_hash, input.currentPassword))) {
    throw new RuleError('wrong_password', 'Mật khẩu hiện tại không đúng.');
  }
  if (input.currentPassword === input.newPassword) {
    throw new RuleError('same_password', 'Mật khẩu mới phải khác mật khẩu hiện tại.');
  }
  const hash = await hashPassword(input.newPassword);
  return transact(deps, async (tx) => {
    await users.setPassword(tx, actor.userId, hash);
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

interface TokenRow {
  id: number;
  name: string;
  prefix: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

function presentToken(t: TokenRow) {
  return {
    id: t.id,
    name: t.name,
    prefix: t.prefix,
    createdAt: toIso(t.created_at),
    lastUsedAt: toIso(t.last_used_at),
    revoked: t.revoked_at !== null,
  };
}

export async function createToken(deps: Deps, ctx: RequestCtx, name: string) {
  const actor = ctx.actor as Actor;
  const t = newApiToken();
  return transact(deps, async (tx) => {
    const row = (await one<TokenRow>(
      tx,
      sql`INSERT INTO api_tokens (user_id, name, token_hash, prefix) VALUES (${actor.userId}, ${name}, ${t.hash}, ${t.prefix})
          RETURNING id, name, prefix, created_at, last_used_at, revoked_at`,
    )) as TokenRow;
    await recordAudit(tx, ctx, {
      action: 'auth.token_created',
      entity: 'api_token',
      entityId: row.id,
      after: presentToken(row),
    });
    // The token is shown once; only its hash is kept.
    return { ...presentToken(row), token: t.token };
  });
}

export async function listTokens(db: Db, actor: Actor) {
  const list = await rows<TokenRow>(
    db,
    sql`SELECT id, name, prefix, created_at, last_used_at, revoked_at FROM api_tokens
         WHERE user_id = ${actor.userId} ORDER BY id DESC`,
  );
  return list.map(presentToken);
}

export async function revokeToken(deps: Deps, ctx: RequestCtx, id: number): Promise<void> {
  const actor = ctx.actor as Actor;
  await transact(deps, async (tx) => {
    const row = await one<TokenRow>(
      tx,
      sql`UPDATE api_tokens SET revoked_at = coalesce(revoked_at, now()) WHERE id = ${id} AND user_id = ${actor.userId}
          RETURNING id, name, prefix, created_at, last_used_at, revoked_at`,
    );
    if (!row) throw notFound('Mã truy cập');
    await recordAudit(tx, ctx, {
      action: 'auth.token_revoked',
      entity: 'api_token',
      entityId: id,
      after: presentToken(row),
    });
  });
}

export async function totpSetup(deps: Deps, ctx: RequestCtx) {
  const actor = ctx.actor as Actor;
  const current = await users.secretsOf(deps.database.db, actor.userId);
  if (current?.totp_enabled_at) {
    throw new RuleError(
      'totp_already_enabled',
      'Xác thực hai lớp đã được bật. Tắt trước nếu muốn đăng ký lại.',
    );
  }
  const secret = newTotpSecret();
  await transact(deps, async (tx) => {
    await users.setTotp(tx, actor.userId, secret, false);
    await recordAudit(tx, ctx, { action: 'auth.totp_setup', entity: 'user', entityId: actor.userId });
  });
  return { secret, uri: totpUri(secret, actor.username) };
}

export async function totpEnable(deps: Deps, ctx: RequestCtx, sessionId: string | undefined, code: string) {
  const actor = ctx.actor as Actor;
  const current = await users.secretsOf(deps.database.db, actor.userId);
  if (!current?.totp_secret || current.totp_enabled_at) {
    throw new RuleError('totp_not_pending', 'Hãy bắt đầu đăng ký xác thực hai lớp trước.');
  }
  if (!verifyTotp(current.totp_secret, code)) throw new RuleError('totp_invalid', 'Mã xác thực không đúng.');
  await transact(deps, async (tx) => {
    await users.setTotp(tx, actor.userId, current.totp_secret, true);
    if (sessionId)
      await tx.execute(sql`UPDATE sessions SET needs_totp_enrolment = false WHERE id = ${sessionId}`);
    await recordAudit(tx, ctx, { action: 'auth.totp_enabled', entity: 'user', entityId: actor.userId });
  });
}

export async function totpDisable(deps: Deps, ctx: RequestCtx, code: string) {
  const actor = ctx.actor as Actor;
  const current = await users.secretsOf(deps.database.db, actor.userId);
  if (!current?.totp_secret || !current.totp_enabled_at) {
    throw new RuleError('totp_not_enabled', 'Xác thực hai lớp chưa được bật.');
  }
  const settings = await getSettings(deps.database.db);
  if (settings.requireTotpForPrivileged && TOTP_REQUIRABLE_ROLES.includes(actor.role)) {
    throw new RuleError(
      'totp_required_by_policy',
      'Quy định của đơn vị bắt buộc vai trò của bạn dùng xác thực hai lớp.',
    );
  }
  if (!verifyTotp(current.totp_secret, code)) throw new RuleError('totp_invalid', 'Mã xác thực không đúng.');
  await transact(deps, async (tx) => {
    await users.setTotp(tx, actor.userId, null, false);
    await recordAudit(tx, ctx, { action: 'auth.totp_disabled', entity: 'user', entityId: actor.userId });
  });
}
