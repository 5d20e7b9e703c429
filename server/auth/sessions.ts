// Server-side sessions and API tokens. The cookie and the token are random; only their SHA-256 is
// stored. Every lookup re-reads the account, so a disabled account or a revoked token is refused on
// the very next request.
import type { Db } from '../db/client.ts';
import type { Actor } from './actor.ts';
import { randomToken, sha256Hex } from './crypto.ts';
import * as q from './queries.ts';

export const SESSION_COOKIE = 'vp_session';
export const TOKEN_PREFIX = 'vp_';

export function actorFromRow(r: q.ActorRow): Actor {
  return {
    userId: r.user_id,
    username: r.username,
    fullName: r.full_name,
    orgId: r.org_id,
    orgPath: r.org_path,
    role: r.role,
    clearance: r.clearance,
  };
}

export interface SessionInfo {
  id: string;
  csrfToken: string;
  needsTotpEnrolment: boolean;
}

export async function createSession(
  tx: Db,
  userId: number,
  opts: { hours: number; ip: string | null; userAgent: string | null; needsTotpEnrolment: boolean },
): Promise<{ cookieValue: string; csrfToken: string; expiresAt: Date }> {
  const cookieValue = randomToken();
  const csrfToken = randomToken();
  const expiresAt = new Date(Date.now() + opts.hours * 3600_000);
  await q.insertSession(tx, {
    id: sha256Hex(cookieValue),
    userId,
    csrfToken,
    expiresAt: expiresAt.toISOString(),
    ip: opts.ip,
    userAgent: opts.userAgent?.slice(0, 300) ?? null,
    needsTotpEnrolment: opts.needsTotpEnrolment,
  });
  return { cookieValue, csrfToken, expiresAt };
}

export interface LiveSession {
  actor: Actor;
  session: SessionInfo;
}

/**
 * Live sessions remembered by one server for a short time, so that a page's many requests do not
 * each read the session and the account. Bounds: an entry lives `ttlMs` (never past the session's
 * expiry, nor half the idle timeout); any write request on this server empties the cache when it
 * ends (a logout, a disabled account, a changed role or password is seen by the very next request);
 * a session ended by another process (another app server, a CLI command) is still accepted here for
 * at most `ttlMs`. A lookup that started before an emptying is not stored.
 */
export class SessionCache {
  private readonly entries = new Map<string, { live: LiveSession; until: number }>();
  private generation = 0;

  constructor(
    readonly ttlMs: number,
    private readonly max = 20_000,
  ) {}

  get(id: string): LiveSession | undefined {
    const e = this.entries.get(id);
    if (!e) return undefined;
    if (Date.now() < e.until) return e.live;
    this.entries.delete(id);
    return undefined;
  }

  /** The generation to hand back to set(): a lookup that straddles clear() is dropped. */
  begin(): number {
    return this.generation;
  }

  set(id: string, live: LiveSession, expiresMs: number, generation: number): void {
    if (this.ttlMs <= 0 || generation !== this.generation) return;
    if (this.entries.size >= this.max) this.entries.clear();
    this.entries.set(id, { live, until: Math.min(Date.now() + this.ttlMs, expiresMs) });
  }

  clear(): void {
    this.generation++;
    this.entries.clear();
  }
}

/** The live session behind a cookie, or undefined when unknown, expired, idle too long or disabled. */
export async function sessionActor(
  db: Db,
  cookieValue: string,
  idleMinutes: number,
  cache?: SessionCache,
): Promise<LiveSession | undefined> {
  const id = sha256Hex(cookieValue);
  const cached = cache?.get(id);
  if (cached) return cached;
  const generation = cache?.begin() ?? 0;
  const row = await q.liveSession(db, id, idleMinutes);
  if (!row) return undefined;
  // Sliding idle timeout, written at most once a minute so reads stay reads.
  if (row.stale) await q.touchSession(db, id);
  const live = {
    actor: actorFromRow(row),
    session: { id, csrfToken: row.csrf_token, needsTotpEnrolment: row.needs_totp_enrolment },
  };
  cache?.set(id, live, Number(row.expires_ms), generation);
  return live;
}

export async function deleteSession(db: Db, sessionId: string): Promise<void> {
  await q.deleteSessionById(db, sessionId);
}

/** Ends every session of a user except, optionally, the current one. */
export function deleteUserSessions(db: Db, userId: number, exceptSessionId?: string): Promise<number> {
  return q.deleteSessionsOfUser(db, userId, exceptSessionId);
}

export function purgeExpiredSessions(db: Db): Promise<number> {
  return q.deleteExpiredSessions(db);
}

export function newApiToken(): { token: string; hash: string; prefix: string } {
  const token = `${TOKEN_PREFIX}${randomToken()}`;
  return { token, hash: sha256Hex(token), prefix: token.slice(0, 10) };
}

export async function tokenActor(db: Db, token: string): Promise<Actor | undefined> {
  const row = await q.liveToken(db, sha256Hex(token));
  if (!row) return undefined;
  if (row.stale) await q.touchToken(db, row.token_id);
  return actorFromRow(row);
}
