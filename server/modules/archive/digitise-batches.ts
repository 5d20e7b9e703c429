// Reading digitisation batches: the list with each batch's progress, and one batch with its items.
import { sql } from 'drizzle-orm';
import type { RequestCtx } from '../../auth/actor.ts';
import type { Db } from '../../db/client.ts';
import { one, rows } from '../../db/sql.ts';
import type { Deps } from '../../deps.ts';
import { notFound } from '../../http/errors.ts';
import { may, ownedVisible, type Who, whoOf } from './access.ts';
import { type BatchRow, type ItemRow, presentBatch, presentItem } from './digitise-presenter.ts';

const BATCH_SQL = sql`SELECT b.id, b.owner_org_id, o.name AS org_name, b.secrecy, b.name, b.manifest_name, b.manifest_sha256,
    b.source, b.created_at, u.full_name AS created_by_name,
    (SELECT jsonb_object_agg(s.status, s.n) FROM (SELECT status, count(*)::integer AS n FROM archive_batch_items
       WHERE batch_id = b.id GROUP BY status) s) AS counts,
    (SELECT sum(seconds)::real FROM archive_batch_items WHERE batch_id = b.id AND status = 'done') AS ocr_seconds,
    (SELECT sum(pages)::integer FROM archive_batch_items WHERE batch_id = b.id AND status = 'done') AS ocr_pages
  FROM archive_batches b JOIN orgs o ON o.id = b.owner_org_id LEFT JOIN users u ON u.id = b.created_by`;

export async function listBatches(db: Db, who: Who, orgId?: number) {
  may(who, 'archive.read');
  const list = await rows<BatchRow>(
    db,
    sql`${BATCH_SQL} WHERE ${ownedVisible(who, 'archive_batch', 'b')} ${orgId ? sql`AND b.owner_org_id = ${orgId}` : sql``}
         ORDER BY b.id DESC LIMIT 200`,
  );
  return { items: list.map(presentBatch) };
}

export async function batchDetail(db: Db, who: Who, id: number) {
  const b = await one<BatchRow>(
    db,
    sql`${BATCH_SQL} WHERE b.id = ${id} AND ${ownedVisible(who, 'archive_batch', 'b')}`,
  );
  if (!b) throw notFound('Lô số hóa');
  const items = await rows<ItemRow>(
    db,
    sql`SELECT i.*, f.code AS file_code, f.plan_year AS file_year FROM archive_batch_items i
          JOIN archive_files f ON f.id = i.file_id WHERE i.batch_id = ${id} ORDER BY i.row_no`,
  );
  return { ...presentBatch(b), items: items.map(presentItem) };
}

export async function getBatch(deps: Deps, ctx: RequestCtx, id: number) {
  const who = whoOf(ctx);
  may(who, 'archive.read');
  return batchDetail(deps.database.db, who, id);
}
