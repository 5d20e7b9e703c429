// SQL of legal holds (tạm giữ). A hold is visible with the file it protects (a record's hold, with
// the record's file).
import { sql } from 'drizzle-orm';
import type { Who } from '../../../auth/actor.ts';
import type { Db } from '../../../db/client.ts';
import { one, rows } from '../../../db/sql.ts';
import { fileVisible } from '../queries.ts';

export interface HoldRow {
  id: number;
  owner_org_id: number;
  file_id: number | null;
  document_id: number | null;
  target_file_id: number | null;
  file_code: string | null;
  file_title: string | null;
  reason: string;
  placed_at: string;
  placed_by_name: string | null;
  lifted_at: string | null;
  lift_reason: string | null;
  lifted_by_name: string | null;
}

const HOLD_SQL = sql`SELECT h.id, h.owner_org_id, h.file_id, h.document_id, f.id AS target_file_id, f.code AS file_code,
    f.title AS file_title, h.reason, h.placed_at, pu.full_name AS placed_by_name, h.lifted_at,
    h.lift_reason, lu.full_name AS lifted_by_name
  FROM archive_holds h
  JOIN archive_files f ON f.id = coalesce(h.file_id, (SELECT fd.file_id FROM archive_file_documents fd WHERE fd.document_id = h.document_id))
  LEFT JOIN users pu ON pu.id = h.placed_by LEFT JOIN users lu ON lu.id = h.lifted_by`;

export function listHolds(db: Db, who: Who, activeOnly: boolean) {
  return rows<HoldRow>(
    db,
    sql`${HOLD_SQL} WHERE ${fileVisible(who)} ${activeOnly ? sql`AND h.lifted_at IS NULL` : sql``}
         ORDER BY h.lifted_at IS NULL DESC, h.id DESC LIMIT 500`,
  );
}

export function holdById(db: Db, who: Who, id: number) {
  return one<HoldRow>(db, sql`${HOLD_SQL} WHERE h.id = ${id} AND ${fileVisible(who)}`);
}

export async function lockHold(tx: Db, id: number): Promise<void> {
  await tx.execute(sql`SELECT id FROM archive_holds WHERE id = ${id} FOR UPDATE`);
}

export async function insertHold(
  tx: Db,
  h: { orgId: number; fileId: number | null; documentId: number | null; reason: string; by: number | null },
): Promise<number> {
  const row = (await one<{ id: number }>(
    tx,
    sql`INSERT INTO archive_holds (owner_org_id, file_id, document_id, reason, placed_by)
        VALUES (${h.orgId}, ${h.fileId}, ${h.documentId}, ${h.reason}, ${h.by})
        RETURNING id`,
  )) as { id: number };
  return Number(row.id);
}

export async function markLifted(tx: Db, id: number, by: number | null, reason: string): Promise<void> {
  await tx.execute(
    sql`UPDATE archive_holds SET lifted_at = now(), lifted_by = ${by}, lift_reason = ${reason} WHERE id = ${id}`,
  );
}
