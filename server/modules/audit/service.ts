// Writing to the audit log (inside the caller's transaction), reading it within scope, and verifying
// the chain and its anchors.
import { type SQL, sql } from 'drizzle-orm';
import type { Actor, RequestCtx } from '../../auth/actor.ts';
import { inScope } from '../../auth/queries.ts';
import type { Db } from '../../db/client.ts';
import { toIso } from '../../db/sql.ts';
import { type Anchor, readAnchors } from './anchors.ts';
import { type ChainRow, chainHash, GENESIS_HASH, jsonSafe } from './chain.ts';
import * as q from './queries.ts';

export interface AuditEntry {
  action: string;
  entity?: string;
  entityId?: string | number | null;
  /** The unit the record belongs to; decides which admins see the row. */
  orgId?: number | null;
  before?: unknown;
  after?: unknown;
}

/** Appends one row to the chain. Call inside the transaction that makes the change. */
export async function recordAudit(tx: Db, ctx: RequestCtx, e: AuditEntry): Promise<void> {
  const headRow = await q.lockHead(tx);
  if (!headRow) throw new Error('audit_head is missing');
  const row: ChainRow = {
    id: headRow.last_id + 1,
    at: new Date().toISOString(),
    actorId: ctx.actor?.userId ?? null,
    actorName: ctx.actor?.username ?? null,
    orgId: e.orgId ?? ctx.actor?.orgId ?? null,
    action: e.action,
    entity: e.entity ?? null,
    entityId: e.entityId == null ? null : String(e.entityId),
    before: jsonSafe(e.before),
    after: jsonSafe(e.after),
    ip: ctx.ip,
    requestId: ctx.requestId,
  };
  const hash = chainHash(headRow.last_hash, row);
  await q.insertRow(tx, {
    id: row.id,
    at: row.at,
    actor_id: row.actorId,
    actor_name: row.actorName,
    org_id: row.orgId,
    action: row.action,
    entity: row.entity,
    entity_id: row.entityId,
    before: row.before,
    after: row.after,
    ip: row.ip,
    request_id: row.requestId,
    prev_hash: headRow.last_hash,
    hash,
  });
}

export function toChainRow(r: q.AuditRow): ChainRow {
  return {
    id: Number(r.id),
    at: toIso(r.at) ?? '',
    actorId: r.actor_id,
    actorName: r.actor_name,
    orgId: r.org_id,
    action: r.action,
    entity: r.entity,
    entityId: r.entity_id,
    before: r.before ?? null,
    after: r.after ?? null,
    ip: r.ip,
    requestId: r.request_id,
  };
}

export interface VerifyReport {
  ok: boolean;
  rows: number;
  anchors: number;
  /** Rows written after the newest anchor (normal right after a crash; anchored at the next write). */
  unanchored: number;
  broken?: { id: number; reason: string };
}

/** Walks the whole chain in id order; stops at the first broken row. */
export async function verifyAudit(db: Db, dataDir?: string): Promise<VerifyReport> {
  let prevHash = GENESIS_HASH;
  let expectedId = 1;
  let count = 0;
  const hashes = new Map<number, string>();
  const anchors: Anchor[] = dataDir ? readAnchors(dataDir) : [];
  const anchorIds = new Set(anchors.map((a) => a.id));
  const fail = (id: number, reason: string): VerifyReport => ({
    ok: false,
    rows: count,
    anchors: anchors.length,
    unanchored: 0,
    broken: { id, reason },
  });
  for (;;) {
    const batch = await q.batchAfter(db, expectedId - 1, 2000);
    if (batch.length === 0) break;
    for (const r of batch) {
      const id = Number(r.id);
      if (id !== expectedId)
        return fail(expectedId, `thiếu dòng ${expectedId} (dòng kế tiếp là ${id}): có dòng bị xóa`);
      if (r.prev_hash !== prevHash)
        return fail(id, 'prev_hash không khớp với hash của dòng trước: chuỗi bị cắt hoặc chèn');
      if (chainHash(prevHash, toChainRow(r)) !== r.hash)
        return fail(id, 'nội dung dòng không khớp hash: dòng bị sửa');
      if (anchorIds.has(id)) hashes.set(id, r.hash);
      prevHash = r.hash;
      expectedId++;
      count++;
    }
  }
  const head = await q.head(db);
  if (head && (Number(head.last_id) !== count || (count > 0 && head.last_hash !== prevHash))) {
    return fail(
      count + 1,
      `đầu chuỗi ghi nhận dòng ${head.last_id} nhưng bảng chỉ có ${count} dòng liền mạch`,
    );
  }
  for (const a of anchors) {
    if (a.id > count)
      return fail(
        a.id,
        `mốc neo ghi nhận dòng ${a.id} nhưng bảng chỉ còn ${count} dòng: đuôi nhật ký bị cắt`,
      );
    if (hashes.get(a.id) !== a.hash)
      return fail(a.id, 'hash của dòng khác với mốc neo đã ghi: lịch sử bị viết lại');
  }
  const newestAnchor = anchors.reduce((m, a) => Math.max(m, a.id), 0);
  return { ok: true, rows: count, anchors: anchors.length, unanchored: Math.max(0, count - newestAnchor) };
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

/** Rows of the units in the admin's scope; rows with no unit only for admins of the root. */
export async function listAudit(db: Db, actor: Actor, f: AuditFilters) {
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
  const items = await q.list(db, sql.join(conds, sql` AND `), f.limit + 1);
  const page = items.slice(0, f.limit);
  return {
    items: page.map((r) => ({
      id: Number(r.id),
      at: toIso(r.at),
      actorId: r.actor_id,
      actorName: r.actor_name,
      orgId: r.org_id,
      action: r.action,
      entity: r.entity,
      entityId: r.entity_id,
      before: r.before ?? null,
      after: r.after ?? null,
      ip: r.ip,
      requestId: r.request_id,
      hash: r.hash,
    })),
    nextCursor: items.length > f.limit ? String(page[page.length - 1]?.id) : null,
  };
}
