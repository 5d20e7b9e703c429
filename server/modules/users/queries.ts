// The SQL of the accounts (users): every area may read this table for names and units; only this
// area writes it.
import { type SQL, sql } from 'drizzle-orm';
import type { Role } from '../../../domain/roles.ts';
import type { Actor } from '../../auth/actor.ts';
import { inScope } from '../../auth/queries.ts';
import type { Db } from '../../db/client.ts';
import { one, rows } from '../../db/sql.ts';

export interface UserRow {
  id: number;
  username: string;
  full_name: string;
  org_id: number;
  org_name: string;
  org_path: string;
  role: Role;
  clearance: number;
  disabled_at: string | null;
  totp_enabled_at: string | null;
  created_at: string;
}

const COLS = sql`u.id, u.username, u.full_name, u.org_id, o.name AS org_name, o.path::text AS org_path, u.role,
  u.clearance, u.disabled_at, u.totp_enabled_at, u.created_at`;

export function byId(db: Db, id: number) {
  return one<UserRow>(db, sql`SELECT ${COLS} FROM users u JOIN orgs o ON o.id = u.org_id WHERE u.id = ${id}`);
}

export function byIdInScope(db: Db, actor: Actor, id: number) {
  return one<UserRow>(
    db,
    sql`SELECT ${COLS} FROM users u JOIN orgs o ON o.id = u.org_id
         WHERE u.id = ${id} AND (${inScope(actor, sql`u.org_id`)} OR u.id = ${actor.userId})`,
  );
}

export function byUsername(db: Db, username: string) {
  return one<UserRow & { password_hash: string; totp_secret: string | null }>(
    db,
    sql`SELECT ${COLS}, u.password_hash, u.totp_secret FROM users u JOIN orgs o ON o.id = u.org_id
         WHERE lower(u.username) = lower(${username})`,
  );
}

export function secretsOf(db: Db, id: number) {
  return one<{ password_hash: string; totp_secret: string | null; totp_enabled_at: string | null }>(
    db,
    sql`SELECT password_hash, totp_secret, totp_enabled_at FROM users WHERE id = ${id}`,
  );
}

export interface ListFilters {
  orgId?: number | undefined;
  role?: Role | undefined;
  q?: string | undefined;
  includeDisabled?: boolean;
}

export function list(db: Db, actor: Actor, f: ListFilters) {
  const conds: SQL[] = [inScope(actor, sql`u.org_id`)];
  if (f.orgId) conds.push(sql`o.path <@ (SELECT path FROM orgs WHERE id = ${f.orgId})`);
  if (f.role) conds.push(sql`u.role = ${f.role}`);
  if (f.q) {
    conds.push(
      sql`(vn_fold(u.full_name) LIKE '%' || vn_fold(${f.q}) || '%' OR lower(u.username) LIKE '%' || lower(${f.q}) || '%')`,
    );
  }
  if (!f.includeDisabled) conds.push(sql`u.disabled_at IS NULL`);
  return rows<UserRow>(
    db,
    sql`SELECT ${COLS} FROM users u JOIN orgs o ON o.id = u.org_id WHERE ${sql.join(conds, sql` AND `)} LIMIT 5000`,
  );
}

export function usernameTaken(db: Db, username: string) {
  return one<{ id: number }>(db, sql`SELECT id FROM users WHERE lower(username) = lower(${username})`);
}

export async function insert(
  db: Db,
  u: {
    username: string;
    passwordHash: string;
    fullName: string;
    orgId: number;
    role: Role;
    clearance: number;
  },
): Promise<number> {
  const row = await one<{ id: number }>(
    db,
    sql`INSERT INTO users (username, password_hash, full_name, org_id, role, clearance)
        VALUES (${u.username}, ${u.passwordHash}, ${u.fullName}, ${u.orgId}, ${u.role}, ${u.clearance}) RETURNING id`,
  );
  return (row as { id: number }).id;
}

export async function update(
  db: Db,
  id: number,
  u: { fullName: string; orgId: number; role: Role; clearance: number; disabled: boolean },
): Promise<void> {
  await db.execute(sql`
    UPDATE users SET full_name = ${u.fullName}, org_id = ${u.orgId}, role = ${u.role}, clearance = ${u.clearance},
           disabled_at = CASE WHEN ${u.disabled} THEN coalesce(disabled_at, now()) ELSE NULL END, updated_at = now()
     WHERE id = ${id}`);
}

export async function setPassword(db: Db, id: number, hash: string): Promise<void> {
  await db.execute(
    sql`UPDATE users SET password_hash = ${hash}, password_changed_at = now(), updated_at = now() WHERE id = ${id}`,
  );
}

export async function setTotp(db: Db, id: number, secret: string | null, enabled: boolean): Promise<void> {
  await db.execute(sql`
    UPDATE users SET totp_secret = ${secret}, totp_enabled_at = CASE WHEN ${enabled} THEN now() ELSE NULL END,
           updated_at = now() WHERE id = ${id}`);
}

export async function count(db: Db): Promise<number> {
  return (await one<{ n: number }>(db, sql`SELECT count(*)::integer AS n FROM users`))?.n ?? 0;
}

/** The accounts of a unit (a retiring unit hands them to its successor). */
export function usernamesOf(db: Db, orgId: number) {
  return rows<{ id: number; username: string }>(
    db,
    sql`SELECT id, username FROM users WHERE org_id = ${orgId} ORDER BY id`,
  );
}

export async function moveAll(db: Db, fromOrg: number, toOrg: number): Promise<void> {
  await db.execute(sql`UPDATE users SET org_id = ${toOrg}, updated_at = now() WHERE org_id = ${fromOrg}`);
}
