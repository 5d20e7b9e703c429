// The first line of every service function: may this role ever do this, and may this account set
// this secrecy. Scope (which records, which units) is the access rule in SQL (queries.ts) and in
// scope.ts; this file answers only the role and the clearance questions, in one place, so that the
// console and the jobs that call a service are held to the same rules as a web request.
import { type Action, roleCan, SECRECY_LABELS } from '../../domain/roles.ts';
import { ForbiddenError, forbidden } from '../http/errors.ts';
import { type Actor, actorOf, type RequestCtx, type Who, whoOf } from './actor.ts';

/** The signed-in account whose role may perform the action; 401 without one, 403 for the role. */
export function authorize(ctx: RequestCtx, action: Action, message?: string): Actor {
  const actor = actorOf(ctx);
  if (!roleCan(actor.role, action)) throw forbidden(message);
  return actor;
}

/**
 * Like authorize(), for services that the console and the jobs also call: the system (null) may do
 * everything a role may, and still obeys every rule of the area.
 */
export function authorizeWho(ctx: RequestCtx, action: Action, message?: string): Who {
  const who = whoOf(ctx);
  if (who && !roleCan(who.role, action)) throw forbidden(message);
  return who;
}

/** Any signed-in account (reading one's own things, lists filtered by the access rule). */
export function signedIn(ctx: RequestCtx): Actor {
  return actorOf(ctx);
}

/** Whether the role may do the action: for the `can` flags that presenters send to the client. */
export function may(who: Who, action: Action): boolean {
  return who === null || roleCan(who.role, action);
}

/**
 * A record may not be created at, or raised to, a secrecy above the account's own clearance: the
 * account could not see what it just wrote. The system has the highest clearance.
 */
export function requireSecrecyWithin(who: Who, level: number): void {
  if (who && level > who.clearance) {
    throw new ForbiddenError(
      'secrecy_above_clearance',
      `Không thể đặt độ mật «${SECRECY_LABELS[level] ?? level}» cao hơn mức bạn được tiếp cận («${SECRECY_LABELS[who.clearance] ?? who.clearance}»).`,
    );
  }
}
