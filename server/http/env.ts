import type { Actor } from '../auth/actor.ts';
import type { SessionInfo } from '../auth/sessions.ts';

export interface AuthState {
  actor: Actor;
  via: 'cookie' | 'token';
  session?: SessionInfo;
}

export interface AppEnv {
  Variables: {
    requestId: string;
    auth: AuthState | null;
    ip: string | null;
    /** The WAL position the caller's reads must see (http/read-routing.ts). */
    readAfter: string | undefined;
  };
}
