// SQL of a congress's papers: their versions and the comments on a version.
import { sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { one, rows } from '../../../db/sql.ts';

export interface VersionRow {
  id: number;
  kind: string;
  version: number;
  note: string | null;
  file_name: string | null;
  chars: number;
  comments: number;
  created_by_name: string | null;
  created_at: string | Date;
}

export interface CommentRow {
  id: number;
  author: string;
  body: string;
  created_by_name: string | null;
  created_at: string | Date;
}

export function versions(db: Db, congressId: number) {
  return rows<VersionRow>(
    db,
    sql`SELECT v.id, v.kind, v.version, v.note, v.file_name, length(v.body)::integer AS chars,
               (SELECT count(*)::integer FROM congress_document_comments c WHERE c.version_id = v.id) AS comments,
               u.full_name AS created_by_name, v.created_at
          FROM congress_document_versions v LEFT JOIN users u ON u.id = v.created_by
         WHERE v.congress_id = ${congressId}::integer ORDER BY v.kind, v.version`,
  );
}

export async function insertVersion(
  db: Db,
  v: {
    congressId: number;
    kind: string;
    body: string;
    note: string | null;
    by: number;
    file?: { name: string; sha256: string; size: number };
  },
): Promise<number> {
  const r = await one<{ version: number }>(
    db,
    sql`INSERT INTO congress_document_versions (congress_id, kind, version, body, note, created_by,
          file_name, file_sha256, file_size)
        SELECT ${v.congressId}, ${v.kind}, coalesce(max(version), 0) + 1, ${v.body}, ${v.note}, ${v.by},
          ${v.file?.name ?? null}, ${v.file?.sha256 ?? null}, ${v.file?.size ?? null}
          FROM congress_document_versions WHERE congress_id = ${v.congressId}::integer AND kind = ${v.kind}
        RETURNING version`,
  );
  return Number(r?.version);
}

export function version(db: Db, congressId: number, kind: string, n: number) {
  return one<{
    id: number;
    body: string;
    note: string | null;
    file_name: string | null;
    file_sha256: string | null;
    file_size: number | null;
  }>(
    db,
    sql`SELECT id, body, note, file_name, file_sha256, file_size FROM congress_document_versions
         WHERE congress_id = ${congressId}::integer AND kind = ${kind} AND version = ${n}::integer`,
  );
}

export function comments(db: Db, versionId: number) {
  return rows<CommentRow>(
    db,
    sql`SELECT c.id, c.author, c.body, u.full_name AS created_by_name, c.created_at
          FROM congress_document_comments c LEFT JOIN users u ON u.id = c.created_by
         WHERE c.version_id = ${versionId}::integer ORDER BY c.id`,
  );
}

export async function insertComment(
  db: Db,
  v: { versionId: number; author: string; body: string; by: number },
): Promise<number> {
  const r = await one<{ id: number }>(
    db,
    sql`INSERT INTO congress_document_comments (version_id, author, body, created_by)
        VALUES (${v.versionId}, ${v.author}, ${v.body}, ${v.by}) RETURNING id`,
  );
  return Number(r?.id);
}
