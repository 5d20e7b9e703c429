// SQL the congress file (hồ sơ đại hội) needs beyond the other parts' queries: every version of the
// papers with its text, in order.
import { sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { one, rows } from '../../../db/sql.ts';

export interface PaperRow {
  id: number;
  kind: string;
  version: number;
  body: string;
  note: string | null;
  file_sha256: string | null;
  created_by_name: string | null;
  created_at: string | Date;
}

export function papers(db: Db, congressId: number) {
  return rows<PaperRow>(
    db,
    sql`SELECT v.id, v.kind, v.version, v.body, v.note, v.file_sha256, u.full_name AS created_by_name, v.created_at
          FROM congress_document_versions v LEFT JOIN users u ON u.id = v.created_by
         WHERE v.congress_id = ${congressId}::integer ORDER BY v.kind, v.version`,
  );
}

export async function archiveFileOf(db: Db, congressId: number): Promise<number | null> {
  const r = await one<{ archive_file_id: number | null }>(
    db,
    sql`SELECT archive_file_id FROM congresses WHERE id = ${congressId}::integer FOR UPDATE`,
  );
  return r?.archive_file_id == null ? null : Number(r.archive_file_id);
}

export async function setArchiveFile(db: Db, congressId: number, archiveFileId: number): Promise<void> {
  await db.execute(
    sql`UPDATE congresses SET archive_file_id = ${archiveFileId}::integer WHERE id = ${congressId}::integer`,
  );
}
