// Writing to the audit log (inside the caller's transaction), reading it within scope, and verifying
// the chain and its anchors.
import type { RequestCtx } from '../../auth/actor.ts';
import { authorize, authorizeWho } from '../../auth/authorize.ts';
import type { Db } from '../../db/client.ts';
import type { Deps } from '../../deps.ts';
import { type Anchor, readAnchors } from './anchors.ts';
import { type ChainRow, chainHash, GENESIS_HASH, jsonSafe, toChainRow } from './chain.ts';
import { type AuditPage, type AuditVerifyReport, presentAuditEntry } from './presenter.ts';
import * as q from './queries.ts';

// The anchors are written by the process after each commit (server/deps.ts) and carried by backups.
export { ANCHOR_FILE, AnchorWriter, readAnchors } from './anchors.ts';
export type { AuditFilters } from './queries.ts';

export interface AuditEntry {
  action: string;
  entity?: string;
  entityId?: string | number | null;
  /** The unit the record belongs to; decides which admins see the row. */
  orgId?: number | null;
  before?: unknown;
  after?: unknown;
}

/**
 * Appends one row to the chain. Call inside the transaction that makes the change.
 * @trusted written by every area inside its own transaction, after that area's own check; the
 * system and a failed login (no account yet) are recorded too.
 */
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

/**
 * Walks the whole chain in id order, on this database handle (a transaction works too); stops at the
 * first broken row. The anchors are read from `dataDir`.
 */
export async function verifyAudit(db: Db, ctx: RequestCtx, dataDir?: string): Promise<AuditVerifyReport> {
  authorizeWho(ctx, 'audit.read');
  let prevHash = GENESIS_HASH;
  let expectedId = 1;
  let count = 0;
  const hashes = new Map<number, string>();
  const anchors: Anchor[] = dataDir ? readAnchors(dataDir) : [];
  const anchorIds = new Set(anchors.map((a) => a.id));
  const fail = (id: number, reason: string): AuditVerifyReport => ({
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

/** The installation's chain and the anchors of its data directory (the API and `vanphong audit verify`). */
export async function verifyInstallation(deps: Deps, ctx: RequestCtx): Promise<AuditVerifyReport> {
  authorizeWho(ctx, 'audit.read');
  return verifyAudit(deps.database.db, ctx, deps.config.dataDir);
}

/** Rows of the units in the admin's scope; rows with no unit only for admins of the root. */
export async function listAudit(deps: Deps, ctx: RequestCtx, f: q.AuditFilters): Promise<AuditPage> {
  const actor = authorize(ctx, 'audit.read');
  const items = await q.list(deps.database.db, actor, f);
  const page = items.slice(0, f.limit);
  return {
    items: page.map(presentAuditEntry),
    nextCursor: items.length > f.limit ? String(page[page.length - 1]?.id) : null,
  };
}
