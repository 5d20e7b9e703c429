import { type SQL, sql } from 'drizzle-orm';
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

export function lockHead(tx: Db) {
  return one<{ last_id: number; last_hash: string }>(
    tx,
    sql`SELECT last_id, last_hash FROM audit_head WHERE singleton FOR UPDATE`,
  );
}

export async function insertRow(tx: Db, r: Omit<AuditRow, never>): Promise<void> {
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
  return one<{ last_id: number; last_hash: string }>(
    db,
    sql`SELECT last_id, last_hash FROM audit_head WHERE singleton`,
  );
}

export function rowById(db: Db, id: number) {
  return one<AuditRow>(db, sql`SELECT * FROM audit_log WHERE id = ${id}`);
}

export function list(db: Db, where: SQL, limit: number) {
  return rows<AuditRow>(db, sql`SELECT * FROM audit_log WHERE ${where} ORDER BY id DESC LIMIT ${limit}`);
}
