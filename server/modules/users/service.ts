// Accounts: created and managed by admins within their scope; a clearance is never granted above
// the admin's own; disabling or resetting an account ends its sessions at once.
import type { createUserBody, updateUserBody } from '../../../domain/schemas/users.ts';
import { sortByName } from '../../../domain/text.ts';
import type { z } from '../../../domain/validation.ts';
import type { Actor, RequestCtx } from '../../auth/actor.ts';
import { hashPassword } from '../../auth/passwords.ts';
import { deleteUserSessions } from '../../auth/sessions.ts';
import type { Db } from '../../db/client.ts';
import { type Deps, transact } from '../../deps.ts';
import { ConflictError, notFound, RuleError } from '../../http/errors.ts';
import { recordAudit } from '../audit/service.ts';
import * as orgQueries from '../orgs/queries.ts';
import { presentUser, type UserJson } from './presenter.ts';
import * as q from './queries.ts';

function actorOf(ctx: RequestCtx): Actor {
  if (!ctx.actor) throw new Error('account changes need an actor');
  return ctx.actor;
}

async function activeOrgInScope(tx: Db, actor: Actor, orgId: number) {
  const org = await orgQueries.byIdInScope(tx, actor, orgId);
  if (!org) throw notFound('Đơn vị');
  if (!org.active) throw new RuleError('org_inactive', `Đơn vị «${org.name}» đã ngừng hoạt động.`);
  return org;
}

function requireClearanceWithin(actor: Actor, clearance: number): void {
  if (clearance > actor.clearance) {
    throw new RuleError(
      'clearance_above_own',
      'Không thể cấp mức tiếp cận bí mật cao hơn mức của chính bạn.',
    );
  }
}

export async function list(db: Db, actor: Actor, filters: q.ListFilters): Promise<UserJson[]> {
  return sortByName((await q.list(db, actor, filters)).map(presentUser), (u) => u.fullName);
}

export async function get(db: Db, actor: Actor, id: number): Promise<UserJson> {
  const row = await q.byIdInScope(db, actor, id);
  if (!row) throw notFound('Tài khoản');
  return presentUser(row);
}

export async function create(
  deps: Deps,
  ctx: RequestCtx,
  input: z.infer<typeof createUserBody>,
): Promise<UserJson> {
  const actor = actorOf(ctx);
  const passwordHash = await hashPassword(input.password);
  return transact(deps, async (tx) => {
    await activeOrgInScope(tx, actor, input.orgId);
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

/** First start: the admin account at the root (no actor yet). */
export async function createFirstAdmin(
  tx: Db,
  ctx: RequestCtx,
  orgId: number,
  password: string,
): Promise<UserJson> {
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
  const actor = actorOf(ctx);
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
    if (next.orgId !== current.org_id) await activeOrgInScope(tx, actor, next.orgId);
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
  const actor = actorOf(ctx);
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

export async function resetTotp(deps: Deps, ctx: RequestCtx, id: number): Promise<void> {
  const actor = actorOf(ctx);
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
