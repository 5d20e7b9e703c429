// Server-side sessions and API tokens. The cookie and the token are random; only their SHA-256 is
// stored. Every lookup re-reads the account, so a disabled account or a revoked token is refused on
// the very next request.
import { sql } from 'drizzle-orm';
import type { Role } from '../../domain/roles.ts';
import type { Db } from '../db/client.ts';
import { one, run } from '../db/sql.ts';
import type { Actor } from './actor.ts';
import { randomToken, sha256Hex } from './crypto.ts';

export const SESSION_COOKIE = 'vp_session';
export const TOKEN_PREFIX = 'vp_';

interface ActorRow {
  user_id: number;
  username: string;
  full_name: string;
  org_id: number;
  org_path: string;
  role: Role;
  clearance: number;
}

export function actorFromRow(r: ActorRow): Actor {
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

const ACTOR_COLUMNS = sql`u.id AS user_id, u.username, u.full_name, u.org_id, o.path::text AS org_path, u.role, u.clearance`;

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
  await tx.execute(sql`
    INSERT INTO sessions (id, user_id, csrf_token, expires_at, ip, user_agent, needs_totp_enrolment)
    VALUES (${sha256Hex(cookieValue)}, ${userId}, ${csrfToken}, ${expiresAt.toISOString()}, ${opts.ip},
            ${opts.userAgent?.slice(0, 300) ?? null}, ${opts.needsTotpEnrolment})`);
  return { cookieValue, csrfToken, expiresAt };
}

/** The live session behind a cookie, or undefined when unknown, expired, idle too long or disabled. */
export async function sessionActor(
  db: Db,
  cookieValue: string,
  idleMinutes: number,
): Promise<{ actor: Actor; session: SessionInfo } | undefined> {
  const id = sha256Hex(cookieValue);
  const row = await one<ActorRow & { csrf_token: string; needs_totp_enrolment: boolean; stale: boolean }>(
    db,
    sql`SELECT ${ACTOR_COLUMNS}, s.csrf_token, s.needs_totp_enrolment,
               s.last_seen_at < now() - interval '1 minute' AS stale
          FROM sessions s JOIN users u ON u.id = s.user_id JOIN orgs o ON o.id = u.org_id
         WHERE s.id = ${id} AND s.expires_at > now() AND u.disabled_at IS NULL
           AND s.last_seen_at > now() - make_interval(mins => ${idleMinutes}::integer)`,
  );
  if (!row) return undefined;
  // Sliding idle timeout, written at most once a minute so reads stay reads.
  if (row.stale) await db.execute(sql`UPDATE sessions SET last_seen_at = now() WHERE id = ${id}`);
  return {
    actor: actorFromRow(row),
    session: { id, csrfToken: row.csrf_token, needsTotpEnrolment: row.needs_totp_enrolment },
  };
}

export async function deleteSession(db: Db, sessionId: string): Promise<void> {
  await db.execute(sql`DELETE FROM sessions WHERE id = ${sessionId}`);
}

/** Ends every session of a user except, optionally, the current one. */
export function deleteUserSessions(db: Db, userId: number, exceptSessionId?: string): Promise<number> {
  return run(
    db,
    exceptSessionId
      ? sql`DELETE FROM sessions WHERE user_id = ${userId} AND id <> ${exceptSessionId}`
      : sql`DELETE FROM sessions WHERE user_id = ${userId}`,
  );
}

export async function purgeExpiredSessions(db: Db): Promise<number> {
  return run(db, sql`DELETE FROM sessions WHERE expires_at < now() - interval '1 day'`);
}

export function newApiToken(): { token: string; hash: string; prefix: string } {
  const token = `${TOKEN_PREFIX}${randomToken()}`;
  return { token, hash: sha256Hex(token), prefix: token.slice(0, 10) };
}

export async function tokenActor(db: Db, token: string): Promise<Actor | undefined> {
  const hash = sha256Hex(token);
  const row = await one<ActorRow & { token_id: number; stale: boolean }>(
    db,
    sql`SELECT ${ACTOR_COLUMNS}, t.id AS token_id,
               (t.last_used_at IS NULL OR t.last_used_at < now() - interval '1 minute') AS stale
          FROM api_tokens t JOIN users u ON u.id = t.user_id JOIN orgs o ON o.id = u.org_id
         WHERE t.token_hash = ${hash} AND t.revoked_at IS NULL AND u.disabled_at IS NULL`,
  );
  if (!row) return undefined;
  if (row.stale) await db.execute(sql`UPDATE api_tokens SET last_used_at = now() WHERE id = ${row.token_id}`);
  return actorFromRow(row);
}
