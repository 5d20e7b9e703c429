// Who is making the request: the account behind a session cookie or a Bearer token.
import type { Role } from '../../domain/roles.ts';

export interface Actor {
  userId: number;
  username: string;
  fullName: string;
  orgId: number;
  orgPath: string;
  role: Role;
  clearance: number;
}

/** What every service call receives besides its input: who, from where, which request. */
export interface RequestCtx {
  actor: Actor | null;
  ip: string | null;
  requestId: string;
}

export function systemCtx(requestId = 'system'): RequestCtx {
  return { actor: null, ip: null, requestId };
}
