// Who is making the request: the account behind a session cookie or a Bearer token, or the system
// itself (a console command, a background job, the first start).
import type { Role } from '../../domain/roles.ts';
import { UnauthenticatedError } from '../http/errors.ts';

export interface Actor {
  userId: number;
  username: string;
  fullName: string;
  orgId: number;
  orgPath: string;
  role: Role;
  clearance: number;
}

/**
 * What every service call receives besides its input: who, from where, which request. `system` is
 * set only by systemCtx(): the console and the jobs act with the installation's own authority. A
 * request without a signed-in account has `actor: null` and no `system`, and is refused.
 */
export interface RequestCtx {
  actor: Actor | null;
  system?: true;
  ip: string | null;
  requestId: string;
  /** The primary's WAL position after this caller's last write (read replica routing, db/read.ts). */
  readAfter?: string | undefined;
}

/** An account, or null for the system (console commands, jobs), which sees every unit. */
export type Who = Actor | null;

export function systemCtx(requestId = 'system'): RequestCtx {
  return { actor: null, system: true, ip: null, requestId };
}

/** The signed-in account of a request, or 401. The one place that answers "who is this". */
export function actorOf(ctx: RequestCtx): Actor {
  if (!ctx.actor) throw new UnauthenticatedError('unauthenticated', 'Bạn cần đăng nhập.');
  return ctx.actor;
}

/** The account, or null when the system acts; 401 for a request with neither. */
export function whoOf(ctx: RequestCtx): Who {
  if (ctx.actor) return ctx.actor;
  if (ctx.system) return null;
  throw new UnauthenticatedError('unauthenticated', 'Bạn cần đăng nhập.');
}
