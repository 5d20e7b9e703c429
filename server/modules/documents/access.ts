// Shared checks of the documents area: the actor, the visible document (404 otherwise), the unit in
// scope, the document type.
import { sql } from 'drizzle-orm';
import type { Actor, RequestCtx } from '../../auth/actor.ts';
import { inScope } from '../../auth/queries.ts';
import type { Db } from '../../db/client.ts';
import { one } from '../../db/sql.ts';
import { notFound, RuleError } from '../../http/errors.ts';
import * as q from './queries.ts';

export function actorOf(ctx: RequestCtx): Actor {
  if (!ctx.actor) throw new Error('document changes need an actor');
  return ctx.actor;
}

/**
 * Set by the archives area at start: refuses (RuleError) any change to a declared record, so that
 * the person sees a clear message before the database's own guard (migration 0006) would refuse it.
 */
export type RecordGuard = (db: Db, documentId: number) => Promise<void>;
let recordGuard: RecordGuard | undefined;
export function registerRecordGuard(fn: RecordGuard): void {
  recordGuard = fn;
}
export async function requireNotRecord(db: Db, documentId: number): Promise<void> {
  if (recordGuard) await recordGuard(db, documentId);
}

/** The document locked for change, if the actor may see it; 404 otherwise. */
export async function lockVisible(tx: Db, actor: Actor, id: number): Promise<q.DocRow> {
  const seen = await q.visibleById(tx, actor, id);
  if (!seen) throw notFound('Văn bản');
  await requireNotRecord(tx, id);
  return (await q.lockById(tx, id)) as q.DocRow;
}

export async function orgInScope(tx: Db, actor: Actor, orgId: number) {
  const org = await one<{ id: number; name: string; short_code: string; kind: string; active: boolean }>(
    tx,
    sql`SELECT id, name, short_code, kind, active FROM orgs WHERE id = ${orgId} AND ${inScope(actor, sql`id`)}`,
  );
  if (!org) throw notFound('Đơn vị');
  if (!org.active) throw new RuleError('org_inactive', `Đơn vị «${org.name}» đã ngừng hoạt động.`);
  return org;
}

export async function anyActiveOrg(tx: Db, orgId: number) {
  const org = await one<{ id: number; name: string; short_code: string; kind: string }>(
    tx,
    sql`SELECT id, name, short_code, kind FROM orgs WHERE id = ${orgId} AND active`,
  );
  if (!org) throw notFound('Đơn vị');
  return org;
}

export async function requireType(tx: Db, code: string, issuerKind?: string) {
  const t = await q.typeByCode(tx, code);
  if (!t?.active) throw new RuleError('unknown_type', `Loại văn bản «${code}» không có trong danh mục.`);
  if (t.central_only && issuerKind !== undefined && issuerKind !== 'central') {
    throw new RuleError('type_central_only', `${t.name} (${t.code}) chỉ do Trung ương ban hành.`);
  }
  return t;
}
