// The SQL of the audit log: the chain's head (one row, locked by every writer), the rows, and the
// admin's list within scope.
import { type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../../auth/actor.ts';
import { inScope } from '../../auth/queries.ts';
import type { Db } from '../../db/client.ts';
import { one, rows } from '../../db/sql.ts';

export interface AuditRow {
  id: number;
  at: string;
  actor_id: number | null;
  actor_name: string | null;
  org_id: number | null;
  action: string;
  entity: string | null;
  entity_id: string | null;
  before: unknown;
  after: unknown;
  ip: string | null;
  request_id: string | null;
  prev_hash: string;
  hash: string;
}

export interface HeadRow {
  last_id: number;
  last_hash: string;
}

export function lockHead(tx: Db) {
  return one<HeadRow>(tx, sql`SELECT last_id, last_hash FROM audit_head WHERE singleton FOR UPDATE`);
}

export async function insertRow(tx: Db, r: AuditRow): Promise<void> {
  await tx.execute(sql`
    INSERT INTO audit_log (id, at, actor_id, actor_name, org_id, action, entity, entity_id, before, after, ip, request_id, prev_hash, hash)
    VALUES (${r.id}, ${r.at}, ${r.actor_id}, ${r.actor_name}, ${r.org_id}, ${r.action}, ${r.entity}, ${r.entity_id},
            ${r.before === null ? null : JSON.stringify(r.before)}::jsonb, ${r.after === null ? null : JSON.stringify(r.after)}::jsonb,
            ${r.ip}, ${r.request_id}, ${r.prev_hash}, ${r.hash})`);
  await tx.execute(sql`UPDATE audit_head SET last_id = ${r.id}, last_hash = ${r.hash} WHERE singleton`);
}

export function batchAfter(db: Db, afterId: number, limit: number) {
  return rows<AuditRow>(db, sql`SELECT * FROM audit_log WHERE id > ${afterId} ORDER BY id LIMIT ${limit}`);
}

export function head(db: Db) {
  return one<HeadRow>(db, sql`SELECT last_id, last_hash FROM audit_head WHERE singleton`);
}

export interface AuditFilters {
  from?: string | undefined;
  to?: string | undefined;
  action?: string | undefined;
  entity?: string | undefined;
  entityId?: string | undefined;
  actorId?: number | undefined;
  cursor?: number | undefined;
  limit: number;
}

/**
 * Rows of the units in the admin's scope, newest first; rows with no unit (the system's own) only for
 * admins of the root. One row more than the page, to know whether there is a next one.
 */
export function list(db: Db, actor: Actor, f: AuditFilters) {
  const atRoot = !actor.orgPath.includes('.');
  const conds: SQL[] = [
    atRoot ? sql`(${inScope(actor, sql`org_id`)} OR org_id IS NULL)` : inScope(actor, sql`org_id`),
  ];
  // Dates are Vietnamese calendar days (UTC+7); the column is UTC.
  if (f.from) conds.push(sql`at >= (${f.from}::date - interval '7 hours')`);
  if (f.to) conds.push(sql`at < (${f.to}::date + 1 - interval '7 hours')`);
  if (f.action) conds.push(sql`action LIKE ${`${f.action.replace(/[%_\\]/g, '\\$&')}%`}`);
  if (f.entity) conds.push(sql`entity = ${f.entity}`);
  if (f.entityId) conds.push(sql`entity_id = ${f.entityId}`);
  if (f.actorId) conds.push(sql`actor_id = ${f.actorId}`);
  if (f.cursor) conds.push(sql`id < ${f.cursor}`);
  return rows<AuditRow>(
    db,
    sql`SELECT * FROM audit_log WHERE ${sql.join(conds, sql` AND `)} ORDER BY id DESC LIMIT ${f.limit + 1}`,
  );
}
